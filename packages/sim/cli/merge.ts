/**
 * `c5sim merge`: puts the shard files of one batch (`batch --shard K/N --out
 * FILE.json`) back together into exactly the file one batch would have
 * written, rows and summary. Shards of different batches are refused.
 */
import { STATE_IDS } from '@c5plus/core';
import { batchSeeds, type RunResult } from '../src/orchestration';
import { formatOf, summaryTable } from './batch';
import { type BatchFile, batchFile, batchText, parseBatchFile } from './batch-file';
import {
  type CommandResult,
  checkWritable,
  InputError,
  lines,
  readText,
  UsageError,
  writeText,
} from './common';
import { shardRange } from './shard';

/** The options of `c5sim merge`. */
export interface MergeCommandOptions {
  readonly files: readonly string[];
  readonly out: string | undefined;
}

function readShard(path: string): BatchFile {
  const text = readText(path, 'shard file');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${path} is not a shard file: not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = parseBatchFile(value);
  if (!parsed.ok)
    throw new InputError(
      `${path} is not a batch shard file (written by c5sim batch --shard K/N --out FILE.json)`,
      parsed.problems.slice(0, 20),
    );
  if (!parsed.file.shard)
    throw new InputError(`${path} is a whole batch, not a shard (it has no "shard")`);
  return parsed.file;
}

/** What every shard of one batch shares, as text to compare. */
function batchKey(f: BatchFile): Record<string, string> {
  return {
    scenario: f.scenario,
    'seed list': `${f.seeds.base}-0 … ${f.seeds.base}-${f.seeds.runs - 1}`,
    strategies: STATE_IDS.map((id) => `${id} ${f.controllers[id]}`).join(', '),
    objectives: f.objectives.join(', '),
    'shard count': String(f.shard?.count),
  };
}

/** `c5sim merge FILES… --out FILE`. */
export function mergeCommand(options: MergeCommandOptions): CommandResult {
  if (options.out === undefined) throw new UsageError('--out is required, e.g. --out runs.csv');
  if (options.files.length === 0) throw new UsageError('name the shard files to merge');
  const format = formatOf(options.out);
  checkWritable(options.out, 'output file');
  const shards = options.files.map((path) => ({ path, file: readShard(path) }));
  const [first] = shards;
  if (!first) throw new UsageError('name the shard files to merge');
  const key = batchKey(first.file);
  for (const { path, file } of shards) {
    const other = batchKey(file);
    for (const [what, value] of Object.entries(key))
      if (other[what] !== value)
        throw new InputError(
          `${path} is a shard of another batch: its ${what}: ${other[what]}; ${first.path}'s: ${value}`,
        );
  }
  const count = first.file.shard?.count ?? 0;
  const byIndex = new Map<number, (typeof shards)[number]>();
  for (const s of shards) {
    const index = s.file.shard?.index ?? 0;
    const twice = byIndex.get(index);
    if (twice) throw new InputError(`${s.path} and ${twice.path} are both shard ${index}/${count}`);
    byIndex.set(index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0)
    throw new InputError(
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing; merge needs all ${count}`,
    );
  const { base, runs } = first.file.seeds;
  const rows: RunResult[] = [];
  for (let index = 1; index <= count; index++) {
    const s = byIndex.get(index);
    if (!s) continue;
    const range = shardRange(runs, { index, count });
    const expected = batchSeeds(base, range.end - range.start, range.start);
    const seeds = s.file.results.map((r) => r.seed);
    if (seeds.length !== expected.length || seeds.some((seed, i) => seed !== expected[i]))
      throw new InputError(
        `${s.path}: shard ${index}/${count} should hold the runs of seeds ${expected[0] ?? '(none)'} … ${expected.at(-1) ?? ''} (${expected.length}), but holds ${seeds.length} other${seeds.length === 1 ? '' : 's'}`,
      );
    rows.push(...s.file.results);
  }
  const {
    shard: _shard,
    results: _results,
    summary: _summary,
    format: _format,
    ...plan
  } = first.file;
  writeText(options.out, batchText(batchFile(plan, rows), format), 'output file');
  return {
    stdout: lines(
      `Merged ${count} shard${count === 1 ? '' : 's'} of ${first.file.scenario}, seeds ${base}-0 … ${base}-${runs - 1}: wrote ${runs.toLocaleString('en')} rows to ${options.out}.`,
      '',
      'End-of-game values over the runs (mean, 10th percentile, median, 90th percentile):',
      '',
      summaryTable(rows),
    ),
    exitCode: 0,
  };
}
