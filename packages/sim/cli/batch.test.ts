import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_IDS } from '@c5plus/core';
import { afterAll, describe, expect, it } from 'vitest';
import { builtIndex, requireBuild } from '../node/built';
import { batchSeeds } from '../src/orchestration/batch';
import { batchCommand } from './batch';
import { batchCsv, batchFile, roundRun } from './batch-file';
import { cli, tempDir } from './test-io';

/*
 * The batch runs on worker threads, which load the built worker: these tests
 * need the build (turbo's `test` task runs `build` first). Results are
 * compared with `runBatch` of the same build.
 */
requireBuild();
const built = await builtIndex();
const temp = tempDir('c5sim-batch-');
afterAll(temp.remove);
const sandbox = built.getScenario('sandbox');
if (!sandbox) throw new Error('no sandbox');

describe('c5sim batch', () => {
  const seeds = batchSeeds('b', 12);
  const expected = built.runBatch({ scenario: sandbox, seeds, controllers: { KAZ: 'greedy' } });

  it('writes one CSV row per run, in seed order, and prints the summary and elapsed time', async () => {
    const out = join(temp.dir, 'runs.csv');
    const { code, stdout, stderr } = await cli(
      'batch',
      '--scenario',
      'sandbox',
      '--runs',
      '12',
      '--seed',
      'b',
      '--strategy',
      'KAZ=greedy',
      '--workers',
      '2',
      '--out',
      out,
    );
    // A slow machine may print progress lines (after a second); nothing else.
    expect(stderr.replace(/^batch \d+% \(.*\)\n/gm, '')).toBe('');
    expect(code).toBe(0);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe(
      [
        'scenario',
        'seed',
        'hash',
        ...STATE_IDS.map((id) => `${id}_strategy`),
        'cohesion',
        ...STATE_IDS.flatMap((id) =>
          ['prosperity', 'security', 'autonomy', 'connectivity', 'humanCapital', 'welfare'].map(
            (k) => `${id}_${k}`,
          ),
        ),
        ...sandbox.objectives.map((o) => `objective:${o.id}`),
      ].join(','),
    );
    expect(rows).toHaveLength(13);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 9))).toEqual(
      expected.map((r) => [
        'sandbox',
        r.seed,
        r.hash,
        'greedy',
        'multiVector',
        'multiVector',
        'multiVector',
        'multiVector',
        r.cohesion.toFixed(2),
      ]),
    );
    // Every number has 2 decimals; each objective is true or false.
    const first = rows[1]?.split(',') ?? [];
    expect(first.slice(8, 9 + 30).every((cell) => /^-?\d+\.\d\d$/.test(cell))).toBe(true);
    const met = first.slice(9 + 30);
    expect(met).toHaveLength(sandbox.objectives.length);
    expect(met).toEqual(sandbox.objectives.map((o) => String(expected[0]?.objectives[o.id])));
    expect(stdout).toContain('12 runs, seeds b-0 … b-11');
    expect(stdout).toContain('Played by: KAZ greedy · KGZ multiVector');
    expect(stdout).toMatch(/^state +measure +mean +p10 +median +p90$/m);
    expect(stdout).toMatch(/^KAZ +prosperity +(\d+\.\d +){3}\d+\.\d$/m);
    expect(stdout).toMatch(/^ +welfare +(\d+\.\d +){3}\d+\.\d$/m);
    expect(stdout).toMatch(/^region +cohesion /m);
    expect(stdout).toMatch(/^Elapsed: \d+\.\d\d s on 2 workers \(\d+ games\/s\)$/m);
  });

  it('writes JSON when the file ends in .json', async () => {
    const out = join(temp.dir, 'runs.json');
    const { code } = await cli(
      'batch',
      '--scenario',
      'sandbox',
      '--runs',
      '12',
      '--seed',
      'b',
      '--strategy',
      'kaz=GREEDY',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.scenario).toBe('sandbox');
    expect(json.seeds).toEqual({ base: 'b', runs: 12 });
    expect(json.controllers.KAZ).toBe('greedy');
    expect(json.format).toBe('c5plus-batch/1');
    expect(json.objectives).toEqual(sandbox.objectives.map((o) => o.id));
    expect(json.results).toEqual(expected.map(roundRun));
    expect(json.results[0].states.KAZ.welfare).toBe(
      Math.round((expected[0]?.states.KAZ.welfare ?? 0) * 100) / 100,
    );
    expect(json.summary.KAZ.welfare.median).toBeTypeOf('number');
  });

  it('quotes CSV cells that need it', () => {
    const [first] = expected;
    if (!first) throw new Error('no result');
    const file = batchFile(
      {
        scenario: 'x',
        seeds: { base: 'a', runs: 1 },
        controllers: { KAZ: 'a', KGZ: 'b', TJK: 'c', TKM: 'd', UZB: 'e' },
        objectives: [],
      },
      [{ ...first, seed: 'a,"b"' }],
    );
    expect(batchCsv(file).split('\n')[1]).toMatch(/^x,"a,""b""",/);
  });

  it('reports progress and the same results through the function', async () => {
    const progress: number[] = [];
    const result = await batchCommand({
      scenario: 'sandbox',
      runs: '12',
      seed: 'b',
      strategy: 'KAZ=greedy',
      workers: '3',
      onProgress: (done) => progress.push(done),
    });
    expect(result.exitCode).toBe(0);
    expect(progress.at(-1)).toBe(12);
  });

  it.each([
    [
      ['--runs', 'ten'],
      /^c5sim: error: --runs must be a whole number from 1 to 10,000,000 \(got "ten"\)\n$/,
    ],
    [['--runs', '0'], /--runs must be a whole number/],
    [[], /^c5sim: error: --runs is required\n$/],
    [['--runs', '5', '--workers', '0'], /--workers must be a whole number from 1 to 256/],
    [
      ['--runs', '5', '--out', 'runs.xlsx'],
      /--out runs\.xlsx: the file must end in \.csv or \.json/,
    ],
    [
      ['--runs', '5', '--out', '/nonexistent-dir/runs.csv'],
      /cannot write the output file \/nonexistent-dir\/runs\.csv/,
    ],
    [['--runs', '5', '--scenario', 'nowhere'], /unknown scenario "nowhere"/],
    [['--runs', '5', '--strategy', 'UZB=fastest'], /unknown strategy "fastest"/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await cli('batch', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('checks that --out can be written before it plays a single game', async () => {
    let played = 0;
    const start = performance.now();
    const folder = join(temp.dir, 'folder.csv');
    mkdirSync(folder);
    for (const out of ['/nonexistent-dir/runs.csv', folder]) {
      await expect(
        batchCommand({
          scenario: 'sandbox',
          runs: '10000000',
          out,
          onProgress: () => {
            played += 1;
          },
        }),
      ).rejects.toThrow(/cannot write the output file/);
    }
    expect(played).toBe(0);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
