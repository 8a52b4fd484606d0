/**
 * 2025–2030: the summit season (China in Astana, Russia in Dushanbe, the USA in
 * Washington, Japan's first summit in Tokyo) and the five years after it.
 */
import type { Scenario } from '../model';
import { partner, STATE_PROFILES } from './baseline';
import { COMMON_CARDS, COMMON_CARDS_RU } from './cards';
import { bilateral, c5, everyone, plan } from './plans';

/** Leaders' time is the scarce resource of a summit year: a larger budget. */
const SUMMIT_SEASON_CAPITAL = 16;

const withCapital = Object.fromEntries(
  Object.entries(STATE_PROFILES).map(([id, profile]) => [
    id,
    { ...profile, capital: SUMMIT_SEASON_CAPITAL },
  ]),
) as typeof STATE_PROFILES;

/** The six summits of 2025, in the order they were held. */
const SUMMITS_2025 = ['eu', 'china', 'russia', 'usa', 'italy', 'japan'] as const;

/** The 2025 summit season and the road to 2030. */
export const summits2025: Scenario = {
  id: 'summits-2025',
  translations: {
    // The project's Russian for what a player reads; scripted events that cite a
    // dataset event take its own Russian title (`titleRu`).
    ru: {
      title: 'Сезон саммитов, 2025–2030',
      summary:
        'За один год Китай, Россия, США, ЕС и Япония принимают пятерых лидеров. Решите, за какие столы садиться, какие сделки подписывать и как удержать интерес всех партнёров до 2030 года, не став ничьей сферой влияния.',
      lessons: [
        'Каждый партнёр хочет саммита. Чего стоит участие во всех и что оно даёт?',
        'Сделки США по критически важным минералам крупные и политически заряженные. Кто на них реагирует и насколько сильно?',
        'Япония поставила цель в 3 триллиона иен за пять лет. Что нужно сделать региону, чтобы она стала реальностью?',
      ],
      objectives: {
        autonomy: 'Самостоятельность каждого государства в конце — не ниже 84.',
        diversified:
          'Ни у одного государства доля зависимости от одного партнёра не превышает 43 % (у Туркменистана в начале 58 % приходится на Китай).',
        suspicion: 'Подозрение ни одного партнёра ни к одному государству в конце не выше 40.',
        'japan-meetings': 'Проведите не менее четырёх встреч С5+ с Японией к 2030 году.',
      },
      deck: {
        ...COMMON_CARDS_RU,
        'middle-corridor-investment': {
          title: 'Инвестиции в Срединный коридор',
          text: 'Партнёры финансируют порты и железные дороги на маршруте в обход России.',
        },
        'administration-change': {
          title: 'Новое правительство в Токио',
          text: 'Внимание Японии к региону обычно росло и падало вместе со сменой её правительств.',
        },
        'aircraft-deal': {
          title: 'Заказ самолётов',
          text: 'Национальная авиакомпания заказывает самолёты Boeing в рамках более широкой сделки.',
        },
      },
    },
  },
  title: 'The summit season, 2025–2030',
  summary:
    'In one year China, Russia, the USA, the EU and Japan each host the five leaders. Choose which tables to sit at, which deals to sign, and how to keep every partner engaged through 2030 without becoming anyone’s sphere.',
  startYear: 2025,
  endYear: 2030,
  lessons: [
    'Every partner wants a summit. What does attending all of them cost, and what does it buy?',
    'The USA’s deals on critical minerals are large and charged. Who reacts, and how much?',
    'Japan set a target of 3 trillion yen over five years. What would the region need to do to make it real?',
  ],
  initial: {
    cohesion: 55,
    states: withCapital,
    partners: {
      japan: partner('japan', 50, 2004),
      'south-korea': partner('south-korea', 35, 2007),
      usa: partner('usa', 45, 2015),
      china: partner('china', 75, 2022),
      russia: partner('russia', 65, 2022),
      eu: partner('eu', 50, 2022),
      italy: partner('italy', 25, 2025),
    },
  },
  scripted: [
    {
      id: 'astana-summit',
      year: 2025,
      title: 'China’s second summit with the five, in Astana',
      citation: 'events/china-ca-summit-astana-2025',
      summit: 'china',
      effects: [{ kind: 'attention', partner: 'china', delta: 5 }],
    },
    {
      id: 'dushanbe-summit',
      year: 2025,
      title: 'Russia’s second summit with the five, in Dushanbe',
      citation: 'events/russia-ca-summit-dushanbe-2025',
      summit: 'russia',
      // Russia meets the five as "a lifeline under Western sanctions" (004): the regime still holds.
      sanctions: 'russia',
      effects: [],
    },
    {
      id: 'washington-summit',
      year: 2025,
      title: 'The C5+1 presidential summit in Washington: “critical minerals” first',
      citation: 'events/us-c5plus1-summit-2025',
      summit: 'usa',
      effects: [
        { kind: 'capacity', partner: 'usa', issue: 'critical-minerals', delta: 0.1 },
        { kind: 'attention', partner: 'usa', delta: 10 },
      ],
    },
    {
      id: 'eu-summit',
      year: 2025,
      title: 'The EU holds a summit with the five',
      citation: 'events/eu-ca-summit-2025',
      summit: 'eu',
      effects: [],
    },
    {
      id: 'rome-summit',
      year: 2025,
      title: 'Italy holds its first summit with the five',
      citation: 'events/italy-ca-summit-2025',
      summit: 'italy',
      effects: [{ kind: 'attention', partner: 'italy', delta: 10 }],
    },
    {
      id: 'tokyo-summit',
      year: 2025,
      title: 'The first CA+JAD summit: 158 documents and a 3 trillion yen target',
      citation: 'events/cajad-summit-2025',
      summit: 'japan',
      effects: [
        { kind: 'attention', partner: 'japan', delta: 15 },
        { kind: 'baseline', partner: 'japan', delta: 10 },
        {
          kind: 'pledge',
          partner: 'japan',
          issue: 'trade-investment',
          figure: 'cajad-investment-target-2025',
          years: 5,
        },
      ],
    },
    {
      id: 'informal-cis-summit',
      year: 2025,
      title: 'An informal CIS summit in St. Petersburg, straight after Tokyo',
      citation: 'events/informal-cis-summit-2025',
      effects: [{ kind: 'attention', partner: 'russia', delta: 5 }],
    },
  ],
  deck: [
    ...COMMON_CARDS,
    {
      id: 'middle-corridor-investment',
      title: 'Investment in the Middle Corridor',
      text: 'Partners fund ports and rail on the route that bypasses Russia.',
      citation: 'routes/trans-caspian-international-transport-route',
      effects: [
        { kind: 'capacity', partner: 'eu', issue: 'connectivity', delta: 0.05 },
        { kind: 'suspicion', state: 'KAZ', partner: 'russia', delta: 4 },
      ],
    },
    {
      id: 'administration-change',
      title: 'A new government in Tokyo',
      text: 'Japan’s attention to the region has tended to rise and fall with its administrations.',
      citation: 'phases/japan-phase-downturn',
      effects: [{ kind: 'attention', partner: 'japan', delta: -10 }],
    },
    {
      id: 'aircraft-deal',
      title: 'An aircraft order',
      text: 'A national airline orders Boeing jets as part of a wider deal.',
      citation: 'instruments/boeing-aircraft-deals',
      effects: [
        { kind: 'ties', state: 'random', partner: 'usa', delta: 5 },
        { kind: 'indicator', state: 'random', indicator: 'connectivity', delta: 2 },
      ],
    },
  ],
  cardChance: 0.5,
  objectives: [
    {
      id: 'autonomy',
      text: 'Every state ends with autonomy of at least 84.',
      kind: 'indicator',
      indicator: 'autonomy',
      scope: 'every',
      min: 84,
    },
    {
      id: 'diversified',
      text: 'No state has more than 43% of its exposure on one partner (Turkmenistan starts at 58% on China).',
      kind: 'exposure',
      maxShare: 0.43,
    },
    {
      id: 'suspicion',
      text: 'No partner’s suspicion of any state ends above 40.',
      kind: 'suspicion',
      max: 40,
    },
    {
      id: 'japan-meetings',
      text: 'Hold at least four C5+ meetings with Japan by 2030.',
      kind: 'meetings',
      partner: 'japan',
      min: 4,
    },
  ],
  historical: [
    {
      year: 2025,
      // Every state attends the six summits; Kazakhstan, Uzbekistan and Tajikistan sign US deals.
      plans: {
        ...everyone(
          plan([c5('japan', 'connectivity', 2), c5('china', 'connectivity', 2)], 0, SUMMITS_2025),
        ),
        KAZ: plan(
          [bilateral('usa', 'critical-minerals', 3), c5('japan', 'connectivity', 1)],
          0,
          SUMMITS_2025,
        ),
        UZB: plan(
          [bilateral('usa', 'trade-investment', 3), c5('japan', 'connectivity', 1)],
          0,
          SUMMITS_2025,
        ),
        TJK: plan(
          [bilateral('usa', 'trade-investment', 2), c5('japan', 'connectivity', 2)],
          0,
          SUMMITS_2025,
        ),
      },
      citations: [
        'events/china-ca-summit-astana-2025',
        'events/russia-ca-summit-dushanbe-2025',
        'events/us-c5plus1-summit-2025',
        'events/cajad-summit-2025',
        'events/eu-ca-summit-2025',
        'events/italy-ca-summit-2025',
        'instruments/kazakhstan-us-documents-2025',
        'instruments/uzbekistan-us-investment-pledge',
        'instruments/boeing-aircraft-deals',
      ],
    },
  ],
};
