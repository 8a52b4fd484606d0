/**
 * The files `c5sim batch --out` writes, and `c5sim merge` reads and writes:
 * research rows (scenario, seed, each state's strategy, final indicators and
 * welfare, each objective met), rounded to 2 decimals, and in JSON the batch's
 * description and summary. A shard's JSON also says which slice it holds, so
 * that shards merge into exactly the file one batch writes.
 */
import { STATE_IDS } from '@c5plus/core';
import { z } from 'zod';
import { INDICATORS } from '../src/kernel';
import type { StateId } from '../src/model';
import {
  csvField,
  type RunResult,
  round2,
  SUMMARY_DECIMALS,
  summarizeBatch,
} from '../src/orchestration';

export const BATCH_FORMAT = 'c5plus-batch/1';

/** The measures of each state in a row: the indicators, then welfare. */
export const ROW_MEASURES = [...INDICATORS, 'welfare'] as const;

/** Which slice of the seed list a shard file holds: `index` from 1 to `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** What a batch plays: the same for every shard of it. */
export interface BatchPlan {
  readonly scenario: string;
  readonly seeds: { readonly base: string; readonly runs: number };
  readonly controllers: Readonly<Record<StateId, string>>;
  readonly objectives: readonly string[];
}

/** A batch file's content; `shard` only in a shard's file. */
export interface BatchFile extends BatchPlan {
  readonly format: typeof BATCH_FORMAT;
  readonly shard?: Shard;
  readonly results: readonly RunResult[];
  /** Summary statistics of the rows, as `c5sim batch` prints them; in shard files, of the shard. */
  readonly summary: ReturnType<typeof summarizeBatch>;
}

/** A run rounded to the files' precision. */
export function roundRun(r: RunResult): RunResult {
  const states = {} as Record<StateId, Record<(typeof ROW_MEASURES)[number], number>>;
  for (const id of STATE_IDS) {
    const s = {} as Record<(typeof ROW_MEASURES)[number], number>;
    for (const key of ROW_MEASURES) s[key] = round2(r.states[id][key]);
    states[id] = s;
  }
  return {
    seed: r.seed,
    hash: r.hash,
    cohesion: round2(r.cohesion),
    states,
    objectives: { ...r.objectives },
  };
}

function roundSummary(
  summary: ReturnType<typeof summarizeBatch>,
): ReturnType<typeof summarizeBatch> {
  return JSON.parse(JSON.stringify(summary), (_key, value) =>
    typeof value === 'number' ? round2(value) : value,
  );
}

/** The file content of a batch (or a shard of it) from its rounded rows. */
export function batchFile(
  plan: BatchPlan,
  rounded: readonly RunResult[],
  shard?: Shard,
): BatchFile {
  return {
    format: BATCH_FORMAT,
    scenario: plan.scenario,
    seeds: plan.seeds,
    ...(shard ? { shard } : {}),
    controllers: plan.controllers,
    objectives: plan.objectives,
    results: rounded,
    summary: roundSummary(summarizeBatch(rounded)),
  };
}

const number = (n: number) => n.toFixed(SUMMARY_DECIMALS);

/**
 * The CSV: one row per run, `scenario,seed,hash,KAZ_strategy,…,cohesion,
 * KAZ_prosperity,…,UZB_welfare,objective:ID,…`.
 */
export function batchCsv(file: BatchFile): string {
  const header = [
    'scenario',
    'seed',
    'hash',
    ...STATE_IDS.map((id) => `${id}_strategy`),
    'cohesion',
  ];
  for (const id of STATE_IDS) for (const key of ROW_MEASURES) header.push(`${id}_${key}`);
  for (const o of file.objectives) header.push(`objective:${o}`);
  const rows = file.results.map((r) => {
    const cells = [file.scenario, r.seed, r.hash, ...STATE_IDS.map((id) => file.controllers[id])];
    cells.push(number(r.cohesion));
    for (const id of STATE_IDS)
      for (const key of ROW_MEASURES) cells.push(number(r.states[id][key]));
    for (const o of file.objectives) cells.push(String(r.objectives[o] ?? ''));
    return cells.map(csvField).join(',');
  });
  return `${[header.map(csvField).join(','), ...rows].join('\n')}\n`;
}

/** The JSON text of a batch file. */
export function batchJson(file: BatchFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The text of a batch file in the format of its name. */
export function batchText(file: BatchFile, format: 'csv' | 'json'): string {
  return format === 'csv' ? batchCsv(file) : batchJson(file);
}

const figure = z.number().finite();
const perState = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(STATE_IDS.map((id) => [id, value])) as Record<StateId, T>);
const measures = z.strictObject(
  Object.fromEntries(ROW_MEASURES.map((k) => [k, figure])) as Record<
    (typeof ROW_MEASURES)[number],
    typeof figure
  >,
);
const run = z.strictObject({
  seed: z.string().min(1).max(200),
  hash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
  cohesion: figure,
  states: perState(measures),
  objectives: z.record(z.string(), z.boolean()),
});
const schema = z.strictObject({
  format: z.literal(BATCH_FORMAT),
  scenario: z.string().min(1),
  seeds: z.strictObject({ base: z.string().min(1), runs: z.number().int().min(1) }),
  shard: z
    .strictObject({ index: z.number().int().min(1), count: z.number().int().min(1) })
    .optional(),
  controllers: perState(z.string().min(1)),
  objectives: z.array(z.string()),
  results: z.array(run),
  summary: z.unknown(),
});

/** Checks a parsed batch (or shard) JSON file; each problem names its path. */
export function parseBatchFile(
  value: unknown,
): { ok: true; file: BatchFile } | { ok: false; problems: readonly string[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, file: result.data as BatchFile };
  return {
    ok: false,
    problems: result.error.issues.map(
      (i) => `${i.path.length > 0 ? i.path.join('.') : '(file)'}: ${i.message}`,
    ),
  };
}
