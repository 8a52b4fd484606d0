/** The historical line: what the documents say the states did, as a strategy. */
import type { Decision, GameState, StateId, Strategy } from '../model';
import { multiVector } from './balanced';

/**
 * Plays the scenario's `historical` record for the state and year. Where the
 * documents record nothing for that state and year, it falls back to the
 * multi-vector balancer and says so in its reasons (`no-record`).
 */
export const historical: Strategy = {
  id: 'historical',
  name: 'Historical record',
  description:
    'Does what the documents say the states did; where they are silent, balances like the multi-vector strategy.',
  decide(game: GameState, stateId: StateId, random: () => number): Decision {
    const year = game.scenario.historical.find((h) => h.year === game.year);
    const plan = year?.plans[stateId];
    if (plan) {
      return { plan: { ...plan, year: game.year }, reasons: [{ code: 'historical-record' }] };
    }
    const fallback = multiVector.decide(game, stateId, random);
    return { plan: fallback.plan, reasons: [{ code: 'no-record' }, ...fallback.reasons] };
  },
};
