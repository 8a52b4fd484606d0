/**
 * The fast path: the same turn rules on a plain mutable copy, without immer and
 * without building explanations. Batch runs and lookahead rollouts use it.
 */
import type { GameState, Plan, StateId } from '../model/types';
import { createContext } from './context';
import { restoreGenerator } from './rng';
import { runTurn } from './turn';

/**
 * A mutable copy of a game. Everything is shared with the original, not
 * copied: each turn starts by replacing the state and partner records with
 * fresh copies (see `runTurn`), and replaces the history and log arrays.
 */
export function plainCopy(game: GameState): GameState {
  return {
    ...game,
    rng: { ...game.rng },
    deck: { order: game.deck.order, next: game.deck.next },
  };
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
