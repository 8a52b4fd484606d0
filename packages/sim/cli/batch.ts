/**
 * `c5sim batch`: many games of one scenario over seeds `BASE-0` … on all
 * cores, each run's outcome written to CSV or JSON, and summary statistics.
 */
import { availableParallelism } from 'node:os';
import { STATE_IDS } from '@c5plus/core';
import { runBatchParallel } from '../node/parallel-batch';
import type { StateId } from '../src/model';
import type { Summary } from '../src/orchestration';
import { batchSeeds, type RunResult, summarizeBatch } from '../src/orchestration';
import { type BatchPlan, batchFile, batchText, ROW_MEASURES, roundRun } from './batch-file';
import {
  type CommandResult,
  checkWritable,
  controllersLine,
  fixed,
  lines,
  parseCount,
  parseStrategies,
  resolveScenario,
  table,
  UsageError,
  writeText,
} from './common';
import { parseShard, shardRange } from './shard';

/** Most runs a batch or comparison takes. */
export const MAX_RUNS = 10_000_000;
/** Most worker threads. */
export const MAX_WORKERS = 256;

/** The options of `c5sim batch`, as typed on the command line. */
export interface BatchCommandOptions {
  readonly scenario: string;
  readonly runs: string | undefined;
  /** The seed base: runs use seeds `BASE-0`, `BASE-1`, …; default `batch`. */
  readonly seed?: string;
  readonly strategy?: string;
  readonly workers?: string;
  /** `FILE.csv` or `FILE.json`. */
  readonly out?: string;
  /** `K/N`: play only the K-th of N slices of the seed list. */
  readonly shard?: string;
  /** Called now and then with games done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

const COLUMNS = ROW_MEASURES;

/** The parsed `--workers`, or every core. */
export function parseWorkers(value: string | undefined): number {
  return value === undefined ? availableParallelism() : parseCount(value, '--workers', MAX_WORKERS);
}

/** The output format of a file, by its extension. */
export function formatOf(file: string): 'csv' | 'json' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  throw new UsageError(`--out ${file}: the file must end in .csv or .json`);
}

const SUMMARY_HEADER = ['state', 'measure', 'mean', 'p10', 'median', 'p90'];
const SUMMARY_ALIGN = ['l', 'l', 'r', 'r', 'r', 'r'] as const;
const summaryCells = (s: Summary) => [fixed(s.mean), fixed(s.p10), fixed(s.median), fixed(s.p90)];

/** The summary table of a batch: per state and indicator (and welfare), then cohesion. */
export function summaryTable(results: readonly RunResult[]): string {
  const summary = summarizeBatch(results);
  const rows: string[][] = [];
  for (const id of STATE_IDS)
    COLUMNS.forEach((key, i) => {
      rows.push([
        i === 0 ? id : '',
        key === 'humanCapital' ? 'human capital' : key,
        ...summaryCells(summary[id][key]),
      ]);
    });
  rows.push(['region', 'cohesion', ...summaryCells(summary.cohesion)]);
  return table(SUMMARY_HEADER, rows, SUMMARY_ALIGN);
}

/** `c5sim batch`. */
export async function batchCommand(options: BatchCommandOptions): Promise<CommandResult> {
  const scenario = resolveScenario(options.scenario);
  const runs = parseCount(options.runs, '--runs', MAX_RUNS);
  const controllers = parseStrategies(options.strategy);
  const workers = parseWorkers(options.workers);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const format = options.out === undefined ? undefined : formatOf(options.out);
  if (shard && format === 'csv')
    throw new UsageError(
      `--out ${options.out}: a shard is written as JSON (FILE.json), which c5sim merge reads; merge can write the CSV`,
    );
  if (options.out !== undefined) checkWritable(options.out, 'output file');
  const base = options.seed ?? 'batch';
  const range = shard ? shardRange(runs, shard) : { start: 0, end: runs };
  const seeds = batchSeeds(base, range.end - range.start, range.start);
  const plan: BatchPlan = {
    scenario: scenario.id,
    seeds: { base, runs },
    controllers: Object.fromEntries(
      STATE_IDS.map((id) => [id, controllers[id] ?? 'multiVector']),
    ) as Record<StateId, string>,
    objectives: scenario.objectives.map((o) => o.id),
  };

  const start = performance.now();
  const results = (
    await runBatchParallel({
      scenario,
      seeds,
      controllers,
      workers,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })
  ).map(roundRun);
  const seconds = (performance.now() - start) / 1000;

  if (options.out !== undefined && format !== undefined)
    writeText(options.out, batchText(batchFile(plan, results, shard), format), 'output file');
  const played = seeds.length;
  const used = Math.min(workers, Math.max(played, 1));
  const what = shard
    ? `shard ${shard.index}/${shard.count} of ${runs.toLocaleString('en')} runs: ${played.toLocaleString('en')} run${played === 1 ? '' : 's'}`
    : `${runs.toLocaleString('en')} run${runs === 1 ? '' : 's'}`;
  return {
    stdout: lines(
      `${scenario.title} (${scenario.id}): ${what}${played > 0 ? `, seeds ${seeds[0]} … ${seeds.at(-1)}` : ''}`,
      `Played by: ${controllersLine(controllers)}`,
      ...(options.out !== undefined
        ? [`Wrote ${played.toLocaleString('en')} rows to ${options.out}.`]
        : []),
      ...(played > 0
        ? [
            '',
            'End-of-game values over the runs (mean, 10th percentile, median, 90th percentile):',
            '',
            summaryTable(results),
            '',
            `Elapsed: ${seconds.toFixed(2)} s on ${used} worker${used === 1 ? '' : 's'} (${Math.round(played / seconds).toLocaleString('en')} games/s)`,
          ]
        : []),
    ),
    exitCode: 0,
  };
}
