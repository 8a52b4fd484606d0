/** The sandbox: every format open, no scripted history, a generic deck. */
import type { Scenario } from '../model';
import { partner, STATE_PROFILES } from './baseline';
import { COMMON_CARDS, COMMON_CARDS_RU } from './cards';

/** An open-ended decade to try strategies freely. */
export const sandbox: Scenario = {
  id: 'sandbox',
  translations: {
    // The project's Russian for what a player reads; scripted events that cite a
    // dataset event take its own Russian title (`titleRu`).
    ru: {
      title: 'Песочница: десятилетие выбора',
      summary:
        'Форматы С5+ всех партнёров открыты, и ничего не предписано историей: десять лет, чтобы сравнить групповое и двустороннее взаимодействие.',
      lessons: [
        'Сравните партию, где каждое государство работает с одним партнёром один на один, с партией, где все пятеро встречаются с партнёрами вместе. Где самостоятельность выше?',
        'Окупаются ли консультации пятёрки тем, что затем дают встречи С5+?',
      ],
      objectives: {
        'autonomy-every': 'Самостоятельность каждого государства — не ниже 85.',
        cohesion: 'Сплочённость региона в конце — не ниже 90.',
        'no-pressure':
          'Подозрение ни одного партнёра ни к одному государству в конце не выше 35 — уровня, с которого начинается давление.',
        diversified:
          'Ни у одного государства доля зависимости от одного партнёра не превышает 39 %.',
      },
      deck: {
        ...COMMON_CARDS_RU,
      },
    },
  },
  title: 'Sandbox: a decade of choices',
  summary:
    'Every partner’s C5+ format is open and nothing is scripted: ten years to test how group and bilateral engagement compare.',
  startYear: 2026,
  endYear: 2035,
  lessons: [
    'Compare a run where every state engages one partner bilaterally with one where all five meet partners as a group. Which keeps more autonomy?',
    'Does regional consultation pay for itself in what C5+ meetings then yield?',
  ],
  initial: {
    cohesion: 50,
    states: STATE_PROFILES,
    partners: {
      japan: partner('japan', 55, 2004),
      'south-korea': partner('south-korea', 40, 2007),
      usa: partner('usa', 45, 2015),
      china: partner('china', 75, 2022),
      russia: partner('russia', 65, 2022),
      eu: partner('eu', 50, 2022),
      italy: partner('italy', 25, 2025),
    },
  },
  scripted: [],
  deck: COMMON_CARDS,
  cardChance: 0.5,
  objectives: [
    {
      id: 'autonomy-every',
      text: 'Every state keeps autonomy of at least 85.',
      kind: 'indicator',
      indicator: 'autonomy',
      scope: 'every',
      min: 85,
    },
    {
      id: 'cohesion',
      text: 'The region ends with cohesion of at least 90.',
      kind: 'cohesion',
      min: 90,
    },
    {
      id: 'no-pressure',
      text: 'No partner’s suspicion of any state ends above 35, the level where pressure begins.',
      kind: 'suspicion',
      max: 35,
    },
    {
      id: 'diversified',
      text: 'No state has more than 39% of its exposure on one partner.',
      kind: 'exposure',
      maxShare: 0.39,
    },
  ],
  historical: [],
};
