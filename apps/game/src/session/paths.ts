/**
 * A state's path through a game, year by year: its welfare and autonomy after
 * each turn. The debrief sets the player's path beside the same scenario and
 * seed played again with the player's state on each strategy; those runs are
 * whole games, so they go to the sim's worker (./sim-requests.ts) as one
 * request each. Everything is computed by the sim (`createGame`, `step`, `welfare`).
 */
import { createGame, type GameState, type StateId, step, welfare } from '@c5plus/sim';

export interface PathPoint {
  /** The year just resolved (the year before the start for the starting point). */
  readonly year: number;
  readonly welfare: number;
  readonly autonomy: number;
}

export interface Path {
  /** `you`, or the strategy id. */
  readonly id: string;
  readonly points: readonly PathPoint[];
}

/** Where a state stands in one game state, labelled by the year last resolved. */
export function pointOf(game: GameState, player: StateId): PathPoint {
  const last = game.history[game.history.length - 1];
  return {
    year: last ? last.year : game.year - 1,
    welfare: welfare(game, player),
    autonomy: game.states[player].indicators.autonomy,
  };
}

/** A path through a list of game states (a session's history, say). */
export function pathOf(states: readonly GameState[], player: StateId): PathPoint[] {
  return states.map((s) => pointOf(s, player));
}

/** Plays `game`'s scenario and seed again from the start with `player` on `strategy`, to the end. */
export function strategyPath(game: GameState, player: StateId, strategy: string): Path {
  let current = createGame({
    scenario: game.scenario,
    seed: game.seed,
    controllers: { ...game.controllers, [player]: strategy },
  });
  const points = [pointOf(current, player)];
  while (!current.finished) {
    const result = step(current);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    current = result.game;
    points.push(pointOf(current, player));
  }
  return { id: strategy, points };
}
