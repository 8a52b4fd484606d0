/**
 * The debrief's paths: the player's welfare and autonomy year by year, beside
 * the same scenario and seed with the player's state played by each of the
 * sim's strategies (the historical line first, lookahead included), the other
 * four states on their own strategies. Each run is a whole game, played by
 * the sim in its worker (../session/paths.ts), so the page never runs the sim.
 */
import { type GameState, type StateId, strategies } from '@c5plus/sim';
import { app } from '../app';
import type { Path } from '../session/paths';
import type { SimRunner } from '../session/sim-runner';

export { type Path, type PathPoint, pathOf, pointOf } from '../session/paths';

/** The strategies to compare with, the historical line first. */
export function comparedStrategies(): string[] {
  const ids = Object.keys(strategies);
  return ['historical', ...ids.filter((id) => id !== 'historical')];
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

/**
 * Every compared strategy's path, one run at a time, each kept once made;
 * `onPath` hears each as it lands, and `keepGoing` false (the screen was left)
 * asks for no more.
 */
export async function runPaths(
  game: GameState,
  player: StateId,
  onPath: (path: Path, done: number, total: number) => void,
  keepGoing: () => boolean = () => true,
  runner: SimRunner = app.runner,
): Promise<Path[] | undefined> {
  const ids = comparedStrategies();
  const paths: Path[] = [];
  for (const strategy of ids) {
    if (!keepGoing()) return undefined;
    const key = keyOf(game, player, strategy);
    const path = cache.get(key) ?? (await runner.run('path', { game, player, strategy }));
    cache.set(key, path);
    if (!keepGoing()) return undefined;
    paths.push(path);
    onPath(path, paths.length, ids.length);
  }
  return paths;
}
