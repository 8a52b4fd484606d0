/**
 * Replays and counterfactuals. A replay is the scenario, the seed and every
 * turn's plans; re-applying them reproduces the game bit for bit. Format 2
 * records the hash after each turn, so a mismatch names the first turn that
 * diverges; format 1 files (one final hash) are still read.
 */
import { STATE_IDS } from '@c5plus/core';
import {
  type Controller,
  type GameState,
  type Plan,
  type Scenario,
  type StateId,
  z,
} from '../model';
import { scenarioSchema } from '../scenarios';
import { createGame } from './game';
import { hashState } from './hash';
import { InputFileError, type Problem, problemsOf } from './problems';
import { controllerSchema, logEntrySchema } from './save-schema';
import { step } from './step';

/** Every turn's complete plans, in order. */
export type PlanLog = readonly {
  readonly year: number;
  readonly plans: Readonly<Record<StateId, Plan>>;
}[];

/** The marker a replay file starts with. */
export const REPLAY_FORMAT = 'c5plus-replay';

/** The replay format this program writes: 2 adds `version` and per-turn `hashes`. */
export const REPLAY_VERSION = 2;

/** A replay file's content. */
export interface Replay {
  readonly format: typeof REPLAY_FORMAT;
  /** 2 for files with per-turn hashes; absent in format 1 files. */
  readonly version?: number;
  readonly scenario: Scenario;
  readonly seed: string;
  readonly controllers: Readonly<Record<StateId, Controller>>;
  readonly plans: PlanLog;
  /** `hashState` after each turn (format 2). */
  readonly hashes?: readonly string[];
  /** `hashState` of the final game, to verify the replay. */
  readonly hash: string;
}

/** Why a replay could not be read or played: its problems, and the turn at fault if one is. */
export class ReplayError extends InputFileError {
  override readonly name = 'ReplayError';
  /** The index (0 = first year) of the turn at fault, when one is. */
  declare readonly turn?: number;
  constructor(message: string, problems: readonly Problem[] = [], turn?: number) {
    super(message, problems, turn, '(replay)');
  }
}

const hash = z.string().check(z.regex(/^[0-9a-f]{16}$/, 'must be 16 hexadecimal digits'));
const controllers = z.strictObject(
  Object.fromEntries(STATE_IDS.map((id) => [id, controllerSchema])) as Record<
    StateId,
    typeof controllerSchema
  >,
);

/** The replay file format, versions 1 and 2. */
export const replaySchema = z
  .strictObject({
    format: z.literal(REPLAY_FORMAT),
    version: z.optional(z.union([z.literal(1), z.literal(REPLAY_VERSION)])),
    scenario: scenarioSchema,
    seed: z.string(),
    controllers,
    plans: z.array(logEntrySchema),
    hashes: z.optional(z.array(hash)),
    hash,
  })
  .check(
    z.superRefine((r, ctx) => {
      const years = r.scenario.endYear - r.scenario.startYear + 1;
      if (r.plans.length > years)
        ctx.addIssue({
          code: 'custom',
          path: ['plans'],
          message: `${r.plans.length} turns, but the scenario has ${years} (${r.scenario.startYear}–${r.scenario.endYear})`,
        });
      r.plans.forEach((entry, t) => {
        if (entry.year !== r.scenario.startYear + t)
          ctx.addIssue({
            code: 'custom',
            path: ['plans', t, 'year'],
            message: `must be ${r.scenario.startYear + t} (turn ${t})`,
          });
      });
      const version = r.version ?? 1;
      if (version === 2 && r.hashes?.length !== r.plans.length)
        ctx.addIssue({
          code: 'custom',
          path: ['hashes'],
          message: `a format ${version} replay has one hash per turn (${r.plans.length})`,
        });
      if (version === 1 && r.hashes !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['hashes'],
          message: 'format 1 has no per-turn hashes',
        });
    }),
  );

/** A replay file checked against the format: the replay, or a `ReplayError` with every problem. */
export function loadReplay(
  value: unknown,
):
  | { readonly ok: true; readonly replay: Replay }
  | { readonly ok: false; readonly error: ReplayError } {
  const parsed = replaySchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, error: new ReplayError('The replay is invalid', problemsOf(parsed.error)) };
  return { ok: true, replay: parsed.data as unknown as Replay };
}

/** The replay of a game so far (format 2: the game is replayed once for its per-turn hashes). */
export function toReplay(game: GameState): Replay {
  const hashes: string[] = [];
  replay(game.scenario, game.seed, game.log, {
    controllers: game.controllers,
    onTurn: (g) => hashes.push(hashState(g)),
  });
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    scenario: game.scenario,
    seed: game.seed,
    controllers: game.controllers,
    plans: game.log,
    hashes,
    hash: hashState(game),
  };
}

/**
 * Re-plays `planLog` (or its first `turns` turns) from the start of the
 * scenario. Throws a `ReplayError` naming the turn whose plans are refused.
 */
export function replay(
  scenario: Scenario,
  seed: string,
  planLog: PlanLog,
  options: {
    readonly controllers?: Partial<Record<StateId, Controller>>;
    readonly turns?: number;
    /** Called with the game after each turn. */
    readonly onTurn?: (game: GameState, turn: number) => void;
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
    if (!entry || typeof entry !== 'object')
      throw new ReplayError(`The replay's turn ${t} has no plans`, [], t);
    if (entry.year !== game.year)
      throw new ReplayError(
        `The replay's turn ${t} is for ${entry.year}, but the game is in ${game.year}`,
        [
          {
            path: `plans[${t}].year`,
            message: `is ${entry.year}, but the game is in ${game.year}`,
          },
        ],
        t,
      );
    const result = step(game, entry.plans);
    if (!result.ok)
      throw new ReplayError(
        `The replay's plans for ${entry.year} were refused`,
        result.errors.map((e) => ({
          path: `plans[${t}].plans.${e.state}${e.field ? `.${e.field}` : ''}`,
          message: e.message,
        })),
        t,
      );
    game = result.game;
    options.onTurn?.(game, t);
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

/**
 * Whether a replay reproduces its recorded hash; returns the hash it reached
 * and, on a mismatch, the first turn that diverges (format 2; for format 1
 * only the end is known to differ).
 */
export function verifyReplay(source: Replay): {
  readonly ok: boolean;
  readonly hash: string;
  readonly game: GameState;
  /** The index of the first turn whose hash differs from the record (format 2), if any. */
  readonly divergesAt?: { readonly turn: number; readonly year: number };
} {
  let first: { turn: number; year: number } | undefined;
  const game = replay(source.scenario, source.seed, source.plans, {
    controllers: source.controllers,
    onTurn: (g, t) => {
      if (first || !source.hashes) return;
      if (hashState(g) !== source.hashes[t]) first = { turn: t, year: g.year - 1 };
    },
  });
  const hash = hashState(game);
  // Every turn matched but the recorded final hash does not: the last turn is at fault.
  if (!first && source.hashes && hash !== source.hash && source.plans.length > 0)
    first = { turn: source.plans.length - 1, year: game.year - 1 };
  const ok = hash === source.hash && first === undefined;
  return { ok, hash, game, ...(first ? { divergesAt: first } : {}) };
}
