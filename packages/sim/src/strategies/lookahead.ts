/**
 * The lookahead strategy: tries each simple strategy for a few turns in seeded
 * rollouts on copies of the game, and plays the one that leaves the
 * state best off on average.
 */
import { STATE_IDS } from '@c5plus/core';
import {
  decidePlan,
  ownedCopy,
  resolveOwnedTurn,
  seededGenerator,
  standing,
  strategyRandom,
} from '../kernel';
import type { Decision, GameState, Plan, StateId, Strategy } from '../model';
import { multiVector, neutral } from './balanced';
import { greedy } from './greedy';
import { chinaLeaning, russiaLeaning, westLeaning } from './leaning';

/** How far and how often the lookahead simulates. */
export const LOOKAHEAD = {
  /** Turns simulated ahead (fewer near the end of the game). */
  horizon: 3,
  /** Rollouts per candidate, each with its own chance stream. */
  rollouts: 3,
  /** The strategies it chooses among. */
  candidates: [
    multiVector,
    neutral,
    russiaLeaning,
    chinaLeaning,
    westLeaning,
    greedy,
  ] as readonly Strategy[],
} as const;

/**
 * Mean standing (welfare, less the pressure still to come, plus what is still owed) of `stateId` after following `candidate` for the horizon, while
 * the other states follow the multi-vector balancer (a model of the others,
 * which keeps the search from recursing into itself).
 */
function rollout(
  game: GameState,
  stateId: StateId,
  candidate: Strategy,
  seeds: readonly string[],
): number {
  let total = 0;
  for (const seed of seeds) {
    // One owned copy a rollout, changed in place turn by turn (see kernel/plain.ts).
    const copy = ownedCopy(game);
    const generator = seededGenerator(seed);
    copy.rng = generator.state();
    const turns = Math.min(LOOKAHEAD.horizon, copy.endYear - copy.year + 1);
    for (let t = 0; t < turns; t++) {
      const plans = {} as Record<StateId, Plan>;
      for (const id of STATE_IDS) {
        const strategy = id === stateId ? candidate : multiVector;
        plans[id] = decidePlan(strategy, copy, id, strategyRandom(copy, id));
      }
      resolveOwnedTurn(copy, plans, generator);
    }
    total += standing(copy, stateId);
  }
  return total / seeds.length;
}

/** Simulates ahead and plays the best candidate strategy. */
export const lookahead: Strategy = {
  id: 'lookahead',
  name: 'Lookahead',
  description:
    'Simulates each simple strategy a few years ahead in seeded rollouts and plays the one that leaves the state best off.',
  decide(game: GameState, stateId: StateId, random: () => number): Decision {
    const seeds = Array.from({ length: LOOKAHEAD.rollouts }, () => String(random()));
    let best = LOOKAHEAD.candidates[0] ?? multiVector;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const candidate of LOOKAHEAD.candidates) {
      const score = rollout(game, stateId, candidate, seeds);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    const decision = best.decide(game, stateId, random);
    return {
      plan: decision.plan,
      reasons: [
        { code: 'simulated-best', strategy: best.id, score: bestScore },
        ...decision.reasons,
      ],
    };
  },
};
