/**
 * `step`: the public, immutable way to play a turn. The turn's rules run on an
 * immer draft, so the result shares every unchanged part with the input and the
 * input is never touched — safe for history, undo and React-style clients.
 */
import { produce } from 'immer';
import type { PlanError } from '../kernel';
import { completePlans, createContext, ofState, restoreGenerator, runTurn } from '../kernel';
import type { GameState, Plans, StateId, TurnReport } from '../model';
import { getStrategy } from '../strategies';

/** The next game, or why the plans were refused (the game is then unchanged). */
export type StepResult =
  | { readonly ok: true; readonly game: GameState; readonly report: TurnReport }
  | { readonly ok: false; readonly errors: readonly PlanError[] };

/** The strategy that plays a state, if a strategy does. */
export function controllerStrategy(game: GameState, stateId: StateId) {
  // Read through a switch on the id (see kernel/by-key.ts): every state's plan asks this every turn.
  const controller = ofState(game.controllers, stateId);
  return controller === 'human' ? undefined : getStrategy(controller);
}

/**
 * Resolves one turn. Plans given are validated; states without a plan are
 * played by their strategy (a human-controlled state must have one).
 */
export function step(game: GameState, plans: Plans = {}): StepResult {
  if (game.finished) {
    return {
      ok: false,
      errors: [
        { code: 'game-over', state: '', field: '', message: `The game ended in ${game.endYear}.` },
      ],
    };
  }
  const completed = completePlans(game, plans, (id) => controllerStrategy(game, id));
  if (!completed.ok) return completed;
  const generator = restoreGenerator(game.rng);
  let report: TurnReport | undefined;
  const next = produce(game, (draft) => {
    report = runTurn(draft as GameState, completed.plans, createContext(game, generator, true));
    draft.rng = generator.state();
  });
  return { ok: true, game: next, report: report as TurnReport };
}
