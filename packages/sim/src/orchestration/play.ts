/** Playing a game to its end with every state on its controller's strategy. */

import { completePlans, plainCopy, resolveTurnInPlace } from '../kernel';
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
 * Plays to the end on one plain copy, without immer or explanations: the fast
 * path for batches. Gives the same final state (and hash) as `playOut`.
 */
export function playOutPlain(game: GameState): GameState {
  const state = plainCopy(game);
  while (!state.finished) {
    const completed = completePlans(state, {}, (id) => controllerStrategy(state, id), false);
    if (!completed.ok) throw new Error(completed.errors.map((e) => e.message).join(' '));
    resolveTurnInPlace(state, completed.plans);
  }
  return state;
}
