/**
 * Where the sim's costly requests run: in a module worker when the page can
 * start one, otherwise in the same thread. Both give the same answers; only
 * the worker keeps the page's frames short while a turn resolves.
 */
import {
  answerSimRequest,
  type SimMessage,
  type SimReply,
  type SimRequestKind,
  type SimRequests,
} from './sim-requests';

export interface SimRunner {
  run<K extends SimRequestKind>(
    kind: K,
    request: SimRequests[K]['request'],
  ): Promise<SimRequests[K]['answer']>;
}

/** Raised when the worker failed on a request (a bug in the sim, or the worker did not load). */
export class SimWorkerError extends Error {
  override readonly name = 'SimWorkerError';
}

/** Runs each request in this thread, after the current task (as a worker would). */
export const inThreadRunner: SimRunner = {
  run: (kind, request) => Promise.resolve().then(() => answerSimRequest(kind, request)),
};

/** Runs requests in a module worker started from `url`, one answer per request, in order. */
export function workerRunner(url: URL): SimRunner {
  const worker = new Worker(url, { type: 'module', name: 'c5plus-sim' });
  let next = 0;
  const waiting = new Map<number, { resolve(answer: unknown): void; reject(e: Error): void }>();
  worker.addEventListener('message', ({ data }: MessageEvent<SimReply>) => {
    const entry = waiting.get(data.id);
    if (!entry) return;
    waiting.delete(data.id);
    if ('error' in data) entry.reject(new SimWorkerError(data.error));
    else entry.resolve(data.answer);
  });
  // A worker that cannot load fails every request still waiting, with the reason.
  worker.addEventListener('error', (event) => {
    const error = new SimWorkerError(
      `The sim's worker failed: ${event.message || 'it did not load'}`,
    );
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  });
  return {
    run<K extends SimRequestKind>(kind: K, request: SimRequests[K]['request']) {
      const id = next++;
      return new Promise<SimRequests[K]['answer']>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (answer: unknown) => void, reject });
        worker.postMessage({ id, kind, request } satisfies SimMessage<K>);
      });
    },
  };
}
