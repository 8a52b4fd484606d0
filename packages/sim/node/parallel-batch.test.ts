import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { batchSeeds, runBatch } from '../src/orchestration/batch';
import { getScenario } from '../src/scenarios';
import { quietSandbox } from '../src/test-support';
import { builtIndex, builtNode, packageRoot, requireBuild } from './built';
import { runBatchParallel, splitEvenly, workerExecArgv } from './parallel-batch';

/*
 * `runBatchParallel` starts the built worker (dist/node/batch-worker.js) even
 * when imported from source, so these tests need the build (turbo's `test`
 * depends on `build`). Results are compared with `runBatch` from the same
 * build, so that a stale dist/ cannot make the comparison fail for the wrong
 * reason; one test also checks them against the sources' `runBatch`.
 */
requireBuild();
const built = await builtIndex();
const scenario = built.getScenario('sandbox');
if (!scenario) throw new Error('The built package has no sandbox scenario.');

describe('runBatchParallel', () => {
  const seeds = batchSeeds('parallel', 23);
  const single = built.runBatch({ scenario, seeds });

  it.each([1, 2, 3, 7])(
    'gives the same results as runBatch on one thread, in seed order (%i workers)',
    async (workers) => {
      const results = await runBatchParallel({ scenario, seeds, workers });
      expect(results.map((r) => r.seed)).toEqual(seeds);
      expect(results.map((r) => r.hash)).toEqual(single.map((r) => r.hash));
      expect(results).toEqual(single);
    },
  );

  it('matches the sources’ runBatch too (dist/ is up to date)', async () => {
    const own = getScenario('sandbox');
    if (!own) throw new Error('no sandbox');
    const fresh = runBatch({ scenario: own, seeds: seeds.slice(0, 6) });
    const results = await runBatchParallel({ scenario: own, seeds: seeds.slice(0, 6) });
    expect(
      results.map((r) => r.hash),
      'rebuild: dist/ is older than src/',
    ).toEqual(fresh.map((r) => r.hash));
  });

  it('passes the controllers to every worker', async () => {
    const controllers = { KAZ: 'greedy', UZB: 'westLeaning', TJK: 'neutral' } as const;
    const few = seeds.slice(0, 8);
    const results = await runBatchParallel({ scenario, seeds: few, controllers, workers: 2 });
    expect(results).toEqual(built.runBatch({ scenario, seeds: few, controllers }));
    expect(results.map((r) => r.hash)).not.toEqual(single.slice(0, 8).map((r) => r.hash));
  });

  it('takes the scenario as plain data (here a scenario JSON file’s content)', async () => {
    const plain = JSON.parse(JSON.stringify(quietSandbox));
    const results = await runBatchParallel({ scenario: plain, seeds: seeds.slice(0, 4) });
    expect(results).toEqual(built.runBatch({ scenario: plain, seeds: seeds.slice(0, 4) }));
  });

  it('reports progress across workers, ending at the total', async () => {
    const calls: [number, number][] = [];
    await runBatchParallel({
      scenario,
      seeds,
      workers: 2,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every(([, total]) => total === seeds.length)).toBe(true);
    const done = calls.map(([n]) => n);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(seeds.length);
  });

  it('returns nothing for no seeds, and refuses a bad worker count', async () => {
    expect(await runBatchParallel({ scenario, seeds: [] })).toEqual([]);
    await expect(runBatchParallel({ scenario, seeds, workers: 0 })).rejects.toThrow(RangeError);
    await expect(runBatchParallel({ scenario, seeds, workers: 1.5 })).rejects.toThrow(
      /whole number/,
    );
  });

  it('rejects with the engine’s message when a game cannot be created', async () => {
    await expect(
      runBatchParallel({ scenario, seeds: seeds.slice(0, 4), controllers: { KAZ: 'nope' } }),
    ).rejects.toThrow(/Unknown strategy "nope" for KAZ/);
  });

  it.each([
    ['ESM', ['--input-type=module', '-e', "import { runBatchParallel } from '@c5plus/sim/node';"]],
    ['CJS', ['-e', "const { runBatchParallel } = require('@c5plus/sim/node');"]],
  ])('finds its worker from the %s build of @c5plus/sim/node', (_, [...args]) => {
    const code = args.pop() ?? '';
    const script = `${code}
      const { getScenario, batchSeeds } = ${code.startsWith('import') ? "await import('@c5plus/sim')" : "require('@c5plus/sim')"};
      runBatchParallel({ scenario: getScenario('sandbox'), seeds: batchSeeds('parallel', 3), workers: 2 })
        .then((r) => console.log(JSON.stringify(r.map((x) => x.hash))));`;
    const out = execFileSync(process.execPath, [...args, script], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual(single.slice(0, 3).map((r) => r.hash));
  });
});

describe('workerExecArgv', () => {
  it('passes the Node options on, less --input-type', () => {
    expect(workerExecArgv(['--enable-source-maps', '--input-type=module', '-e', 'x'])).toEqual([
      '--enable-source-maps',
      '-e',
      'x',
    ]);
    expect(workerExecArgv(['--input-type', 'module', '--trace-warnings'])).toEqual([
      '--trace-warnings',
    ]);
  });
});

describe('splitEvenly', () => {
  it('splits into contiguous shares differing by at most one', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ]);
    expect(splitEvenly([1, 2], 2)).toEqual([[1], [2]]);
    expect(splitEvenly([], 2)).toEqual([[], []]);
  });
});

describe('the node entry', () => {
  it('exports runBatchParallel from dist/node/index.js', async () => {
    const node = await builtNode();
    expect(typeof node.runBatchParallel).toBe('function');
  });
});
