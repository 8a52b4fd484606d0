/**
 * 2022 onward: the war in Ukraine, sanctions, relocating firms, the
 * Trans-Caspian route and Japan's 2023 economic and energy dialogue.
 */
import type { Scenario } from '../model';
import { partner, STATE_PROFILES } from './baseline';
import { COMMON_CARDS, COMMON_CARDS_RU } from './cards';
import { bilateral, c5, everyone, plan } from './plans';

/** The war years, 2022–2026. */
export const war2022: Scenario = {
  id: 'war-2022',
  translations: {
    // The project's Russian for what a player reads; scripted events that cite a
    // dataset event take its own Russian title (`titleRu`).
    ru: {
      title: 'Между войной и коридором, 2022–2026',
      summary:
        'Вторжение России в Украину обращает взгляды всех партнёров к Центральной Азии. Санкции, переезжающие компании и маршрут в обход России открывают возможности — и за каждым шагом к одной стороне следит другая.',
      lessons: [
        'Почему регион держал свои встречи в практической плоскости (логистика, таможня, энергетика), пока великие державы сталкивались?',
        'Какие взаимодействия вызывали подозрение России, а какие нет? Сравните переговоры С5+ о связанности с двусторонним сотрудничеством по санкциям.',
        'Уязвима ли чрезмерная зависимость от России и Китая? Проследите зависимость и самостоятельность каждого государства.',
      ],
      objectives: {
        autonomy: 'Самостоятельность каждого государства — не ниже 78.',
        suspicion: 'Подозрение ни одного партнёра ни к одному государству в конце не выше 40.',
        diversified:
          'Ни у одного государства доля зависимости от одного партнёра не превышает 48,5 % (у Туркменистана в начале 58 % приходится на Китай).',
        connectivity: 'Поднимите среднюю связанность до 60 или выше.',
      },
      deck: {
        ...COMMON_CARDS_RU,
        'circumvention-scrutiny': {
          title: 'Торговля в обход санкций под пристальным вниманием',
          text: 'Торговля, идущая через регион в обход санкций против России, привлекает внимание Запада.',
        },
        'sea-lanes-disrupted': {
          title: 'Морские пути нарушены',
          text: 'Судоходство через ближневосточные воды и Суэцкий канал затрудняется; сухопутные маршруты становятся ценнее.',
        },
        'caspian-bottleneck': {
          title: 'Узкие места в каспийских портах',
          text: 'Грузы скапливаются в портах и на границах Транскаспийского маршрута.',
        },
      },
    },
  },
  title: 'Between the war and the corridor, 2022–2026',
  summary:
    'Russia’s invasion of Ukraine turns every partner’s eyes to Central Asia. Sanctions, relocating firms and a route around Russia open chances — and every step toward one side is watched by the other.',
  startYear: 2022,
  endYear: 2026,
  lessons: [
    'Why did the region keep its meetings practical (logistics, customs, energy) while great powers clashed?',
    'Which engagements drew Russia’s suspicion, and which did not? Compare C5+ connectivity talks with bilateral sanctions cooperation.',
    'Is overreliance on Russia and China a vulnerability? Track each state’s exposure and autonomy.',
  ],
  initial: {
    cohesion: 50,
    states: STATE_PROFILES,
    partners: {
      japan: partner('japan', 40, 2004),
      'south-korea': partner('south-korea', 35, 2007),
      usa: partner('usa', 40, 2015),
      china: partner('china', 70, 2022),
      russia: partner('russia', 70, null),
      eu: partner('eu', 40, null),
      italy: partner('italy', 15, null),
    },
  },
  scripted: [
    {
      id: 'china-online-summit',
      year: 2022,
      title: 'China meets the five leaders online',
      citation: 'events/china-ca-summit-online-2022',
      summit: 'china',
      effects: [{ kind: 'attention', partner: 'china', delta: 5 }],
    },
    {
      id: 'invasion',
      year: 2022,
      title: 'Russia invades Ukraine; sanctions follow',
      citation: 'events/russia-invasion-ukraine-2022',
      sanctions: 'russia',
      effects: [
        { kind: 'attention', partner: 'eu', delta: 15 },
        { kind: 'baseline', partner: 'eu', delta: 15 },
        { kind: 'attention', partner: 'japan', delta: 10 },
        { kind: 'baseline', partner: 'japan', delta: 10 },
        { kind: 'attention', partner: 'usa', delta: 5 },
        { kind: 'attention', partner: 'russia', delta: 10 },
        { kind: 'suspicion', state: 'all', partner: 'russia', delta: 10 },
        // "Russia is struggling with its declining presence" (004): the war takes what it could offer.
        { kind: 'capacity', partner: 'russia', issue: 'security', delta: -0.25 },
        { kind: 'capacity', partner: 'russia', issue: 'trade-investment', delta: -0.1 },
        // The sanctions regime watches trade routed through the region (themes/sanctions).
        { kind: 'suspicion', state: 'all', partner: 'usa', delta: 12 },
        { kind: 'suspicion', state: 'all', partner: 'eu', delta: 10 },
        // Trade with Russia and remittances are disrupted before anything is relocated.
        { kind: 'indicator', state: 'all', indicator: 'prosperity', delta: -5 },
        // Relocating firms and capital: the region's economies gain from the disruption.
        { kind: 'capacity', partner: 'japan', issue: 'trade-investment', delta: 0.15 },
        { kind: 'indicator', state: 'KAZ', indicator: 'prosperity', delta: 3 },
        { kind: 'indicator', state: 'UZB', indicator: 'prosperity', delta: 3 },
      ],
    },
    {
      id: 'russia-summit-astana',
      year: 2022,
      title: 'Russia’s first “Central Asia plus Russia” summit, in Astana',
      citation: 'events/russia-ca-summit-astana-2022',
      opensFormat: 'russia',
      summit: 'russia',
      effects: [],
    },
    {
      id: 'eu-adopts-format',
      year: 2022,
      title: 'The EU adopts its own C5+EU format',
      citation: 'events/eu-c5plus-eu-adoption',
      opensFormat: 'eu',
      effects: [{ kind: 'capacity', partner: 'eu', issue: 'connectivity', delta: 0.1 }],
    },
    {
      id: 'connectivity-dialogue',
      year: 2023,
      title:
        'Japan’s dialogue on connectivity with Central Asia and the Caucasus; customs training with the WCO',
      citation: 'events/cajapan-connectivity-dialogue-2023',
      effects: [{ kind: 'capacity', partner: 'japan', issue: 'customs', delta: 0.15 }],
    },
    {
      id: 'xian-summit',
      year: 2023,
      title: 'China’s first in-person summit with the five, in Xi’an',
      citation: 'events/china-ca-summit-xian-2023',
      summit: 'china',
      effects: [{ kind: 'attention', partner: 'china', delta: 5 }],
    },
    {
      id: 'energy-dialogue',
      year: 2023,
      title: 'The first Central Asia plus Japan economic and energy dialogue',
      citation: 'events/cajapan-economic-energy-dialogue-2023',
      effects: [
        { kind: 'capacity', partner: 'japan', issue: 'energy', delta: 0.15 },
        { kind: 'attention', partner: 'japan', delta: 5 },
      ],
    },
    {
      id: 'railway',
      year: 2024,
      title: 'Ground broken on the China–Kyrgyzstan–Uzbekistan railway',
      citation: 'events/china-kyrgyzstan-uzbekistan-railway-2024',
      effects: [
        { kind: 'indicator', state: 'KGZ', indicator: 'connectivity', delta: 4 },
        { kind: 'indicator', state: 'UZB', indicator: 'connectivity', delta: 3 },
        { kind: 'exposure', state: 'KGZ', partner: 'china', delta: 0.03 },
      ],
    },
    {
      id: 'trans-caspian-support',
      year: 2024,
      title: 'Japan offers to support the Trans-Caspian route',
      citation: 'events/japan-trans-caspian-support-2024',
      effects: [{ kind: 'capacity', partner: 'japan', issue: 'connectivity', delta: 0.1 }],
    },
    {
      id: 'summit-postponed',
      year: 2024,
      title: 'The first Japan summit, due in Astana, is postponed after an earthquake warning',
      citation: 'events/cajapan-summit-2024-postponed',
      effects: [{ kind: 'attention', partner: 'japan', delta: -5 }],
    },
    {
      id: 'astana-summit-2025',
      year: 2025,
      title: 'China’s second summit with the five, in Astana',
      citation: 'events/china-ca-summit-astana-2025',
      summit: 'china',
      effects: [],
    },
    {
      id: 'dushanbe-summit-2025',
      year: 2025,
      title: 'Russia’s second summit with the five, in Dushanbe',
      citation: 'events/russia-ca-summit-dushanbe-2025',
      summit: 'russia',
      effects: [],
    },
    {
      id: 'washington-summit-2025',
      year: 2025,
      title: 'The C5+1 presidential summit in Washington',
      citation: 'events/us-c5plus1-summit-2025',
      summit: 'usa',
      effects: [{ kind: 'attention', partner: 'usa', delta: 10 }],
    },
    {
      id: 'italy-format-2025',
      year: 2025,
      title: 'Italy meets the five leaders for the first time',
      citation: 'events/italy-ca-summit-2025',
      opensFormat: 'italy',
      effects: [{ kind: 'attention', partner: 'italy', delta: 30 }],
    },
    {
      id: 'summit-season',
      year: 2025,
      title: 'Summit season: China, Russia, the USA and Japan each meet the five leaders',
      citation: 'events/cajad-summit-2025',
      summit: 'japan',
      effects: [{ kind: 'attention', partner: 'japan', delta: 10 }],
    },
  ],
  deck: [
    ...COMMON_CARDS,
    {
      id: 'circumvention-scrutiny',
      title: 'Circumvention trade under scrutiny',
      text: 'Trade routed through the region to bypass sanctions on Russia draws Western attention.',
      citation: 'themes/sanctions',
      effects: [
        { kind: 'suspicion', state: 'random', partner: 'usa', delta: 10 },
        { kind: 'suspicion', state: 'random', partner: 'eu', delta: 8 },
      ],
    },
    {
      id: 'sea-lanes-disrupted',
      title: 'Sea lanes disrupted',
      text: 'Shipping through Middle Eastern waters and the Suez Canal becomes harder; overland routes gain value.',
      citation: 'routes/suez-middle-east-maritime-routes',
      effects: [
        { kind: 'attention', partner: 'eu', delta: 5 },
        { kind: 'capacity', partner: 'eu', issue: 'connectivity', delta: 0.05 },
      ],
    },
    {
      id: 'caspian-bottleneck',
      title: 'Bottlenecks at the Caspian ports',
      text: 'Cargo piles up at the ports and borders of the Trans-Caspian route.',
      citation: 'routes/trans-caspian-international-transport-route',
      effects: [
        { kind: 'indicator', state: 'KAZ', indicator: 'connectivity', delta: -3 },
        { kind: 'indicator', state: 'TKM', indicator: 'connectivity', delta: -3 },
      ],
    },
  ],
  cardChance: 0.5,
  objectives: [
    {
      id: 'autonomy',
      text: 'Every state keeps autonomy of at least 78.',
      kind: 'indicator',
      indicator: 'autonomy',
      scope: 'every',
      min: 78,
    },
    {
      id: 'suspicion',
      text: 'No partner’s suspicion of any state ends above 40.',
      kind: 'suspicion',
      max: 40,
    },
    {
      id: 'diversified',
      text: 'No state has more than 48.5% of its exposure on one partner (Turkmenistan starts at 58% on China).',
      kind: 'exposure',
      maxShare: 0.485,
    },
    {
      id: 'connectivity',
      text: 'Raise average connectivity to 60 or more.',
      kind: 'indicator',
      indicator: 'connectivity',
      scope: 'average',
      min: 60,
    },
  ],
  historical: [
    {
      year: 2022,
      // Two Japan ministerial meetings without documents; China online, Russia in Astana.
      plans: everyone(
        plan(
          [
            c5('japan', 'trade-investment', 2),
            c5('russia', 'trade-investment', 2),
            bilateral('china', 'trade-investment', 2),
          ],
          0,
          ['china', 'russia'],
        ),
      ),
      citations: [
        'events/cajapan-fmm-2022-04',
        'events/cajapan-fmm-2022-12',
        'events/china-ca-summit-online-2022',
        'events/russia-ca-summit-astana-2022',
      ],
    },
    {
      year: 2023,
      plans: everyone(
        plan(
          [
            c5('japan', 'connectivity', 2),
            c5('japan', 'energy', 2),
            c5('china', 'connectivity', 2),
            bilateral('russia', 'trade-investment', 2),
          ],
          0,
          ['china'],
        ),
      ),
      citations: [
        'events/cajapan-connectivity-dialogue-2023',
        'events/cajapan-economic-energy-dialogue-2023',
        'events/china-ca-summit-xian-2023',
      ],
    },
    {
      year: 2024,
      plans: {
        ...everyone(
          plan(
            [
              c5('eu', 'connectivity', 2),
              c5('china', 'connectivity', 2),
              bilateral('russia', 'trade-investment', 3),
            ],
            3,
          ),
        ),
        KGZ: plan(
          [
            bilateral('china', 'connectivity', 4),
            c5('eu', 'connectivity', 2),
            bilateral('russia', 'trade-investment', 2),
          ],
          2,
        ),
        UZB: plan(
          [
            bilateral('china', 'connectivity', 4),
            c5('eu', 'connectivity', 2),
            bilateral('russia', 'trade-investment', 2),
          ],
          2,
        ),
      },
      citations: [
        'events/china-kyrgyzstan-uzbekistan-railway-2024',
        'routes/trans-caspian-international-transport-route',
      ],
    },
    {
      year: 2025,
      // Summit season: four summits attended; the EU and Italy met at the same level, on one topic each.
      plans: everyone(
        plan([c5('eu', 'connectivity', 1), c5('italy', 'trade-investment', 1)], 0, [
          'japan',
          'china',
          'russia',
          'usa',
        ]),
      ),
      citations: [
        'events/cajad-summit-2025',
        'events/china-ca-summit-astana-2025',
        'events/russia-ca-summit-dushanbe-2025',
        'events/us-c5plus1-summit-2025',
        'events/eu-ca-summit-2025',
        'events/italy-ca-summit-2025',
      ],
    },
  ],
};
