/**
 * Random events that can happen in any era. They are not historical, so they
 * carry no citation; scenarios add their own historical cards.
 */
import type { CardTexts, EventCard } from '../model';

/** Cards every scenario may draw. */
export const COMMON_CARDS: readonly EventCard[] = [
  {
    id: 'commodity-slump',
    title: 'Commodity prices slump',
    text: 'Oil and metal prices fall; exporters’ budgets tighten.',
    citation: 'arguments/tukumov-beyond-commodities',
    effects: [{ kind: 'indicator', state: 'all', indicator: 'prosperity', delta: -4 }],
  },
  {
    id: 'commodity-boom',
    title: 'Commodity prices boom',
    text: 'Oil, gas and metal prices climb; export revenues swell for a while.',
    citation: 'arguments/tukumov-beyond-commodities',
    effects: [{ kind: 'indicator', state: 'random', indicator: 'prosperity', delta: 5 }],
  },
  {
    id: 'partner-earthquake',
    title: 'An earthquake warning in Japan',
    text: 'A strong earthquake, or the warning of one, keeps Japan’s leaders at home.',
    citation: 'events/japan-earthquake-alert-2024',
    effects: [{ kind: 'attention', partner: 'japan', delta: -12 }],
  },
  {
    id: 'new-administration-washington',
    title: 'A new administration in Washington',
    text: 'A change of president reorders what the USA wants from Central Asia.',
    citation: 'events/trump-return-2025',
    effects: [
      { kind: 'attention', partner: 'usa', delta: -10 },
      { kind: 'capacity', partner: 'usa', issue: 'critical-minerals', delta: 0.1 },
    ],
  },
  {
    id: 'water-dispute',
    title: 'A dry summer strains shared rivers',
    text: 'Upstream and downstream states argue over water releases.',
    effects: [
      { kind: 'cohesion', delta: -5 },
      { kind: 'indicator', state: 'random', indicator: 'security', delta: -3 },
    ],
  },
  {
    id: 'border-incident',
    title: 'A border incident',
    text: 'A clash on an undemarcated border tests regional trust.',
    effects: [
      { kind: 'cohesion', delta: -6 },
      { kind: 'indicator', state: 'random', indicator: 'security', delta: -4 },
    ],
  },
  {
    id: 'remittance-drop',
    title: 'Remittances fall',
    text: 'A downturn in the main labour market cuts migrants’ earnings sent home.',
    effects: [
      { kind: 'indicator', state: 'KGZ', indicator: 'prosperity', delta: -4 },
      { kind: 'indicator', state: 'TJK', indicator: 'prosperity', delta: -4 },
    ],
  },
  {
    id: 'good-harvest',
    title: 'A good harvest',
    text: 'Favourable weather lifts farm output across the region.',
    effects: [{ kind: 'indicator', state: 'all', indicator: 'prosperity', delta: 2 }],
  },
  {
    id: 'regional-summit-goodwill',
    title: 'Leaders meet among themselves',
    text: 'A consultative meeting of the five leaders clears old disputes.',
    effects: [{ kind: 'cohesion', delta: 5 }],
  },
  {
    id: 'great-power-tension',
    title: 'Great-power tension rises',
    text: 'Rival powers watch the region’s choices more closely.',
    effects: [
      { kind: 'suspicion', state: 'all', partner: 'russia', delta: 5 },
      { kind: 'suspicion', state: 'all', partner: 'china', delta: 3 },
      { kind: 'suspicion', state: 'all', partner: 'usa', delta: 3 },
    ],
  },
  {
    id: 'sea-routes-disrupted',
    title: 'Sea lanes grow harder to use',
    text: 'Shipping through Middle Eastern waters and the Suez Canal is disrupted; cargo between East Asia and Europe turns to the land routes through Central Asia.',
    citation: 'routes/suez-middle-east-maritime-routes',
    effects: [{ kind: 'indicator', state: 'all', indicator: 'connectivity', delta: 3 }],
  },
  {
    id: 'border-crossings-closed',
    title: 'Border crossings close',
    text: 'A neighbour shuts its crossings for weeks over a dispute; trucks queue and transit stalls.',
    effects: [{ kind: 'indicator', state: 'random', indicator: 'connectivity', delta: -4 }],
  },
  {
    id: 'university-exchange',
    title: 'A university exchange programme opens',
    text: 'Scholarships bring students abroad and back.',
    effects: [{ kind: 'indicator', state: 'random', indicator: 'humanCapital', delta: 3 }],
  },
];

/** The common cards in Russian: the project's translation of each card's title and text. */
export const COMMON_CARDS_RU: Readonly<Record<string, CardTexts>> = {
  'sea-routes-disrupted': {
    title: 'Морскими путями всё труднее пользоваться',
    text: 'Судоходство через ближневосточные воды и Суэцкий канал нарушено; грузы между Восточной Азией и Европой уходят на сухопутные маршруты через Центральную Азию.',
  },
  'border-crossings-closed': {
    title: 'Пункты пропуска на границе закрыты',
    text: 'Из-за спора сосед на несколько недель закрывает свои пункты пропуска; грузовики стоят в очередях, транзит замирает.',
  },
  'commodity-slump': {
    title: 'Цены на сырьё падают',
    text: 'Нефть и металлы дешевеют; бюджеты стран-экспортёров сжимаются.',
  },
  'commodity-boom': {
    title: 'Сырьевой бум',
    text: 'Нефть, газ и металлы дорожают; экспортные доходы на время растут.',
  },
  'partner-earthquake': {
    title: 'Предупреждение о землетрясении в Японии',
    text: 'Сильное землетрясение или предупреждение о нём удерживает руководителей Японии дома.',
  },
  'new-administration-washington': {
    title: 'Новая администрация в Вашингтоне',
    text: 'Смена президента меняет то, чего США хотят от Центральной Азии.',
  },
  'water-dispute': {
    title: 'Засушливое лето обостряет спор о реках',
    text: 'Государства верховья и низовья спорят о попусках воды.',
  },
  'border-incident': {
    title: 'Пограничный инцидент',
    text: 'Столкновение на неделимитированном участке границы испытывает доверие в регионе.',
  },
  'remittance-drop': {
    title: 'Денежные переводы сокращаются',
    text: 'Спад на главном рынке труда урезает заработки, которые мигранты отправляют домой.',
  },
  'good-harvest': {
    title: 'Хороший урожай',
    text: 'Благоприятная погода поднимает сельскохозяйственное производство по всему региону.',
  },
  'regional-summit-goodwill': {
    title: 'Лидеры встречаются без партнёров',
    text: 'Консультативная встреча пяти лидеров снимает старые споры.',
  },
  'great-power-tension': {
    title: 'Напряжённость между великими державами растёт',
    text: 'Соперничающие державы пристальнее следят за выбором региона.',
  },
  'university-exchange': {
    title: 'Открывается программа университетских обменов',
    text: 'Стипендии позволяют студентам учиться за рубежом и возвращаться домой.',
  },
};
