/**
 * Completing a turn's plans: plans given for a state are validated; states
 * without one are decided by their controller's strategy.
 */
import { STATE_IDS } from '@c5plus/core';
import type { GameState, Plan, Plans, StateId, Strategy } from '../model';
import { ofState } from './by-key';
import { seededGenerator } from './rng';
import { type PlanError, validatePlan } from './validate';

/**
 * The generator a strategy decides with: seeded by the game's seed, the year
 * and the state, and independent of the game's own generator, so that a replay
 * of recorded plans draws exactly the same chances as the game did.
 */
export function strategyRandom(game: GameState, stateId: StateId): () => number {
  // Seeded on first use: most strategies never draw, and seeding is the costly part.
  let generator: (() => number) | undefined;
  const { seed, year } = game;
  return () => {
    generator ??= seededGenerator(`${seed}|${year}|${stateId}`);
    return generator();
  };
}

/**
 * Whether the strategy deciding now is asked for its reasons. `decidePlan`
 * turns them off while it decides: it keeps only the plan, and the plan is the
 * same either way (reasons are never stored in the log, nor hashed). Every
 * other call of `decide` (the adviser, a client) gets them as before.
 */
let reasonsWanted = true;

/** Whether the strategy deciding now should give its reasons (see `decidePlan`). */
export function decisionReasonsWanted(): boolean {
  return reasonsWanted;
}

/**
 * A strategy's plan alone, decided without building its reasons: what
 * completing a turn's plans and the lookahead's rollouts need, every
 * decision of every game.
 */
export function decidePlan(
  strategy: Strategy,
  game: GameState,
  stateId: StateId,
  random: () => number,
): Plan {
  const before = reasonsWanted;
  reasonsWanted = false;
  try {
    return strategy.decide(game, stateId, random).plan;
  } finally {
    reasonsWanted = before;
  }
}

/** Complete plans, or the reasons they could not be completed. */
export type CompletedPlans =
  | { readonly ok: true; readonly plans: Readonly<Record<StateId, Plan>> }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

/** Validates the given plans and fills in the rest from each state's controller. */
export function completePlans(
  game: GameState,
  plans: Plans,
  strategyFor: (stateId: StateId) => Strategy | undefined,
  checkStrategies = true,
): CompletedPlans {
  const errors: PlanError[] = [];
  for (const key of Object.keys(plans)) {
    if (!(STATE_IDS as readonly string[]).includes(key))
      errors.push({
        code: 'unknown-state',
        state: key,
        field: key,
        message: `"${key}" is not one of ${STATE_IDS.join(', ')}.`,
      });
  }
  // Gathered in STATE_IDS order, then written out by name (see by-key.ts).
  const complete: Plan[] = [];
  for (const id of STATE_IDS) {
    const given = ofState(plans as Readonly<Record<StateId, Plan | undefined>>, id);
    if (given !== undefined) {
      const problems = validatePlan(game, id, given);
      errors.push(...problems);
      complete.push(given);
      continue;
    }
    const strategy = strategyFor(id);
    if (!strategy) {
      errors.push({
        code: 'missing-plan',
        state: id,
        field: id,
        message: `${id} is played by a person and has no plan this turn.`,
      });
      continue;
    }
    const plan = decidePlan(strategy, game, id, strategyRandom(game, id));
    const problems = checkStrategies ? validatePlan(game, id, plan) : [];
    if (problems.length > 0) {
      throw new Error(
        `Strategy "${strategy.id}" made an invalid plan for ${id}: ${problems.map((p) => p.message).join(' ')}`,
      );
    }
    complete.push(plan);
  }
  if (errors.length > 0) return { ok: false, errors };
  const plan = (i: number) => complete[i] as Plan;
  return {
    ok: true,
    plans: { KAZ: plan(0), KGZ: plan(1), TJK: plan(2), TKM: plan(3), UZB: plan(4) },
  };
}
