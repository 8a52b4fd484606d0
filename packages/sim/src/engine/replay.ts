/**
 * Replays and counterfactuals. A replay is the scenario, the seed and every
 * turn's plans; re-applying them reproduces the game bit for bit.
 */
import type { Scenario } from '../model/scenario';
import type { Controller, GameState, Plan, StateId } from '../model/types';
import { createGame } from './game';
import { hashState } from './hash';
import { step } from './step';

/** Every turn's complete plans, in order. */
export type PlanLog = readonly {
  readonly year: number;
  readonly plans: Readonly<Record<StateId, Plan>>;
}[];

/** The marker a replay file starts with. */
export const REPLAY_FORMAT = 'c5plus-replay';

/** A replay file's content. */
export interface Replay {
  readonly format: typeof REPLAY_FORMAT;
  readonly scenario: Scenario;
  readonly seed: string;
  readonly controllers: Readonly<Record<StateId, Controller>>;
  readonly plans: PlanLog;
  /** `hashState` of the final game, to verify the replay. */
  readonly hash: string;
}

/** The replay of a game so far. */
export function toReplay(game: GameState): Replay {
  return {
    format: REPLAY_FORMAT,
    scenario: game.scenario,
    seed: game.seed,
    controllers: game.controllers,
    plans: game.log,
    hash: hashState(game),
  };
}

/** Re-plays `planLog` (or its first `turns` turns) from the start of the scenario. */
export function replay(
  scenario: Scenario,
  seed: string,
  planLog: PlanLog,
  options: {
    readonly controllers?: Partial<Record<StateId, Controller>>;
    readonly turns?: number;
  } = {},
): GameState {
  let game = createGame({
    scenario,
    seed,
    ...(options.controllers ? { controllers: options.controllers } : {}),
  });
  const turns = Math.min(options.turns ?? planLog.length, planLog.length);
  for (let t = 0; t < turns; t++) {
    const entry = planLog[t];
    if (!entry) break;
    if (entry.year !== game.year)
      throw new Error(
        `The replay's turn ${t} is for ${entry.year}, but the game is in ${game.year}.`,
      );
    const result = step(game, entry.plans);
    if (!result.ok)
      throw new Error(
        `The replay's plans for ${entry.year} were refused: ${result.errors.map((e) => `${e.state} ${e.field}: ${e.message}`).join('; ')}`,
      );
    game = result.game;
  }
  return game;
}

/**
 * The game as it stood at the start of turn `turn` (0 = the first year), to
 * try another choice from there: a counterfactual.
 */
export function forkAt(source: Replay, turn: number): GameState {
  if (!Number.isInteger(turn) || turn < 0 || turn > source.plans.length)
    throw new RangeError(`Turn ${turn} is outside the replay (0 to ${source.plans.length}).`);
  return replay(source.scenario, source.seed, source.plans, {
    controllers: source.controllers,
    turns: turn,
  });
}

/** Whether a replay reproduces its recorded hash; returns the hash it reached. */
export function verifyReplay(source: Replay): {
  readonly ok: boolean;
  readonly hash: string;
  readonly game: GameState;
} {
  const game = replay(source.scenario, source.seed, source.plans, {
    controllers: source.controllers,
  });
  const hash = hashState(game);
  return { ok: hash === source.hash, hash, game };
}
