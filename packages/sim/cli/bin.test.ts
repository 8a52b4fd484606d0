import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot, requireBuild } from '../node/built';
import packageJson from '../package.json';
import { EXIT_INTERNAL } from './exit-codes';
import { tempDir } from './test-io';

// `bin/c5sim.js` is committed, so npm links `c5sim` at install time, before the build.
const bin = join(packageRoot, 'bin', 'c5sim.js');
const repoRoot = join(packageRoot, '..', '..');
const temp = tempDir('c5sim-bin-');
afterAll(temp.remove);

describe('the c5sim bin', () => {
  it('is the committed loader, and is published', () => {
    expect(packageJson.bin).toEqual({ c5sim: './bin/c5sim.js' });
    expect(packageJson.files).toContain('bin');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('runs as the README shows: npx --no-install c5sim --help, from the clone root', () => {
    requireBuild();
    const run = spawnSync('npx', ['--no-install', 'c5sim', '--help'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: c5sim \[options\] \[command\]/);
    expect(run.stdout).toContain('scenarios');
  });

  it('says to run npm run build, exit 3, when dist/ is missing', () => {
    // A copy of the loader in a package folder with no dist/ beside it.
    mkdirSync(join(temp.dir, 'bin'));
    copyFileSync(bin, join(temp.dir, 'bin', 'c5sim.js'));
    copyFileSync(join(packageRoot, 'package.json'), join(temp.dir, 'package.json'));
    const run = spawnSync(process.execPath, [join(temp.dir, 'bin', 'c5sim.js'), 'scenarios'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(EXIT_INTERNAL);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the CLI is not built');
    expect(run.stderr).toContain('npm run build');
  });
});
