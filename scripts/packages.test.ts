/**
 * What the README promises about the packages: the root `npm run export`
 * forwards to the dataset export, and each package passes a publishing dry run
 * with the files a user needs (the `c5sim` loader among them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'c5plus-packages-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function npm(args: readonly string[], cwd = root) {
  const run = spawnSync('npm', [...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run export -- <folder>, at the root', () => {
  it('writes the dataset and its schema into the folder, relative to where it is typed', () => {
    const folder = relative(root, join(temp, 'out'));
    const run = npm(['run', 'export', '--', folder]);
    expect(run.stderr).not.toMatch(/ERR!/);
    expect(run.status).toBe(0);
    expect(existsSync(join(temp, 'out', 'dataset.json'))).toBe(true);
    expect(existsSync(join(temp, 'out', 'dataset.schema.json'))).toBe(true);
    expect(run.stdout).toContain(`wrote ${folder}/dataset.json`);
  });
});

describe.each([
  ['@c5plus/core', ['dist/index.js', 'dist/index.cjs', 'dist/dataset.json', 'README.md']],
  [
    '@c5plus/sim',
    ['bin/c5sim.js', 'dist/cli.js', 'dist/index.js', 'dist/node/batch-worker.js', 'README.md'],
  ],
])('npm publish --dry-run -w %s', (name, needed) => {
  it('passes, and publishes the files a user needs', () => {
    const run = npm(['publish', '--dry-run', '--json', '-w', name]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, { files: { path: string }[] }>;
    const files = (report[name]?.files ?? []).map((f) => f.path);
    for (const file of needed) expect(files).toContain(file);
    expect(files.some((f) => f.endsWith('.test.ts'))).toBe(false);
  });
});
