/**
 * `c5sim batch`: many games of one scenario over seeds `BASE-0` … on all
 * cores, each run's outcome written to CSV or JSON, and summary statistics.
 */
import { availableParallelism } from 'node:os';
import { STATE_IDS } from '@c5plus/core';
import { runBatchParallel } from '../node/parallel-batch';
import { batchSeeds, type RunResult, summarizeBatch } from '../src/engine/batch';
import { INDICATORS } from '../src/engine/scorecard';
import type { Summary } from '../src/engine/stats';
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
  /** Called now and then with games done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

const COLUMNS = [...INDICATORS, 'welfare'] as const;

/** The CSV of a batch: one row per run, `seed,hash,cohesion,KAZ_prosperity,…,UZB_welfare`. */
export function toCsv(results: readonly RunResult[]): string {
  const header = ['seed', 'hash', 'cohesion'];
  for (const id of STATE_IDS) for (const key of COLUMNS) header.push(`${id}_${key}`);
  const quote = (cell: string) =>
    /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const rows = results.map((r) => {
    const cells = [quote(r.seed), r.hash, String(r.cohesion)];
    for (const id of STATE_IDS) for (const key of COLUMNS) cells.push(String(r.states[id][key]));
    return cells.join(',');
  });
  return `${[header.join(','), ...rows].join('\n')}\n`;
}

/** The parsed `--workers`, or every core. */
export function parseWorkers(value: string | undefined): number {
  return value === undefined ? availableParallelism() : parseCount(value, '--workers', MAX_WORKERS);
}

/** The output format of a file, by its extension. */
function formatOf(file: string): 'csv' | 'json' {
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
  const format = options.out === undefined ? undefined : formatOf(options.out);
  if (options.out !== undefined) checkWritable(options.out, 'output file');
  const base = options.seed ?? 'batch';
  const seeds = batchSeeds(base, runs);

  const start = performance.now();
  const results = await runBatchParallel({
    scenario,
    seeds,
    controllers,
    workers,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const seconds = (performance.now() - start) / 1000;

  if (options.out !== undefined) {
    const text =
      format === 'csv'
        ? toCsv(results)
        : `${JSON.stringify(
            {
              scenario: scenario.id,
              seeds: { base, runs },
              controllers: Object.fromEntries(
                STATE_IDS.map((id) => [id, controllers[id] ?? 'multiVector']),
              ),
              results,
            },
            null,
            2,
          )}\n`;
    writeText(options.out, text, 'output file');
  }
  const used = Math.min(workers, runs);
  return {
    stdout: lines(
      `${scenario.title} (${scenario.id}): ${runs.toLocaleString('en')} run${runs === 1 ? '' : 's'}, seeds ${seeds[0]} … ${seeds.at(-1)}`,
      `Played by: ${controllersLine(controllers)}`,
      ...(options.out !== undefined
        ? [`Wrote ${runs.toLocaleString('en')} rows to ${options.out}.`]
        : []),
      '',
      `End-of-game values over the runs (mean, 10th percentile, median, 90th percentile):`,
      '',
      summaryTable(results),
      '',
      `Elapsed: ${seconds.toFixed(2)} s on ${used} worker${used === 1 ? '' : 's'} (${Math.round(runs / seconds).toLocaleString('en')} games/s)`,
    ),
    exitCode: 0,
  };
}
