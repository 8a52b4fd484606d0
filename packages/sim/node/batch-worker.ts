/**
 * The batch worker: runs `runBatch` on its share of the seeds and posts its
 * progress and results to `runBatchParallel`. Built to `dist/node/batch-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBatch } from '../src/orchestration';
import type { WorkerMessage, WorkerTask } from './protocol';

/** Progress is posted at most this often (ms), and once at the end. */
const PROGRESS_INTERVAL = 50;

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

const task = workerData as WorkerTask;
let last = 0;
try {
  const results = runBatch({
    scenario: task.scenario,
    seeds: task.seeds,
    ...(task.controllers ? { controllers: task.controllers } : {}),
    onProgress: (done) => {
      const now = performance.now();
      if (now - last >= PROGRESS_INTERVAL || done === task.seeds.length) {
        last = now;
        post({ type: 'progress', done });
      }
    },
  });
  post({ type: 'done', results });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
