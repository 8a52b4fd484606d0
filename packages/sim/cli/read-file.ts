/**
 * Reading the files people hand the CLI: checked before a byte is read (a
 * directory, a device such as /dev/zero, a FIFO or an oversized file is
 * refused by its `stat`), then decoded as UTF-8 with an optional byte-order
 * mark. UTF-16 text is recognised and named, so the fix is clear.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { InvalidInputError } from './errors';

/** The largest file the CLI reads: scenarios, saves and replays are far smaller. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** How many problems are listed before the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

/** What a non-regular file is, for the message. */
function specialKind(stats: Stats): string | undefined {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (!stats.isFile()) return 'not a regular file';
  return undefined;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Why the file at `path` cannot be read as text, or undefined if it can; from `stat` alone. */
function refusal(stats: Stats): string | undefined {
  const special = specialKind(stats);
  if (special) return `it is ${special}, not a file`;
  if (stats.size > MAX_FILE_BYTES)
    return `it is ${mebibytes(stats.size)}; files over ${mebibytes(MAX_FILE_BYTES)} are refused`;
  return undefined;
}

/** Decodes a file's bytes: UTF-8, a leading byte-order mark dropped; UTF-16 named and refused. */
export function decodeText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: false, reason: 'it is UTF-16 (little-endian) text; save it as UTF-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: false, reason: 'it is UTF-16 (big-endian) text; save it as UTF-8' };
  // UTF-16 without a mark: JSON's ASCII characters leave every other byte zero.
  if (
    bytes.length >= 4 &&
    ((bytes[0] === 0 && bytes[2] === 0) || (bytes[1] === 0 && bytes[3] === 0))
  )
    return {
      ok: false,
      reason: 'it looks like UTF-16 text (no byte-order mark); save it as UTF-8',
    };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      hasBom ? bytes.subarray(3) : bytes,
    );
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'it is not UTF-8 text' };
  }
}

/**
 * A file's text, or an `InvalidInputError` (exit 1) naming the file and why it
 * was refused. Reads at most `MAX_FILE_BYTES + 1` bytes whatever the file claims.
 */
export function readInputText(path: string, what = 'file'): string {
  const fail = (reason: string): never => {
    throw new InvalidInputError(`cannot read the ${what} ${path}: ${reason}`);
  };
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return fail(reasonOf(error));
  }
  const refused = refusal(stats);
  if (refused) fail(refused);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return fail(reasonOf(error));
  }
  try {
    // Checked again on the open file: the path may have been swapped since.
    const again = refusal(fstatSync(fd));
    if (again) fail(again);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_FILE_BYTES)
        fail(`it is over ${mebibytes(MAX_FILE_BYTES)}; larger files are refused`);
    }
    const decoded = decodeText(buffer.subarray(0, length));
    if (!decoded.ok) return fail(decoded.reason);
    return decoded.text;
  } finally {
    closeSync(fd);
  }
}

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOTDIR') return 'a part of the path is not a directory';
  return e.message ?? String(error);
}

/** At most `MAX_LISTED_PROBLEMS` problems, then a line counting the rest. */
export function listProblems(problems: readonly string[], max = MAX_LISTED_PROBLEMS): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), `…and ${problems.length - max} more`];
}
