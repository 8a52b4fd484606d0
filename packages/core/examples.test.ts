/**
 * Proof that the published package works outside the monorepo: pack it, install
 * the tarball into a fresh project in a temp folder, and run the three examples
 * in `examples/` (ESM, CommonJS, TypeScript compiled with tsc) against it.
 * Their output is checked against the dataset itself, not against fixed text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDates } from './src/dates';
import { timeline } from './src/queries';
import type { Dataset, PartnerId } from './src/types';

const packageRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(packageRoot, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'c5-examples-'));
const project = join(temp, 'project');
/**
 * The dataset inside the installed tarball: what the examples read. (The export
 * test checks that it equals the source; here a stale dist must not fail.)
 */
let packedDataset: Dataset;

/**
 * The environment for child npm and node processes, without the `npm_*`
 * variables of the `npm test -w …` that runs this file: they would make the
 * nested npm act on this workspace instead of the temp project.
 */
const cleanEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')),
);

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env: cleanEnv, encoding: 'utf8', stdio: 'pipe' });
}

beforeAll(() => {
  for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'dataset.json']) {
    if (!existsSync(join(packageRoot, 'dist', file)))
      throw new Error(`dist/${file} is missing: run npm run build -w @c5plus/core first`);
  }
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], packageRoot),
  ) as { filename: string }[];
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'c5plus-examples-check', private: true, type: 'module' }),
  );
  // core has no dependencies, so the tarball installs offline from an empty cache.
  run(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--ignore-scripts',
      `--cache=${join(temp, 'npm-cache')}`,
      join(temp, packed!.filename),
    ],
    project,
  );
  cpSync(join(repoRoot, 'examples'), join(project, 'examples'), {
    recursive: true,
    filter: (source) => !/[\\/](dist|node_modules)$/.test(source),
  });
  // The TypeScript example needs Node's types; borrow the monorepo's rather than download them.
  mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
  symlinkSync(
    join(repoRoot, 'node_modules', '@types', 'node'),
    join(project, 'node_modules', '@types', 'node'),
    'dir',
  );
  run(
    process.execPath,
    [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'examples/typescript'],
    project,
  );
  packedDataset = JSON.parse(
    readFileSync(join(project, 'node_modules', '@c5plus', 'core', 'dist', 'dataset.json'), 'utf8'),
  );
  // Packing, an offline install and tsc: minutes on a loaded machine; this is no speed test.
}, 180_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

const examples = {
  'node-esm': ['examples/node-esm/timeline.mjs'],
  'node-cjs': ['examples/node-cjs/timeline.cjs'],
  typescript: ['examples/typescript/dist/timeline.js'],
} as const;

/** The dated lines an example prints, as `[date, rest]`. */
function datedLines(output: string): [string, string][] {
  return output
    .split('\n')
    .map((line) => /^(\d{4}(?:-\d{2}){0,2})\s{2,}(.+)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1]!, match[2]!]);
}

function expectTimelineOf(partner: PartnerId, output: string) {
  const expected = timeline({ partner, c5plus: true }, packedDataset);
  const lines = datedLines(output);
  expect(lines.map(([date]) => date)).toEqual(expected.map((event) => event.date));
  for (const [i, [, rest]] of lines.entries()) expect(rest).toContain(expected[i]!.title);
  const dates = lines.map(([date]) => date);
  expect([...dates].sort(compareDates)).toEqual(dates);
}

describe.each(Object.entries(examples))(
  'the %s example, run on the packed tarball',
  (_, [script]) => {
    it("prints Japan's C5+ meetings by default, in date order", () => {
      const output = run(process.execPath, [script], project);
      expect(output).toMatch(/^C5\+ meetings with /);
      expectTimelineOf('japan', output);
    }, 30_000);

    it('prints the partner named on the command line', () => {
      expectTimelineOf('usa', run(process.execPath, [script, 'usa'], project));
    }, 30_000);

    it('refuses an unknown partner with the list of known ones', () => {
      const result = spawnSync(process.execPath, [script, 'atlantis'], {
        cwd: project,
        env: cleanEnv,
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Known partners: japan');
    }, 30_000);
  },
);
