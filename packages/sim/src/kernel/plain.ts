/**
 * The fast path: the same turn rules on a plain mutable copy, without immer and
 * without building explanations. Batch runs and lookahead rollouts use it.
 */
import type { GameState, Plan, StateId } from '../model';
import { createContext } from './context';
import { restoreGenerator } from './rng';
import { runTurn } from './turn';

/**
 * A mutable copy of a game: a shallow copy is enough, because a turn never
 * writes into the records it starts from. `runTurn` replaces the records, the
 * deck, the history and the log with new ones, and `resolveTurnInPlace` the
 * generator's state.
 */
export function plainCopy(game: GameState): GameState {
  return { ...game };
}

/** Resolves one turn in place on a plain copy. `plans` must be complete and valid. */
export function resolveTurnInPlace(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  record = false,
): void {
  const generator = restoreGenerator(state.rng);
  runTurn(state, plans, createContext(state, generator, record));
  state.rng = generator.state();
}
