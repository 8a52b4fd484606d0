/** Reading the JSON files the CLI takes: scenarios, saves and replays, told apart by `format`. */
import { REPLAY_FORMAT } from '../src/engine/replay';
import { SAVE_FORMAT } from '../src/engine/serialize';
import { readText, UsageError } from './common';

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

/** Reads a file (a `UsageError` if it cannot be read) and parses it as JSON. */
export function readJson(path: string, what = 'file'): JsonFile {
  const text = readText(path, what);
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
    `unknown "format" ${JSON.stringify(format)}; expected "${SAVE_FORMAT}", "${REPLAY_FORMAT}" or none (a scenario)`,
  );
}
