/**
 * The fast path: the same turn rules on a plain mutable copy, without immer and
 * without building explanations. Batch runs and lookahead rollouts use it.
 */
import type { GameState, PendingDelivery, Plan, StateId } from '../model';
import { createContext } from './context';
import { type Generator, restoreGenerator } from './rng';
import { runTurn, workingCopy } from './turn';

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

/**
 * A copy of a game that owns every record and array a turn writes: the state
 * and partner records, the deck, the history, the log and the pending
 * deliveries and their entries. Turns then change it in place
 * (`resolveOwnedTurn`) instead of copying every record each turn; the game it
 * was copied from is never touched.
 */
export function ownedCopy(game: GameState): GameState {
  const state = workingCopy(game);
  state.history = game.history.slice();
  state.log = game.log.slice();
  // Each entry copied with its keys in their order: a turn counts the entries down in place.
  const pending: PendingDelivery[] = [];
  for (let i = 0; i < game.pending.length; i++)
    pending.push({ ...(game.pending[i] as PendingDelivery) });
  state.pending = pending;
  return state;
}

/**
 * Resolves one turn in place on an `ownedCopy`, without explanations.
 * `generator` continues the state's own sequence from turn to turn (restored
 * once from `state.rng`); its state is saved back after the turn.
 */
export function resolveOwnedTurn(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  generator: Generator,
): void {
  runTurn(state, plans, createContext(state, generator, false), true);
  state.rng = generator.state();
}
