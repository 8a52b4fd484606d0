/**
 * `@c5plus/sim/node`: the Node-only part of the simulation — batches spread
 * over worker threads. The main entry (`@c5plus/sim`) stays browser-safe.
 *
 * @packageDocumentation
 */
export { type ParallelBatchOptions, runBatchParallel } from './parallel-batch';
