/**
 * 2015–2019: Abe's tour of all five states, the US C5+1, the 2017 logistics
 * roadmap and the 2019 action plan — the format's stable-development phase.
 */
import type { Scenario } from '../model';
import { partner, STATE_PROFILES } from './baseline';
import { COMMON_CARDS, COMMON_CARDS_RU } from './cards';
import { bilateral, c5, everyone, everyoneNeutralAware, plan } from './plans';

/** The 2015–2019 roadmap era. */
export const roadmap2015: Scenario = {
  id: 'roadmap-2015',
  translations: {
    // The project's Russian for what a player reads; scripted events that cite a
    // dataset event take its own Russian title (`titleRu`).
    ru: {
      title: 'Дорожные карты и соперники, 2015–2019',
      summary:
        'Абэ посещает все пять государств, Вашингтон запускает собственный формат С5+1, а китайский «Пояс и путь» набирает вес. Обратите возросшее внимание в транспортную связанность, не дав ни одному партнёру оттеснить остальных.',
      lessons: [
        'Теперь и Япония, и США встречаются с пятёркой как с группой. Чего стоит региону работа сразу с двумя партнёрами?',
        'У Китая пока нет группового формата, зато у него самые большие логистические возможности: когда двусторонняя сделка стоит той зависимости, которую она создаёт?',
        'План действий 2019 года добавляет региональную безопасность. Как в нём участвует нейтральный Туркменистан?',
      ],
      objectives: {
        'japan-meetings': 'Проводите встречу С5+ с Японией каждый год: всего пять.',
        connectivity: 'Поднимите среднюю связанность до 45 или выше.',
        suspicion: 'Подозрение ни одного партнёра ни к одному государству в конце не выше 45.',
      },
      deck: {
        ...COMMON_CARDS_RU,
        'belt-and-road-loans': {
          title: 'Финансирование «Пояса и пути»',
          text: 'Китайские банки предлагают кредиты на дороги и железные дороги — быстро и с размахом.',
        },
        'quality-infrastructure': {
          title: 'Япония продвигает «качественную инфраструктуру»',
          text: 'Токио предлагает более медленные, но более долговечные проекты, финансируемые кредитами JICA.',
        },
      },
    },
  },
  title: 'Roadmaps and rivals, 2015–2019',
  summary:
    'Abe visits all five states, Washington launches its own C5+1 and China’s Belt and Road gathers weight. Turn renewed attention into connectivity without letting any one partner crowd out the rest.',
  startYear: 2015,
  endYear: 2019,
  lessons: [
    'Japan and the USA both now meet the five as a group. Does engaging two partners at once cost the region anything?',
    'China has no group format yet but the largest logistics capacity: when is a bilateral deal worth its exposure?',
    'The 2019 action plan adds regional security. How does a neutral Turkmenistan take part?',
  ],
  initial: {
    cohesion: 45,
    states: STATE_PROFILES,
    partners: {
      japan: partner('japan', 50, 2004),
      'south-korea': partner('south-korea', 35, 2007),
      usa: partner('usa', 40, null),
      china: partner('china', 70, null),
      russia: partner('russia', 65, null),
      eu: partner('eu', 30, null),
      italy: partner('italy', 10, null),
    },
  },
  scripted: [
    {
      id: 'abe-tour',
      year: 2015,
      title: 'Prime Minister Abe tours all five Central Asian states',
      citation: 'events/abe-central-asia-tour-2015',
      effects: [
        { kind: 'attention', partner: 'japan', delta: 12 },
        { kind: 'ties', state: 'all', partner: 'japan', delta: 8 },
      ],
    },
    {
      id: 'us-c5plus1',
      year: 2015,
      title: 'The USA launches the C5+1 at ministerial level',
      citation: 'events/us-c5plus1-launch-2015',
      opensFormat: 'usa',
      effects: [
        { kind: 'attention', partner: 'usa', delta: 10 },
        { kind: 'suspicion', state: 'all', partner: 'russia', delta: 4 },
        { kind: 'suspicion', state: 'all', partner: 'china', delta: 2 },
      ],
    },
    {
      id: 'logistics-roadmap',
      year: 2017,
      title:
        'The Regional Transport and Logistics Cooperation Roadmap, with 24 billion yen pledged',
      citation: 'events/cajapan-fmm-6-2017',
      effects: [
        { kind: 'capacity', partner: 'japan', issue: 'connectivity', delta: 0.05 },
        {
          kind: 'pledge',
          partner: 'japan',
          issue: 'connectivity',
          figure: 'cajapan-logistics-roadmap-assistance-2017',
          years: 3,
        },
      ],
    },
    {
      id: 'second-action-plan',
      year: 2019,
      title:
        'The second action plan: trade, transport, tourism, regional security, sustainable development',
      citation: 'events/cajapan-fmm-7-2019',
      effects: [
        { kind: 'capacity', partner: 'japan', issue: 'trade-investment', delta: 0.1 },
        { kind: 'capacity', partner: 'japan', issue: 'security', delta: 0.15 },
      ],
    },
    {
      id: 'cotton-ban-lifted',
      year: 2019,
      title: 'The USA lifts its ban on Uzbek cotton',
      citation: 'events/us-uzbek-cotton-ban-lifted-2019',
      effects: [
        { kind: 'ties', state: 'UZB', partner: 'usa', delta: 8 },
        { kind: 'indicator', state: 'UZB', indicator: 'prosperity', delta: 2 },
      ],
    },
  ],
  deck: [
    ...COMMON_CARDS,
    {
      id: 'belt-and-road-loans',
      title: 'Belt and Road financing on offer',
      text: 'Chinese banks offer loans for roads and rail, quickly and at scale.',
      citation: 'initiatives/belt-and-road-initiative',
      effects: [
        { kind: 'capacity', partner: 'china', issue: 'connectivity', delta: 0.05 },
        { kind: 'attention', partner: 'china', delta: 5 },
      ],
    },
    {
      id: 'quality-infrastructure',
      title: 'Japan promotes “high-quality infrastructure”',
      text: 'Tokyo pitches slower but more durable projects, financed through JICA credits.',
      citation: 'initiatives/high-quality-infrastructure',
      effects: [{ kind: 'capacity', partner: 'japan', issue: 'connectivity', delta: 0.05 }],
    },
  ],
  cardChance: 0.4,
  objectives: [
    {
      id: 'japan-meetings',
      text: 'Hold a C5+ meeting with Japan in each of the five years.',
      kind: 'meetings',
      partner: 'japan',
      min: 5,
    },
    {
      id: 'connectivity',
      text: 'Raise average connectivity to 45 or more.',
      kind: 'indicator',
      indicator: 'connectivity',
      scope: 'average',
      min: 45,
    },
    {
      id: 'suspicion',
      text: 'No partner’s suspicion of any state ends above 45.',
      kind: 'suspicion',
      max: 45,
    },
  ],
  historical: [
    {
      year: 2015,
      // Abe's tour: bilateral aid agreements with each state; the first US C5+1 ministerial.
      plans: everyone(
        plan(
          [
            bilateral('japan', 'trade-investment', 3),
            c5('usa', 'trade-investment', 2),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'connectivity', 2),
          ],
          1,
        ),
      ),
      citations: [
        'events/abe-central-asia-tour-2015',
        'instruments/abe-2015-aid-agreements',
        'events/us-c5plus1-launch-2015',
      ],
    },
    {
      year: 2016,
      plans: everyone(
        plan(
          [
            c5('japan', 'education', 2),
            c5('usa', 'connectivity', 2),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'connectivity', 3),
          ],
          1,
        ),
      ),
      citations: ['phases/japan-phase-stable-development'],
    },
    {
      year: 2017,
      // The 6th foreign ministers' meeting signs the logistics roadmap.
      plans: everyone(
        plan(
          [
            c5('japan', 'connectivity', 4),
            c5('usa', 'trade-investment', 1),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'connectivity', 2),
          ],
          1,
        ),
      ),
      citations: [
        'events/cajapan-fmm-6-2017',
        'initiatives/regional-transport-logistics-roadmap-2017',
      ],
    },
    {
      year: 2018,
      plans: everyone(
        plan(
          [
            c5('japan', 'customs', 2),
            c5('usa', 'trade-investment', 2),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'trade-investment', 3),
          ],
          1,
        ),
      ),
      citations: ['phases/japan-phase-stable-development'],
    },
    {
      year: 2019,
      // The 7th meeting's action plan, regional security included (not for neutral Turkmenistan).
      plans: {
        ...everyoneNeutralAware(
          plan(
            [
              c5('japan', 'trade-investment', 2),
              c5('japan', 'security', 1),
              c5('usa', 'trade-investment', 2),
              bilateral('russia', 'trade-investment', 2),
              bilateral('china', 'trade-investment', 2),
            ],
            1,
          ),
        ),
        UZB: plan(
          [
            c5('japan', 'trade-investment', 2),
            c5('japan', 'security', 1),
            bilateral('usa', 'trade-investment', 2),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'trade-investment', 2),
          ],
          1,
        ),
      },
      citations: [
        'events/cajapan-fmm-7-2019',
        'initiatives/second-action-plan-2019',
        'events/us-uzbek-cotton-ban-lifted-2019',
      ],
    },
  ],
};
