/**
 * Batches over all cores: the seeds are split into contiguous shares, one per
 * `worker_threads` worker, each running `runBatch` on its share. Node only.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Controller, Scenario, StateId } from '../src/model';
import type { RunResult } from '../src/orchestration';
import type { WorkerMessage, WorkerTask } from './protocol';

/** What a parallel batch runs. */
export interface ParallelBatchOptions {
  /** The scenario, sent to each worker as plain data. */
  readonly scenario: Scenario;
  /** The seeds to run (see `batchSeeds`); results come back in this order. */
  readonly seeds: readonly string[];
  readonly controllers?: Partial<Record<StateId, Controller>>;
  /** How many worker threads; defaults to `os.availableParallelism()`, at most one per seed. */
  readonly workers?: number;
  /** Called now and then with the number of games done across all workers, and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Where the built worker is, relative to the module running this code: next
 * to it in `dist/node/` (the `./node` entry, ESM or CJS), in `dist/node/` below
 * it (the CLI bundle, `dist/cli.js`), or, when running from source (tests,
 * tsx), in the package's `dist/node/` — so from source, build first.
 */
const WORKER_CANDIDATES = [
  './batch-worker.js',
  './node/batch-worker.js',
  '../dist/node/batch-worker.js',
];

/** The URL of the built batch worker; throws if the package has not been built. */
export function batchWorkerUrl(): URL {
  for (const candidate of WORKER_CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new Error(
    `The batch worker (dist/node/batch-worker.js) was not found near ${import.meta.url}; build @c5plus/sim first (npm run build -w @c5plus/sim).`,
  );
}

/** Splits `items` into `parts` contiguous shares whose sizes differ by at most one. */
export function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  const shares: T[][] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(items.length / parts) + (i < items.length % parts ? 1 : 0);
    shares.push(items.slice(start, start + size));
    start += size;
  }
  return shares;
}

/**
 * The Node options a worker inherits: the main thread's, less `--input-type`,
 * which makes a worker refuse its file (as under `node --input-type=module -e …`).
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (arg === '--input-type') i++;
    else if (!arg.startsWith('--input-type=')) kept.push(arg);
  }
  return kept;
}

function runShare(
  url: URL,
  task: WorkerTask,
  onProgress: (done: number) => void,
): { readonly promise: Promise<RunResult[]>; readonly stop: () => void } {
  const worker = new Worker(url, { workerData: task, execArgv: workerExecArgv() });
  const promise = new Promise<RunResult[]>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.done);
      else if (message.type === 'done') settle(() => resolve(message.results));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`A batch worker stopped (exit code ${code}) before finishing.`)),
      ),
    );
  });
  return { promise, stop: () => void worker.terminate() };
}

/**
 * Runs a batch on worker threads and returns every game's result in seed
 * order: the same results, hash for hash, as `runBatch` on one thread.
 */
export async function runBatchParallel({
  scenario,
  seeds,
  controllers,
  workers,
  onProgress,
}: ParallelBatchOptions): Promise<RunResult[]> {
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new RangeError(`workers must be a whole number, 1 or more (got ${workers}).`);
  if (seeds.length === 0) return [];
  const count = Math.min(workers ?? availableParallelism(), seeds.length);
  const url = batchWorkerUrl();
  const total = seeds.length;
  const doneByWorker = new Array<number>(count).fill(0);
  const running = splitEvenly(seeds, count).map((share, i) =>
    runShare(url, { scenario, seeds: share, ...(controllers ? { controllers } : {}) }, (done) => {
      doneByWorker[i] = done;
      onProgress?.(
        doneByWorker.reduce((sum, n) => sum + n, 0),
        total,
      );
    }),
  );
  try {
    const shares = await Promise.all(running.map((r) => r.promise));
    return shares.flat();
  } catch (error) {
    for (const r of running) r.stop();
    throw error;
  }
}
