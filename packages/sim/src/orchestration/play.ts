/** Playing a game to its end with every state on its controller's strategy. */

import { completePlans, ownedCopy, resolveOwnedTurn, restoreGenerator } from '../kernel';
import type { GameState } from '../model';
import { controllerStrategy, step } from './step';

/** Plays to the end through `step` (immer, explained effects). */
export function playOut(game: GameState): GameState {
  let current = game;
  while (!current.finished) {
    const result = step(current);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    current = result.game;
  }
  return current;
}

/**
 * Plays to the end on one owned copy, without immer or explanations: the fast
 * path for batches. Gives the same final state (and hash) as `playOut`.
 */
export function playOutPlain(game: GameState): GameState {
  // One copy for the whole game, changed in place turn by turn.
  const state = ownedCopy(game);
  const generator = restoreGenerator(state.rng);
  while (!state.finished) {
    const completed = completePlans(state, {}, (id) => controllerStrategy(state, id), false);
    if (!completed.ok) throw new Error(completed.errors.map((e) => e.message).join(' '));
    resolveOwnedTurn(state, completed.plans, generator);
  }
  return state;
}
