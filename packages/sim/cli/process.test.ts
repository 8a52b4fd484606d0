import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFiles, requireBuild } from '../node/built';
import { scenarios } from '../src/scenarios';
import { tempDir, withoutProgress } from './test-io';

// The built `dist/cli.js`, run through `node` as a user runs `c5sim`.
requireBuild();
const temp = tempDir('c5sim-process-');
afterAll(temp.remove);

function c5sim(...args: string[]) {
  const run = spawnSync(process.execPath, [builtFiles.cli, ...args], {
    encoding: 'utf8',
    cwd: temp.dir,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('dist/cli.js', () => {
  it('starts with a hashbang, so that npm can link it as the c5sim bin', () => {
    expect(readFileSync(builtFiles.cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('lists the scenarios, exit 0', () => {
    const { code, stdout, stderr } = c5sim('scenarios');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const s of scenarios) expect(stdout).toContain(s.id);
  });

  it('exits 2 with one error line for a bad argument', () => {
    const { code, stdout, stderr } = c5sim('batch', '--runs', 'lots');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'c5sim: error: --runs must be a whole number from 1 to 10,000,000 (got "lots")\n',
    );
  });

  it('finds its batch worker from the bundle and writes the runs', () => {
    const { code, stdout, stderr } = c5sim(
      'batch',
      '--scenario',
      'sandbox',
      '--runs',
      '6',
      '--out',
      'runs.csv',
    );
    expect(withoutProgress(stderr)).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote 6 rows to runs.csv.');
    expect(readFileSync(join(temp.dir, 'runs.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(7);
  });
});
