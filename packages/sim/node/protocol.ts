/** The messages between `runBatchParallel` and its batch workers (all plain data). */

import type { Controller, Scenario, StateId } from '../src/model';
import type { RunResult } from '../src/orchestration';

/** What a worker is started with (its `workerData`). */
export interface WorkerTask {
  readonly scenario: Scenario;
  readonly seeds: readonly string[];
  readonly controllers?: Partial<Record<StateId, Controller>>;
}

/** What a worker posts back. */
export type WorkerMessage =
  /** Games finished so far by this worker (a running count, sent now and then). */
  | { readonly type: 'progress'; readonly done: number }
  /** Every result, in the order of the worker's seeds. */
  | { readonly type: 'done'; readonly results: RunResult[] }
  | { readonly type: 'error'; readonly message: string };
