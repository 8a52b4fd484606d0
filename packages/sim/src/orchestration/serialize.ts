/**
 * Saving and loading games. A save names its schema version; older saves are
 * carried forward by migrations, one version at a time. A loaded save is
 * checked against the save schema, then its log is replayed from scenario and
 * seed: a state that does not follow from them is refused, never played on.
 * A save from an earlier version was played under earlier rules: its plans
 * are kept and replayed under the current ones, so the player loses nothing.
 */
import type { GameState, Scenario } from '../model';
import { createGame, SCHEMA_VERSION } from './game';
import { hashState, hashValue } from './hash';
import { formatPath, InputFileError, type Problem, problemsOf } from './problems';
import { gameStateSchema } from './save-schema';
import { step } from './step';

/** Carries a save of version `from` to version `from + 1`. */
export type Migration = (game: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from; each shape change adds one here.
 * Version 2 added `pending` (long-term deliveries still to come): a version 1
 * game had none. Version 3 added each partner's `lastPressed`; the replay
 * under the current rules then sets it.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (game) => ({ ...game, pending: [] }),
  2: (game) => ({ ...game, partners: withLastPressed(game.partners) }),
};

/** A version 2 save's partners, each with `lastPressed` as in a new game (never pressed). */
function withLastPressed(partners: unknown): unknown {
  if (partners === null || typeof partners !== 'object') return partners;
  const out: Record<string, unknown> = {};
  for (const [id, partner] of Object.entries(partners)) {
    out[id] =
      partner !== null && typeof partner === 'object'
        ? { ...partner, lastPressed: { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 } }
        : partner;
  }
  return out;
}

/** The marker a save file starts with. */
export const SAVE_FORMAT = 'c5plus-save';

/** Why a save could not be read: every problem by path, and for a divergence the first year that differs. */
export class SaveError extends InputFileError {
  override readonly name = 'SaveError';
  /** For a save whose state does not follow from its log: the first year that differs. */
  declare readonly turn?: number;
  constructor(message: string, problems: readonly Problem[] = [], turn?: number) {
    super(message, problems, turn, '(save)');
  }
}

/** The game as a save file (JSON text). */
export function serialize(game: GameState): string {
  return JSON.stringify({ format: SAVE_FORMAT, schemaVersion: game.schemaVersion, game });
}

/**
 * Reads a save file (text, or JSON already parsed), migrating it to the
 * current version, validating it and replaying its log. Throws a `SaveError`
 * naming every problem for anything that is not a sound save.
 */
export function deserialize(
  input: string | unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): GameState {
  let parsed: unknown = input;
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input);
    } catch (error) {
      throw new SaveError(`The save is not valid JSON: ${(error as Error).message}`);
    }
  }
  const file = parsed as { format?: unknown; schemaVersion?: unknown; game?: unknown };
  if (file === null || typeof file !== 'object' || file.format !== SAVE_FORMAT)
    throw new SaveError(`The file is not a c5plus save (its "format" should be "${SAVE_FORMAT}").`);
  if (typeof file.schemaVersion !== 'number' || !Number.isInteger(file.schemaVersion))
    throw new SaveError('The save has no whole-number "schemaVersion".');
  if (file.schemaVersion > SCHEMA_VERSION)
    throw new SaveError(
      `The save is version ${file.schemaVersion}, newer than this program (version ${SCHEMA_VERSION}).`,
    );
  if (file.game === null || typeof file.game !== 'object' || Array.isArray(file.game))
    throw new SaveError('The save has no "game" object.');
  let game = file.game as Record<string, unknown>;
  const earlierRules = file.schemaVersion < SCHEMA_VERSION;
  for (let version = file.schemaVersion; version < SCHEMA_VERSION; version++) {
    const migrate = migrations[version];
    if (!migrate)
      throw new SaveError(`No migration from save version ${version} to ${version + 1}.`);
    game = { ...migrate(game), schemaVersion: version + 1 };
  }
  const checked = gameStateSchema.safeParse(game);
  if (!checked.success)
    throw new SaveError(
      'The save is invalid',
      problemsOf(checked.error).map((p) => ({ ...p, path: formatPath(['game', p.path]) })),
    );
  const saved = checked.data as unknown as GameState;
  return replayLog(saved, !earlierRules);
}

/**
 * Replays the save's log from its scenario and seed, turn by turn, and returns
 * the game it gives. With `strict`, throws a `SaveError` at the first turn
 * whose result differs from the saved history, or if the final state differs;
 * without, the saved history is the earlier rules' and is replaced.
 */
function replayLog(saved: GameState, strict: boolean): GameState {
  let game = createGame({
    scenario: saved.scenario as Scenario,
    seed: saved.seed,
    controllers: saved.controllers,
  });
  if (
    strict &&
    (hashValue(game.history[0]) !== hashValue(saved.history[0]) ||
      game.deck.order.join() !== saved.deck.order.join())
  )
    throw diverged(saved.startYear, 'the starting state differs from its scenario and seed');
  for (const [t, entry] of saved.log.entries()) {
    const result = step(game, entry.plans);
    if (!result.ok)
      throw new SaveError(
        'The save does not replay',
        result.errors.map((e) => ({
          path: `game.log[${t}].plans.${e.state}${e.field ? `.${e.field}` : ''}`,
          message: e.message,
        })),
        entry.year,
      );
    game = result.game;
    if (strict && hashValue(game.history[t + 1]) !== hashValue(saved.history[t + 1]))
      throw diverged(entry.year, `the state after ${entry.year} differs from the replayed log`);
  }
  if (strict && hashState(game) !== hashState(saved))
    throw diverged(
      saved.log.at(-1)?.year ?? saved.startYear,
      `the saved state does not follow from its scenario, seed and ${saved.log.length} logged turns (it was changed after saving, or saved by another version of the rules)`,
    );
  return strict ? saved : game;
}

function diverged(year: number, message: string): SaveError {
  return new SaveError(`The save diverges in ${year}`, [{ path: 'game', message }], year);
}
