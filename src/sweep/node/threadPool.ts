/**
 * Runs tasks 0 … count − 1 on W worker threads (worker_threads), or in this thread when W = 1, and
 * hands each result to `onResult` as it arrives (completion order; callers index results by task).
 * The sweep runner (runPool.ts) and paired comparisons (src/compare/node) share it; each brings its
 * worker entry (which answers through `servePool`, threadPoolWorker.ts) and its messages.
 * `shouldStop()` is polled before each dispatch and every STOP_POLL_MS: once it is true no new task
 * starts, the tasks in flight finish and are handed over, and the pool resolves with `stopped: true`
 * (SIGTERM handling). In this thread the loop yields to the event loop between tasks so a signal
 * handler can run.
 *
 * Each worker holds its running task and, while more tasks remain than there are workers, one queued
 * task, so it starts its next task the moment it posts a result instead of waiting for this thread
 * to be scheduled, receive the result and answer (measured 4–5 ms per run with both cores busy,
 * ≈ 20 % of a 20 ms run). A stop sets a flag the workers share, and they skip queued tasks that
 * have not started. A worker answers its messages in order, so the pool knows which task each
 * answer is for.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface ThreadPoolOptions<R> {
  /**
   * The worker's entry: `…/x.worker.ts` when the caller runs from source (tsx, Vitest), the bundled
   * `…/x.worker.js` beside dist-cli/idlab.js otherwise (see `workerEntry`).
   */
  entry: URL;
  /** what each worker receives once, as workerData (structured clone), besides the pool's `stop` flag */
  workerData: Record<string, unknown>;
  workers: number;
  /** tasks 0 … count − 1, dispatched in this order */
  count: number;
  /** the message that asks worker `k` for task `i` (may depend on what k was sent before) */
  message: (i: number, k: number) => unknown;
  /** does task i in this thread (one worker, or one task) */
  inThread: (i: number) => R;
  onResult: (i: number, result: R) => void;
  shouldStop: () => boolean;
  /** the error that rejects the pool when task i throws in a worker (`detail`: the stack) */
  failed: (i: number, detail: string) => Error;
}

export interface ThreadPoolResult {
  completed: number;
  stopped: boolean;
}

/** A worker's answer to one message; `skipped`: a queued task that had not started when the pool stopped. */
export type PoolReply<R> = { type: 'done'; value: R } | { type: 'skipped' } | { type: 'errored'; message: string };

/** What every pool worker finds in workerData besides the caller's: Int32 slot 0 becomes 1 on stop. */
export interface PoolWorkerData {
  stop: SharedArrayBuffer;
}

/** The entry `name` (e.g. 'sweep-run') beside `moduleUrl`: the .ts source under tsx/Vitest, the bundled .js otherwise. */
export function workerEntry(name: string, moduleUrl: string): URL {
  return new URL(`./${name}.worker.${moduleUrl.endsWith('.ts') ? 'ts' : 'js'}`, moduleUrl);
}

export async function runThreadPool<R>(options: ThreadPoolOptions<R>): Promise<ThreadPoolResult> {
  return options.workers <= 1 || options.count <= 1 ? runInThread(options) : runOnWorkers(options);
}

async function runInThread<R>(o: ThreadPoolOptions<R>): Promise<ThreadPoolResult> {
  let completed = 0;
  for (let i = 0; i < o.count; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (o.shouldStop()) return { completed, stopped: true };
    o.onResult(i, o.inThread(i));
    completed++;
  }
  return { completed, stopped: false };
}

/**
 * A worker on `entry`. A .ts entry is loaded after registering tsx's loader inside the worker
 * (Node 20 does not carry a parent's module hooks into workers).
 */
export function startWorker(entry: URL, workerData: object): Worker {
  if (!entry.href.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/** How often a stop request (SIGTERM) is looked at while every worker is busy, in ms. */
const STOP_POLL_MS = 20;

function runOnWorkers<R>(o: ThreadPoolOptions<R>): Promise<ThreadPoolResult> {
  const count = Math.min(o.workers, o.count);
  const stop = new SharedArrayBuffer(4);
  const stopFlag = new Int32Array(stop);
  const workerData: PoolWorkerData & Record<string, unknown> = { ...o.workerData, stop };
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    /** per worker: tasks sent and not answered (running + queued), in the order sent */
    const inFlight: number[][] = [];
    let next = 0;
    let completed = 0;
    let busy = 0;
    let stopRequested = false;
    let settled = false;

    const checkStop = () => {
      if (!stopRequested && o.shouldStop()) {
        stopRequested = true;
        Atomics.store(stopFlag, 0, 1);
      }
    };
    const poll = setInterval(checkStop, STOP_POLL_MS);
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      // stopped: some task was left undone because of the stop (not merely requested after the last one)
      else resolve({ completed, stopped: stopRequested && completed < o.count });
    };
    /** Keeps worker k supplied: one task, and a queued one while more tasks remain than workers. */
    const topUp = (k: number) => {
      checkStop();
      while (!stopRequested && next < o.count && inFlight[k].length < (o.count - next > count ? 2 : 1)) {
        const i = next++;
        const message = o.message(i, k);
        inFlight[k].push(i);
        busy++;
        workers[k].postMessage(message);
      }
    };
    for (let k = 0; k < count; k++) {
      const w = startWorker(o.entry, workerData);
      workers.push(w);
      inFlight.push([]);
      w.on('message', (reply: PoolReply<R>) => {
        busy--;
        const i = inFlight[k].shift()!;
        if (reply.type === 'errored') {
          finish(o.failed(i, reply.message));
          return;
        }
        try {
          topUp(k); // first, so the worker has its queued task again while the result is handled
          if (reply.type === 'done') {
            o.onResult(i, reply.value);
            completed++;
          }
        } catch (error) {
          finish(error as Error);
          return;
        }
        if (busy === 0) finish();
      });
      w.on('error', (error) => finish(error));
      w.on('exit', (code) => {
        if (code !== 0 && busy > 0) finish(new Error(`a worker thread exited with code ${code} during a task`));
      });
    }
    try {
      for (let k = 0; k < count; k++) topUp(k);
      if (busy === 0) finish();
    } catch (error) {
      finish(error as Error);
    }
  });
}
