/**
 * Advice: what each strategy would have a state do this turn, why, and what
 * it would change by the end of the turn if the others play as they do.
 */
import { STATE_IDS } from '@c5plus/core';
import { INDICATORS, plainCopy, resolveTurnInPlace, strategyRandom } from '../kernel';
import type { GameState, Indicator, Plan, Reason, StateId } from '../model';
import { multiVector, strategies } from '../strategies';
import { controllerStrategy } from './step';

/** One strategy's advice. */
export interface Advice {
  readonly strategy: string;
  readonly name: string;
  readonly plan: Plan;
  readonly reasons: readonly Reason[];
  /** The change in each indicator after this turn, if the plan is played. */
  readonly preview: Readonly<Record<Indicator, number>>;
  /** The highest suspicion any partner would hold of the state after the turn. */
  readonly suspicionAfter: number;
}

/** What every strategy would advise `stateId` to do this turn. */
export function advise(game: GameState, stateId: StateId): Advice[] {
  if (game.finished) return [];
  const others = {} as Record<StateId, Plan>;
  for (const id of STATE_IDS) {
    if (id === stateId) continue;
    const strategy = controllerStrategy(game, id) ?? multiVector;
    others[id] = strategy.decide(game, id, strategyRandom(game, id)).plan;
  }
  return Object.values(strategies).map((strategy) => {
    const decision = strategy.decide(game, stateId, strategyRandom(game, stateId));
    const copy = plainCopy(game);
    resolveTurnInPlace(copy, { ...others, [stateId]: decision.plan });
    const preview = {} as Record<Indicator, number>;
    for (const key of INDICATORS)
      preview[key] = copy.states[stateId].indicators[key] - game.states[stateId].indicators[key];
    const suspicionAfter = Math.max(
      ...Object.values(copy.partners).map((p) => p.suspicion[stateId]),
    );
    return {
      strategy: strategy.id,
      name: strategy.name,
      plan: decision.plan,
      reasons: decision.reasons,
      preview,
      suspicionAfter,
    };
  });
}
