import { STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { builtIndex, requireBuild } from '../node/built';
import { batchSeeds } from '../src/orchestration/batch';
import { compareCommand, parseStrategyList } from './compare';
import { cli } from './test-io';

// Runs on the built worker, like `batch`: the package must be built.
requireBuild();
const built = await builtIndex();
const sandbox = built.getScenario('sandbox');
if (!sandbox) throw new Error('no sandbox');

/** Mean welfare per state when every state plays `strategy` over `seeds`. */
function meanWelfare(strategy: string, seeds: readonly string[]) {
  const controllers = Object.fromEntries(STATE_IDS.map((id) => [id, strategy]));
  const summary = built.summarizeBatch(
    built.runBatch({ scenario: sandbox as never, seeds, controllers }),
  );
  return Object.fromEntries(STATE_IDS.map((id) => [id, summary[id].welfare.mean]));
}

describe('c5sim compare', () => {
  const ids = ['multiVector', 'greedy', 'westLeaning'];
  const seeds = batchSeeds('cmp', 6);
  const means = Object.fromEntries(ids.map((s) => [s, meanWelfare(s, seeds)]));

  it('prints mean welfare (autonomy) per state per strategy, marking the best', async () => {
    const { code, stdout, stderr } = await cli(
      'compare',
      '--scenario',
      'sandbox',
      '--runs',
      '6',
      '--seed',
      'cmp',
      '--strategies',
      ids.join(','),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^state +multiVector +greedy +westLeaning +best$/m);
    for (const id of STATE_IDS) {
      const line = stdout.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
      const best = ids.reduce((a, b) => ((means[b]?.[id] ?? 0) > (means[a]?.[id] ?? 0) ? b : a));
      expect(line.trimEnd().endsWith(best)).toBe(true);
      const cells = [...line.matchAll(/([ *])(\d+\.\d) \((\d+\.\d)\)/g)];
      expect(cells).toHaveLength(3);
      cells.forEach((cell, i) => {
        const strategy = ids[i] as string;
        expect(Number(cell[2])).toBeCloseTo(means[strategy]?.[id] ?? Number.NaN, 1);
        expect(cell[1] === '*').toBe(strategy === best);
      });
    }
    const overall = (s: string) =>
      STATE_IDS.reduce((sum, id) => sum + (means[s]?.[id] ?? 0), 0) / 5;
    const bestOverall = ids.reduce((a, b) => (overall(b) > overall(a) ? b : a));
    expect(stdout).toContain(
      `Best overall: ${bestOverall} (mean welfare ${overall(bestOverall).toFixed(1)}`,
    );
    expect(stdout).toMatch(/^Best per state: .+\.$/m);
  });

  it('reports progress per strategy through the function', async () => {
    const seen = new Set<string>();
    const result = await compareCommand({
      scenario: 'sandbox',
      runs: '2',
      strategies: 'neutral,greedy',
      onProgress: (strategy) => seen.add(strategy),
    });
    expect(result.exitCode).toBe(0);
    expect([...seen]).toEqual(['neutral', 'greedy']);
  });

  it('reads strategy lists case-insensitively and refuses bad ones', () => {
    expect(parseStrategyList('greedy, NEUTRAL')).toEqual(['greedy', 'neutral']);
    expect(() => parseStrategyList('greedy,greedy')).toThrow(/names greedy twice/);
    expect(() => parseStrategyList(' , ')).toThrow(/--strategies is empty/);
  });

  it.each([
    [['--runs', '3'], /--strategies is required/],
    [['--runs', '3', '--strategies', 'greedy,bold'], /--strategies: unknown strategy "bold"/],
    [['--runs', '-1', '--strategies', 'greedy'], /--runs must be a whole number/],
    [['--strategies', 'greedy'], /--runs is required/],
  ])('refuses %j with exit code 2', async (args, message) => {
    const { code, stderr } = await cli('compare', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
