/**
 * Runs a list of tasks on W worker threads (worker_threads), or in this thread when W = 1, and hands
 * each record to `onRecord` as it arrives (in completion order; files make the order irrelevant).
 * `shouldStop()` is polled before each dispatch and every STOP_POLL_MS: once it is true no new run
 * starts, the runs in flight finish and are handed over, and the pool resolves with `stopped: true`
 * (SIGTERM handling). In this thread the loop yields to the event loop between runs so a signal
 * handler can run.
 *
 * Each worker holds its running run and, while more runs remain than there are workers, one queued
 * run, so it starts its next run the moment it posts a record instead of waiting for this thread to
 * be scheduled, receive the record and answer (measured 4–5 ms per run with both cores busy, ≈ 20 %
 * of a 20 ms run). A stop sets a flag the workers share, and they skip queued runs that have not
 * started. A point's scenario crosses to a worker once, with the first of its replicates that
 * worker gets (messages.ts). Records are hashed with Node's native SHA-256.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { World } from '../../model/world.ts';
import type { ResolvedOutputs } from '../types.ts';
import { executeSweepRun, type RunRecord, type RunTask } from '../runRecord.ts';
import type { FromWorker, ToWorker, WorkerInit } from './messages.ts';
import { nativeSha256Hex } from './nativeSha256.ts';

export interface PoolOptions {
  world: World;
  outputs: ResolvedOutputs;
  workers: number;
  /** builds a run's task when it is dispatched (resolves its scenario lazily) */
  tasks: readonly number[];
  task: (run: number) => RunTask;
  onRecord: (record: RunRecord) => void;
  shouldStop: () => boolean;
}

export interface PoolResult {
  completed: number;
  stopped: boolean;
}

export class RunFailedError extends Error {
  constructor(
    readonly run: number,
    detail: string,
  ) {
    super(`run ${run} failed inside the simulation (a bug; please report it with the plan folder):\n${detail}`);
    this.name = 'RunFailedError';
  }
}

export async function runPool(options: PoolOptions): Promise<PoolResult> {
  return options.workers <= 1 || options.tasks.length <= 1 ? runInThread(options) : runOnWorkers(options);
}

async function runInThread(o: PoolOptions): Promise<PoolResult> {
  let completed = 0;
  for (const run of o.tasks) {
    await new Promise((resolve) => setImmediate(resolve));
    if (o.shouldStop()) return { completed, stopped: true };
    o.onRecord(executeSweepRun(o.world, o.task(run), o.outputs, nativeSha256Hex));
    completed++;
  }
  return { completed, stopped: false };
}

/**
 * A worker on the entry next to this module: the bundled `sweep-run.worker.js` in dist-cli, or — when
 * this module runs from source (tsx, Vitest) — the .ts entry, loaded after registering tsx's loader
 * inside the worker (Node 20 does not carry a parent's module hooks into workers).
 */
function startWorker(init: WorkerInit): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./sweep-run.worker.js', import.meta.url), { workerData: init });
  const entry = new URL('./sweep-run.worker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: init });
}

/** How often a stop request (SIGTERM) is looked at while every worker is busy, in ms. */
const STOP_POLL_MS = 20;

function runOnWorkers(o: PoolOptions): Promise<PoolResult> {
  const count = Math.min(o.workers, o.tasks.length);
  const stop = new SharedArrayBuffer(4);
  const stopFlag = new Int32Array(stop);
  const init: WorkerInit = { world: o.world, outputs: o.outputs, stop };
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    /** per worker: the point whose scenario it holds (−1: none yet) */
    const heldPoint: number[] = [];
    /** per worker: runs sent and not answered (running + queued) */
    const inFlight: number[] = [];
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
      // stopped: some run was left undone because of the stop (not merely requested after the last one)
      else resolve({ completed, stopped: stopRequested && completed < o.tasks.length });
    };
    /** Keeps worker k supplied: one run, and a queued one while more runs remain than workers. */
    const topUp = (k: number) => {
      checkStop();
      while (!stopRequested && next < o.tasks.length && inFlight[k] < (o.tasks.length - next > count ? 2 : 1)) {
        const { scenario, digest, ...run } = o.task(o.tasks[next++]);
        const message: ToWorker = { type: 'run', run, digest, scenario: heldPoint[k] === run.point ? null : scenario };
        heldPoint[k] = run.point;
        inFlight[k]++;
        busy++;
        workers[k].postMessage(message);
      }
    };
    for (let k = 0; k < count; k++) {
      const w = startWorker(init);
      workers.push(w);
      heldPoint.push(-1);
      inFlight.push(0);
      w.on('message', (message: FromWorker) => {
        busy--;
        inFlight[k]--;
        if (message.type === 'errored') {
          finish(new RunFailedError(message.run, message.message));
          return;
        }
        try {
          topUp(k); // first, so the worker has its queued run again while the record is written
          if (message.type === 'done') {
            o.onRecord(message.record);
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
        if (code !== 0 && busy > 0) finish(new Error(`a sweep worker exited with code ${code} during a run`));
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
