/**
 * `c5sim compare`: for each strategy, every state plays it, over the same
 * seeds; which strategy leaves each state (and the region) best off.
 */
import { STATE_IDS } from '@c5plus/core';
import { runBatchParallel } from '../node/parallel-batch';
import { batchSeeds, summarizeBatch } from '../src/orchestration';
import { MAX_RUNS, parseWorkers } from './batch';
import {
  type CommandResult,
  fixed,
  lines,
  parseCount,
  parseStrategyId,
  resolveScenario,
  table,
  UsageError,
} from './common';

/** The options of `c5sim compare`, as typed on the command line. */
export interface CompareOptions {
  readonly scenario: string;
  readonly runs: string | undefined;
  /** Strategy ids, comma-separated. */
  readonly strategies: string | undefined;
  readonly seed?: string;
  readonly workers?: string;
  /** Called now and then with the strategy being run, games done and the total for it. */
  readonly onProgress?: (strategy: string, done: number, total: number) => void;
}

/** One strategy's means over the runs, per state. */
export interface StrategyMeans {
  readonly strategy: string;
  readonly welfare: Readonly<Record<string, number>>;
  readonly autonomy: Readonly<Record<string, number>>;
  /** Mean welfare over the five states. */
  readonly overall: number;
}

/** Parses `--strategies a,b,c`: known, distinct ids. */
export function parseStrategyList(value: string | undefined): string[] {
  if (value === undefined)
    throw new UsageError('--strategies is required, e.g. --strategies multiVector,greedy');
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseStrategyId(s, '--strategies'));
  if (ids.length === 0) throw new UsageError('--strategies is empty; name one or more strategies');
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new UsageError(`--strategies names ${twice} twice`);
  return ids;
}

/** `c5sim compare`. */
export async function compareCommand(options: CompareOptions): Promise<CommandResult> {
  const scenario = resolveScenario(options.scenario);
  const runs = parseCount(options.runs, '--runs', MAX_RUNS);
  const ids = parseStrategyList(options.strategies);
  const workers = parseWorkers(options.workers);
  const base = options.seed ?? 'compare';
  const seeds = batchSeeds(base, runs);

  const start = performance.now();
  const means: StrategyMeans[] = [];
  for (const strategy of ids) {
    const controllers = Object.fromEntries(STATE_IDS.map((id) => [id, strategy]));
    const results = await runBatchParallel({
      scenario,
      seeds,
      controllers,
      workers,
      ...(options.onProgress
        ? {
            onProgress: (done: number, total: number) =>
              options.onProgress?.(strategy, done, total),
          }
        : {}),
    });
    const summary = summarizeBatch(results);
    const welfare: Record<string, number> = {};
    const autonomy: Record<string, number> = {};
    for (const id of STATE_IDS) {
      welfare[id] = summary[id].welfare.mean;
      autonomy[id] = summary[id].autonomy.mean;
    }
    const overall = STATE_IDS.reduce((sum, id) => sum + (welfare[id] ?? 0), 0) / STATE_IDS.length;
    means.push({ strategy, welfare, autonomy, overall });
  }
  const seconds = (performance.now() - start) / 1000;

  const bestFor = (score: (m: StrategyMeans) => number) =>
    means.reduce((best, m) => (score(m) > score(best) ? m : best));
  const cell = (m: StrategyMeans, id: string, best: StrategyMeans) =>
    `${m === best ? '*' : ' '}${fixed(m.welfare[id] ?? Number.NaN)} (${fixed(m.autonomy[id] ?? Number.NaN)})`;
  const rows = STATE_IDS.map((id) => {
    const best = bestFor((m) => m.welfare[id] ?? Number.NEGATIVE_INFINITY);
    return [id, ...means.map((m) => cell(m, id, best)), best.strategy];
  });
  const overallBest = bestFor((m) => m.overall);
  rows.push([
    'mean',
    ...means.map((m) => `${m === overallBest ? '*' : ' '}${fixed(m.overall)}`),
    overallBest.strategy,
  ]);
  const perState = STATE_IDS.map((id) => bestFor((m) => m.welfare[id] ?? 0).strategy);
  const wins = means
    .map((m) => ({ strategy: m.strategy, n: perState.filter((s) => s === m.strategy).length }))
    .filter((w) => w.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((w) => `${w.strategy} for ${w.n} state${w.n === 1 ? '' : 's'}`)
    .join(', ');

  return {
    stdout: lines(
      `${scenario.title} (${scenario.id}): ${runs.toLocaleString('en')} run${runs === 1 ? '' : 's'} per strategy, seeds ${seeds[0]} … ${seeds.at(-1)}`,
      'In each column every state plays that strategy. Cells: mean welfare (mean autonomy) at the end;',
      '* marks the best strategy for the state (by mean welfare).',
      '',
      table(['state', ...ids, 'best'], rows, ['l', ...ids.map(() => 'r' as const), 'l']),
      '',
      `Best overall: ${overallBest.strategy} (mean welfare ${fixed(overallBest.overall)} across the five states).`,
      `Best per state: ${wins}.`,
      `Elapsed: ${seconds.toFixed(2)} s`,
    ),
    exitCode: 0,
  };
}
