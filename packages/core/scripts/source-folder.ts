/**
 * Where the citation test finds the five source documents, and whether it runs
 * under CI. The documents are not part of the repository: they are cited.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SOURCE_FILES } from '../src/types';

/**
 * Whether `CI` means "running under CI". Services set it to `true`, `1` or a
 * name; only an unset or empty value, `0` or `false` (any case) mean no.
 */
export function isCI(value: string | undefined): boolean {
  if (value === undefined) return false;
  const normalized = value.trim().toLowerCase();
  return normalized !== '' && normalized !== '0' && normalized !== 'false';
}

/** Where the source documents were looked for, and whether they are there. */
export interface SourceFolder {
  /** The folder that holds the documents, or the one looked at when they were not found. */
  readonly folder: string;
  /** How the folder was chosen, for messages: the variable, or the search upward. */
  readonly from: 'C5PLUS_SOURCES' | 'search';
  /** True when the first document exists in `folder`. */
  readonly found: boolean;
}

/**
 * The folder named by `C5PLUS_SOURCES` if it is set (found or not: a folder
 * named on purpose is never silently replaced), otherwise the first
 * `shared/seeds` beside `start` or one of its ancestors that holds the
 * documents. When none does, `folder` is the nearest `shared/seeds` looked at.
 */
export function findSourceFolder(start: string, fromEnv: string | undefined): SourceFolder {
  const has = (folder: string) => existsSync(join(folder, SOURCE_FILES[0]));
  if (fromEnv) {
    const folder = resolve(fromEnv);
    return { folder, from: 'C5PLUS_SOURCES', found: has(folder) };
  }
  const nearest = join(start, 'shared', 'seeds');
  for (let dir = start; ; ) {
    const candidate = join(dir, 'shared', 'seeds');
    if (has(candidate)) return { folder: candidate, from: 'search', found: true };
    const parent = dirname(dir);
    if (parent === dir) return { folder: nearest, from: 'search', found: false };
    dir = parent;
  }
}

/** Why the documents were not found, naming the folder looked at and how to fix it. */
export function notFoundMessage({ folder, from }: SourceFolder): string {
  const looked =
    from === 'C5PLUS_SOURCES'
      ? `C5PLUS_SOURCES names ${folder}, which does not hold ${SOURCE_FILES[0]}.`
      : `No shared/seeds folder holding ${SOURCE_FILES[0]} was found beside this package or any ancestor (nearest looked at: ${folder}).`;
  return (
    `The source documents were not found. ${looked} Put the five documents ` +
    '(000_…txt to 004_…txt) in ../shared/seeds beside the project, or name their folder ' +
    'in the C5PLUS_SOURCES environment variable.'
  );
}
