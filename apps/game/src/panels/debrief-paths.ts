/**
 * The debrief's paths: the player's welfare and autonomy year by year, beside
 * the same scenario and seed with the player's state played by each of the
 * sim's strategies (the historical line first, lookahead included), the other
 * four states on their own strategies. Everything is computed by the sim
 * (`createGame`, `step`, `welfare`); the runs go one turn per task so the
 * page keeps answering while lookahead thinks.
 */
import { createGame, type GameState, type StateId, step, strategies, welfare } from '@c5plus/sim';

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

/** The strategies to compare with, the historical line first. */
export function comparedStrategies(): string[] {
  const ids = Object.keys(strategies);
  return ['historical', ...ids.filter((id) => id !== 'historical')];
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

/** Lets the page breathe between turns. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Plays the game again from its start with the player's state on `strategy`,
 * one turn per task; `keepGoing` false stops it (the screen was left).
 */
export async function runPath(
  game: GameState,
  player: StateId,
  strategy: string,
  options: { readonly pause?: () => Promise<void>; readonly keepGoing?: () => boolean } = {},
): Promise<Path | undefined> {
  const pause = options.pause ?? nextTask;
  let current = createGame({
    scenario: game.scenario,
    seed: game.seed,
    controllers: { ...game.controllers, [player]: strategy },
  });
  const points = [pointOf(current, player)];
  while (!current.finished) {
    await pause();
    if (options.keepGoing && !options.keepGoing()) return undefined;
    const result = step(current);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    current = result.game;
    points.push(pointOf(current, player));
  }
  return { id: strategy, points };
}

/** Runs of the same game already made, by scenario, seed, controllers and player. */
const cache = new Map<string, Path>();

const keyOf = (game: GameState, player: StateId, strategy: string) =>
  JSON.stringify([
    game.scenario.id,
    game.scenario.endYear,
    game.seed,
    game.controllers,
    player,
    strategy,
  ]);

/** Every compared strategy's path, run once per game and kept; `onPath` hears each as it lands. */
export async function runPaths(
  game: GameState,
  player: StateId,
  onPath: (path: Path, done: number, total: number) => void,
  keepGoing: () => boolean = () => true,
): Promise<Path[] | undefined> {
  const ids = comparedStrategies();
  const paths: Path[] = [];
  for (const id of ids) {
    const key = keyOf(game, player, id);
    const path = cache.get(key) ?? (await runPath(game, player, id, { keepGoing }));
    if (!path) return undefined;
    cache.set(key, path);
    paths.push(path);
    onPath(path, paths.length, ids.length);
  }
  return paths;
}
