/** The sandbox: every format open, no scripted history, a generic deck. */
import type { Scenario } from '../model';
import { partner, STATE_PROFILES } from './baseline';
import { COMMON_CARDS } from './cards';

/** An open-ended decade to try strategies freely. */
export const sandbox: Scenario = {
  id: 'sandbox',
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
