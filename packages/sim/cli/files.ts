/** Reading the JSON files the CLI takes: scenarios, saves and replays, told apart by `format`. */
import { REPLAY_FORMAT, SAVE_FORMAT } from '../src/orchestration';
import { UsageError } from './errors';
import { readInputText } from './read-file';

/** What kind of file a parsed JSON document is. */
export type FileKind = 'scenario' | 'save' | 'replay';

export { REPLAY_FORMAT };

/** A file's text and its JSON, or why it is not JSON. */
export interface JsonFile {
  readonly text: string;
  readonly json:
    | { readonly ok: true; readonly value: unknown }
    | { readonly ok: false; readonly reason: string };
}

/**
 * Reads a file (an `InvalidInputError` if it cannot be read: missing, special,
 * too large, not UTF-8) and parses it as JSON.
 */
export function readJson(path: string, what = 'file'): JsonFile {
  const text = readInputText(path, what);
  try {
    return { text, json: { ok: true, value: JSON.parse(text) } };
  } catch (error) {
    return { text, json: { ok: false, reason: `not valid JSON: ${(error as Error).message}` } };
  }
}

/**
 * Tells a save (`format: "c5plus-save"`) and a replay (`format: "c5plus-replay"`)
 * from a scenario (no `format`). Throws a `UsageError` for any other `format`.
 */
export function kindOf(value: unknown): FileKind {
  const format =
    value !== null && typeof value === 'object'
      ? (value as { format?: unknown }).format
      : undefined;
  if (format === SAVE_FORMAT) return 'save';
  if (format === REPLAY_FORMAT) return 'replay';
  if (format === undefined) return 'scenario';
  throw new UsageError(
    `unknown "format" ${JSON.stringify(format).slice(0, 60)}; expected "${SAVE_FORMAT}", "${REPLAY_FORMAT}" or none (a scenario)`,
  );
}

/**
 * What a parsed file looks like, by its distinctive keys, to say so when it is
 * given where another kind is expected: "a save", "a plan", "batch results".
 */
export function looksLike(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value !== 'object')
    return `a JSON ${value === null ? 'null' : typeof value}`;
  const v = value as Record<string, unknown>;
  if (v.format === SAVE_FORMAT) return 'a save';
  if (v.format === REPLAY_FORMAT) return 'a replay';
  if ('game' in v && 'schemaVersion' in v) return 'a save';
  if ('plans' in v && 'hash' in v) return 'a replay';
  if ('results' in v && 'seeds' in v) return 'batch results';
  if ('engagements' in v && 'consultation' in v) return 'a plan';
  if ('initial' in v && 'startYear' in v) return 'a scenario';
  return 'an unknown JSON object';
}
