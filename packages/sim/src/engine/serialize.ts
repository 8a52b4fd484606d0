/**
 * Saving and loading games. A save names its schema version; older saves are
 * carried forward by migrations, one version at a time.
 */
import type { GameState } from '../model/types';
import { SCHEMA_VERSION } from './game';

/** Carries a save of version `from` to version `from + 1`. */
export type Migration = (game: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from; each shape change adds one here.
 * Version 2 added `pending` (long-term deliveries still to come): a version 1
 * game had none.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (game) => ({ ...game, pending: [] }),
};

/** The marker a save file starts with. */
export const SAVE_FORMAT = 'c5plus-save';

/** Why a save could not be read. */
export class SaveError extends Error {
  override readonly name = 'SaveError';
}

/** The game as a save file (JSON text). */
export function serialize(game: GameState): string {
  return JSON.stringify({ format: SAVE_FORMAT, schemaVersion: game.schemaVersion, game });
}

/**
 * Reads a save file, migrating it to the current version. Throws a `SaveError`
 * naming the problem for anything that is not a readable save.
 */
export function deserialize(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): GameState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SaveError(`The save is not valid JSON: ${(error as Error).message}`);
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
  if (file.game === null || typeof file.game !== 'object')
    throw new SaveError('The save has no "game" object.');
  let game = file.game as Record<string, unknown>;
  for (let version = file.schemaVersion; version < SCHEMA_VERSION; version++) {
    const migrate = migrations[version];
    if (!migrate)
      throw new SaveError(`No migration from save version ${version} to ${version + 1}.`);
    game = { ...migrate(game), schemaVersion: version + 1 };
  }
  const required = [
    'scenario',
    'seed',
    'year',
    'states',
    'partners',
    'rng',
    'controllers',
    'deck',
    'log',
    'history',
  ];
  const missing = required.filter((key) => !(key in game));
  if (missing.length > 0)
    throw new SaveError(`The save's game is missing ${missing.map((k) => `"${k}"`).join(', ')}.`);
  return game as unknown as GameState;
}
