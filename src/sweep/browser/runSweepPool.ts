/**
 * The browser's worker pool of a sweep: W workers, each initialised with the plan once, then handed
 * the next run as soon as it returns one, so fast and slow runs balance themselves. Records reach
 * `onRecord` in completion order (result tables sort by run, so the order never shows in a file).
 *
 * Stopping (the signal) ends every worker at once (a simulation run cannot be interrupted inside
 * `tick`, and a user who presses Stop wants the CPU back now): runs in flight are dropped, every
 * record already handed over stays with the caller, and the pool resolves with `stopped: true`. A run
 * that errors or a worker that dies rejects the pool with a message naming the run or the worker.
 * The workers come from `connect` (real module workers in the app, inline services in tests).
 */
import type { RunRecord } from '../runRecord.ts';
import type { SweepInitRequest, SweepService } from './types.ts';

/** A live connection to one sweep worker. */
export interface SweepWorker {
  readonly service: SweepService;
  /** called once if the worker fails (uncaught error, failed to load, undecodable message) */
  onFailure(listener: (message: string) => void): void;
  /** ends the worker (terminate); calls in flight never answer */
  dispose(): void;
}

export interface SweepPoolOptions {
  connect: () => SweepWorker;
  /** the pool size (at most one worker per run) */
  workers: number;
  init: SweepInitRequest;
  /** run indices to do, in dispatch order */
  runs: readonly number[];
  onRecord: (record: RunRecord) => void;
  signal?: AbortSignal;
}

export interface SweepPoolResult {
  /** records handed to onRecord */
  completed: number;
  stopped: boolean;
}

export class SweepPoolError extends Error {
  constructor(
    message: string,
    /** the run that failed, or null when a worker failed */
    readonly run: number | null,
  ) {
    super(message);
    this.name = 'SweepPoolError';
  }
}

export function runSweepPool(o: SweepPoolOptions): Promise<SweepPoolResult> {
  const count = Math.max(0, Math.min(Math.floor(o.workers), o.runs.length));
  if (o.signal?.aborted) return Promise.resolve({ completed: 0, stopped: true });
  if (count === 0) return Promise.resolve({ completed: 0, stopped: false });

  return new Promise((resolve, reject) => {
    const workers: SweepWorker[] = [];
    let next = 0;
    let completed = 0;
    let running = count;
    let settled = false;

    const settle = (outcome: { stopped: boolean } | { error: SweepPoolError }) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) w.dispose();
      if ('error' in outcome) reject(outcome.error);
      else resolve({ completed, stopped: outcome.stopped });
    };
    const onAbort = () => settle({ stopped: true });
    o.signal?.addEventListener('abort', onAbort);

    const work = async (w: SweepWorker) => {
      const init = await w.service.init(o.init);
      if (settled) return;
      if (init.status === 'errored') return settle({ error: new SweepPoolError(init.error.message, null) });
      while (next < o.runs.length) {
        const run = o.runs[next++];
        const result = await w.service.run(run);
        if (settled) return;
        if (result.status === 'errored') return settle({ error: new SweepPoolError(`run ${run}: ${result.error.message}`, run) });
        completed++;
        o.onRecord(result.record);
        if (settled) return; // onRecord may stop the pool
      }
      if (--running === 0) settle({ stopped: false });
    };

    for (let i = 0; i < count && !settled; i++) {
      let w: SweepWorker;
      try {
        w = o.connect();
      } catch (e) {
        settle({ error: new SweepPoolError(`cannot start a sweep worker: ${e instanceof Error ? e.message : String(e)}`, null) });
        break;
      }
      workers.push(w);
      w.onFailure((message) => settle({ error: new SweepPoolError(`a sweep worker failed: ${message}`, null) }));
      work(w).catch((e) => settle({ error: new SweepPoolError(e instanceof Error ? e.message : String(e), null) }));
    }
  });
}
