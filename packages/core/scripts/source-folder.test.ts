import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCE_FILES } from '../src/types';
import { findSourceFolder, isCI, notFoundMessage } from './source-folder';

const temp = mkdtempSync(join(tmpdir(), 'c5-sources-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('isCI', () => {
  it('treats any value but unset, empty, 0 and false as CI', () => {
    for (const yes of ['true', '1', 'TRUE', 'yes', 'github', ' 1 ']) expect(isCI(yes)).toBe(true);
    for (const no of [undefined, '', '  ', '0', 'false', 'False']) expect(isCI(no)).toBe(false);
  });
});

describe('findSourceFolder', () => {
  const seeds = join(temp, 'work', 'shared', 'seeds');
  const deep = join(temp, 'work', 'repo', 'packages', 'core');
  mkdirSync(seeds, { recursive: true });
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(seeds, SOURCE_FILES[0]), 'text');

  it('finds shared/seeds beside an ancestor', () => {
    expect(findSourceFolder(deep, undefined)).toEqual({
      folder: seeds,
      from: 'search',
      found: true,
    });
  });

  it('keeps a C5PLUS_SOURCES folder that is missing, and says so', () => {
    const missing = join(temp, 'nowhere');
    const result = findSourceFolder(deep, missing);
    expect(result).toEqual({ folder: missing, from: 'C5PLUS_SOURCES', found: false });
    expect(notFoundMessage(result)).toContain(`C5PLUS_SOURCES names ${missing}`);
  });

  it('names the nearest folder looked at when the search finds nothing', () => {
    const lonely = join(temp, 'lonely');
    mkdirSync(lonely);
    const result = findSourceFolder(lonely, '');
    expect(result).toEqual({
      folder: join(lonely, 'shared', 'seeds'),
      from: 'search',
      found: false,
    });
    expect(notFoundMessage(result)).toContain(join(lonely, 'shared', 'seeds'));
  });
});
