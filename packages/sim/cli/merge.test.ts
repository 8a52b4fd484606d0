import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../node/built';
import { parseShard, shardRange } from './shard';
import { cli, tempDir } from './test-io';

// Shards run on the built batch worker, like every batch.
requireBuild();
const temp = tempDir('c5sim-merge-');
afterAll(temp.remove);
const path = (name: string) => join(temp.dir, name);
const batch = ['batch', '--scenario', 'sandbox', '--runs', '22', '--seed', 'm', '--workers', '2'];

/** stderr less the progress lines a slow machine prints after a second. */
const withoutProgress = (text: string) => text.replace(/^batch \d+% \(\d+\/\d+ games\)\n/gm, '');

async function shard(k: number, n: number, out: string, ...more: string[]) {
  const run = await cli(...batch, '--shard', `${k}/${n}`, '--out', path(out), ...more);
  expect(withoutProgress(run.stderr)).toBe('');
  expect(run.code).toBe(0);
  return run;
}

describe('--shard K/N', () => {
  it('cuts the runs into N disjoint slices that cover every run once', () => {
    for (const [runs, count] of [
      [22, 4],
      [3, 5],
      [10, 1],
    ] as const) {
      const covered: number[] = [];
      for (let index = 1; index <= count; index++) {
        const { start, end } = shardRange(runs, { index, count });
        for (let i = start; i < end; i++) covered.push(i);
      }
      expect(covered).toEqual(Array.from({ length: runs }, (_, i) => i));
    }
  });

  it.each(['0/4', '5/4', '1/0', 'one/4', '2'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard/);
  });

  it('plays only its slice', async () => {
    const { stdout } = await shard(2, 4, 'slice.json');
    expect(stdout).toContain('shard 2/4 of 22 runs: 6 runs, seeds m-5 … m-10');
    const file = JSON.parse(readFileSync(path('slice.json'), 'utf8'));
    expect(file.shard).toEqual({ index: 2, count: 4 });
    expect(file.results.map((r: { seed: string }) => r.seed)).toEqual([
      'm-5',
      'm-6',
      'm-7',
      'm-8',
      'm-9',
      'm-10',
    ]);
  });

  it('refuses a CSV shard, which merge could not check', async () => {
    const run = await cli(...batch, '--shard', '1/4', '--out', path('slice.csv'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/a shard is written as JSON/);
  });
});

describe('c5sim merge', () => {
  it('merges four shards into exactly what one batch writes, CSV and JSON', async () => {
    for (const k of [3, 1, 4, 2]) await shard(k, 4, `part-${k}.json`);
    const parts = [4, 2, 1, 3].map((k) => path(`part-${k}.json`));
    for (const format of ['csv', 'json']) {
      const whole = await cli(...batch, '--out', path(`whole.${format}`));
      expect(whole.code).toBe(0);
      const merged = await cli('merge', ...parts, '--out', path(`merged.${format}`));
      expect(withoutProgress(merged.stderr)).toBe('');
      expect(merged.code).toBe(0);
      expect(merged.stdout).toContain(
        'Merged 4 shards of sandbox, seeds m-0 … m-21: wrote 22 rows',
      );
      expect(readFileSync(path(`merged.${format}`), 'utf8')).toBe(
        readFileSync(path(`whole.${format}`), 'utf8'),
      );
      // The same summary table as the batch prints.
      const table = (text: string) =>
        text.slice(text.indexOf('state  '), text.indexOf('\n\nElapsed'));
      expect(merged.stdout.trimEnd().endsWith(table(whole.stdout))).toBe(true);
    }
  });

  it('refuses shards of another strategy, scenario or seed list, and missing or doubled shards', async () => {
    await shard(1, 2, 'a-1.json');
    await shard(2, 2, 'a-2.json');
    await shard(2, 2, 'greedy-2.json', '--strategy', 'all=greedy');
    const other = await cli(
      ...batch,
      '--seed',
      'other',
      '--shard',
      '2/2',
      '--out',
      path('seed-2.json'),
    );
    expect(other.code).toBe(0);
    const cases: [string[], RegExp][] = [
      [
        ['a-1.json', 'greedy-2.json'],
        /greedy-2\.json is a shard of another batch: its strategies: KAZ greedy/,
      ],
      [
        ['a-1.json', 'seed-2.json'],
        /seed-2\.json is a shard of another batch: its seed list: other-0/,
      ],
      [['a-1.json'], /shard 2\/2 missing; merge needs all 2/],
      [['a-1.json', 'a-1.json'], /are both shard 1\/2/],
      [['a-1.json', 'merged.json'], /merged\.json is not a batch shard file|is a whole batch/],
    ];
    for (const [files, message] of cases) {
      const run = await cli('merge', ...files.map(path), '--out', path('x.csv'));
      expect(run.stderr).toMatch(message);
      expect(run.code).toBe(1);
    }
    const scenario = JSON.parse(readFileSync(path('a-2.json'), 'utf8'));
    writeFileSync(path('moved.json'), JSON.stringify({ ...scenario, scenario: 'war-2022' }));
    const moved = await cli('merge', path('a-1.json'), path('moved.json'), '--out', path('x.csv'));
    expect(moved.stderr).toMatch(/its scenario: war-2022/);
    writeFileSync(
      path('cut.json'),
      JSON.stringify({ ...scenario, results: scenario.results.slice(1) }),
    );
    const cut = await cli('merge', path('a-1.json'), path('cut.json'), '--out', path('x.csv'));
    expect(cut.stderr).toMatch(/shard 2\/2 should hold the runs of seeds m-11 … m-21 \(11\)/);
    expect(cut.code).toBe(1);
  });

  it('exits 2 without --out, and 1 for a file that is not JSON', async () => {
    expect((await cli('merge', path('a-1.json'))).code).toBe(2);
    writeFileSync(path('text.json'), 'not json');
    const run = await cli('merge', path('text.json'), '--out', path('x.csv'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/text\.json is not a shard file: not valid JSON/);
  });
});
