/**
 * The worker side of threadPool.ts: answers each message with `handle(message)`'s result, in order —
 * `skipped` once the pool's shared stop flag is set (a queued task that had not started), `errored`
 * with the stack when `handle` throws (a bug: the pool rejects).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolReply, PoolWorkerData } from './threadPool.ts';

export function servePool<M, R>(handle: (message: M) => R): void {
  const stopFlag = new Int32Array((workerData as PoolWorkerData).stop);
  parentPort!.on('message', (message: M) => {
    let reply: PoolReply<R>;
    try {
      reply = Atomics.load(stopFlag, 0) !== 0 ? { type: 'skipped' } : { type: 'done', value: handle(message) };
    } catch (error) {
      reply = { type: 'errored', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}
