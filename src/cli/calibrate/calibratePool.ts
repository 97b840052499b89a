/**
 * Evaluates the engine's batches of candidates (src/calibration/abcSmc.ts: Evaluate) on W worker
 * threads kept for the whole run, or in this thread when W = 1. A batch is cut into chunks (about
 * four per worker, so a slow chunk does not leave the others idle) that go to whichever worker is
 * free; the summaries come back in the batch's order, so the result does not depend on W.
 */
import type { Worker } from 'node:worker_threads';
import type { Candidate, Simulator } from '../../calibration/abcSmc.ts';
import { planSimulator, type CalibrationPlan } from '../../calibration/abcSmcPlan.ts';
import { startWorker, workerEntry } from '../../sweep/node/threadPool.ts';
import { SIMULATOR_CONTEXT } from './simulatorContext.ts';

export interface ToCalibrateWorker {
  id: number;
  candidates: readonly Candidate[];
}
export type FromCalibrateWorker = { type: 'done'; id: number; summaries: number[][] } | { type: 'errored'; id: number; message: string };

export class SimulationFailedError extends Error {
  constructor(detail: string) {
    super(`a simulation failed (a bug; please report it with the calibration folder):\n${detail}`);
    this.name = 'SimulationFailedError';
  }
}

export interface CalibratePool {
  /**
   * The summaries of a batch, in its order; `onProgress(done)` as simulations finish. Once `stop` is
   * aborted the batch is given up: null at once (the simulations in flight on workers are dropped).
   */
  evaluate(batch: readonly Candidate[], onProgress?: (done: number) => void, stop?: AbortSignal): Promise<number[][] | null>;
  close(): Promise<void>;
}

/** Chunks per worker in a batch. */
const CHUNKS_PER_WORKER = 4;

export function calibratePool(plan: CalibrationPlan, workers: number): CalibratePool {
  return workers <= 1 ? inThread(planSimulator(plan, SIMULATOR_CONTEXT)) : onWorkers(plan, workers);
}

function inThread(simulate: Simulator): CalibratePool {
  return {
    async evaluate(batch, onProgress, stop) {
      const out: number[][] = [];
      for (const c of batch) {
        if (out.length % 16 === 0) {
          onProgress?.(out.length);
          await new Promise((resolve) => setImmediate(resolve)); // let a signal handler run
          if (stop?.aborted) return null;
        }
        try {
          out.push([...simulate(c.theta, c.seed)]);
        } catch (error) {
          throw new SimulationFailedError(error instanceof Error ? (error.stack ?? error.message) : String(error));
        }
      }
      return out;
    },
    close: async () => undefined,
  };
}

interface BatchInProgress {
  chunks: Candidate[][];
  /** chunks handed out so far */
  sent: number;
  results: number[][][];
  left: number;
  /** simulations finished */
  done: number;
  onProgress?: (done: number) => void;
  resolve: (summaries: number[][] | null) => void;
  reject: (error: Error) => void;
}

function onWorkers(plan: CalibrationPlan, count: number): CalibratePool {
  // the bundled calibrate.worker.js beside dist-cli, or the .ts entry from source (tsx, Vitest)
  const workers = Array.from({ length: count }, () => startWorker(workerEntry('calibrate', import.meta.url), plan));
  let failure: Error | null = null;
  let current: BatchInProgress | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    current?.reject(failure);
    current = null;
  };
  /** Hands worker w the batch's next chunk, if any is left. */
  const feed = (w: Worker) => {
    if (current && current.sent < current.chunks.length) {
      const id = current.sent++;
      w.postMessage({ id, candidates: current.chunks[id] } satisfies ToCalibrateWorker);
    }
  };
  for (const w of workers) {
    w.on('message', (m: FromCalibrateWorker) => {
      if (!current) return;
      if (m.type === 'errored') return fail(new SimulationFailedError(m.message));
      current.results[m.id] = m.summaries;
      current.done += m.summaries.length;
      current.onProgress?.(current.done);
      if (--current.left > 0) return feed(w);
      const done = current;
      current = null;
      done.resolve(done.results.flat());
    });
    w.on('error', (error) => fail(error));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a calibration worker exited with code ${code}`));
    });
  }
  return {
    evaluate(batch, onProgress, stop) {
      if (failure) return Promise.reject(failure);
      if (stop?.aborted) return Promise.resolve(null);
      const size = Math.max(1, Math.ceil(batch.length / (count * CHUNKS_PER_WORKER)));
      const chunks: Candidate[][] = [];
      for (let i = 0; i < batch.length; i += size) chunks.push(batch.slice(i, i + size));
      if (chunks.length === 0) return Promise.resolve([]);
      return new Promise<number[][] | null>((resolve, reject) => {
        const batchState: BatchInProgress = { chunks, sent: 0, results: [], left: chunks.length, done: 0, onProgress, resolve, reject };
        current = batchState;
        stop?.addEventListener('abort', () => {
          if (current !== batchState) return;
          current = null; // answers still to come are dropped
          resolve(null);
        });
        for (const w of workers) feed(w);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
