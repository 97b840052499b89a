/**
 * The browser's worker pool of a sweep: W workers, each initialised with the plan once, then handed
 * the next run as soon as it returns one, so fast and slow runs balance themselves. Records reach
 * `onRecord` in completion order (result tables sort by run, so the order never shows in a file).
 *
 * Stopping (the signal) ends every worker at once (a simulation run cannot be interrupted inside
 * `tick`, and a user who presses Stop wants the CPU back now): runs in flight are dropped, every
 * record already handed over stays with the caller, and the pool resolves with `stopped: true`.
 *
 * A watchdog tells a busy worker from a dead one: a worker with a call in flight that stays silent
 * for `silenceMs` — no answer and no heartbeat (the workers beat between ticks, service/heartbeat.ts)
 * — has hung or closed; one that fails (error event, rejected call) has crashed. Either way it is
 * ended, `onRestart` is told, and a fresh worker does the same run again (runs are a function of
 * plan and run id, so the record is the same). A run that loses MAX_TRIES workers in a row, or that
 * errors in the service (the same input would error again), rejects the pool with a message naming
 * the run; the caller keeps the records so far and may continue with the rest.
 * The workers come from `connect` (real module workers in the app, inline services in tests).
 */
import type { RunRecord } from '../runRecord.ts';
import type { SweepInitRequest, SweepService, SweepServiceError } from './types.ts';

/**
 * What the pool asks of a worker's service: `init` once, then one `run(i)` at a time. The sweep
 * service (records of sweep runs) and the comparison service (src/compare/browser: runs of one arm
 * of a pair) both have this shape.
 */
export interface PoolService<I, R> {
  init(request: I): Promise<{ status: 'done' } | { status: 'errored'; error: SweepServiceError }>;
  run(run: number): Promise<{ status: 'done'; record: R } | { status: 'errored'; error: SweepServiceError }>;
}

/** A live connection to one sweep worker (or another PoolService's worker). */
export interface SweepWorker<S extends PoolService<never, unknown> = SweepService> {
  readonly service: S;
  /** called once if the worker fails (uncaught error, failed to load, undecodable message) */
  onFailure(listener: (message: string) => void): void;
  /** ends the worker (terminate); calls in flight never answer */
  dispose(): void;
  /** when the worker last showed it is working (heartbeat or answer), performance.now() ms; absent inline */
  lastSign?(): number;
}

/**
 * How long a working sweep worker may stay silent, ms. It beats every 0.25 s between chunks of
 * ticks; the longest single step is the world's build at init (≈ 1 s for the China map here).
 */
export const SWEEP_SILENCE_MS = 30_000;

/** Workers a run (or the init) may lose in a row before the pool gives up on it. */
const MAX_TRIES = 3;

/** A worker the pool ended: why, for the user's notice. */
export interface SweepRestart {
  /** the run being redone, or null when the worker was lost while loading the plan */
  run: number | null;
  reason: 'timeout' | 'failure';
  /** the failure's message ('' for a timeout) */
  message: string;
}

export interface SweepPoolOptions<I = SweepInitRequest, R = RunRecord> {
  connect: () => SweepWorker<PoolService<I, R>>;
  /** the pool size (at most one worker per run) */
  workers: number;
  init: I;
  /** run indices to do, in dispatch order */
  runs: readonly number[];
  /** each record with the run it answers */
  onRecord: (record: R, run: number) => void;
  /** told each time a hung or failed worker is replaced */
  onRestart?: (restart: SweepRestart) => void;
  /** the watchdog's silence bound, ms (tests shorten it) */
  silenceMs?: number;
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

/** A worker that stopped answering or failed during a call. */
interface Lost {
  lost: SweepRestart['reason'];
  message: string;
}

const isLost = (x: unknown): x is Lost => typeof x === 'object' && x !== null && 'lost' in x;

export function runSweepPool<I = SweepInitRequest, R = RunRecord>(o: SweepPoolOptions<I, R>): Promise<SweepPoolResult> {
  const count = Math.max(0, Math.min(Math.floor(o.workers), o.runs.length));
  if (o.signal?.aborted) return Promise.resolve({ completed: 0, stopped: true });
  if (count === 0) return Promise.resolve({ completed: 0, stopped: false });
  const silenceMs = o.silenceMs ?? SWEEP_SILENCE_MS;

  return new Promise((resolve, reject) => {
    type Worker = SweepWorker<PoolService<I, R>>;
    const workers = new Set<Worker>();
    /** workers lost in a row by each run (key -1: loading the plan) */
    const tries = new Map<number, number>();
    let next = 0;
    let completed = 0;
    let running = count;
    let settled = false;

    const settle = (outcome: { stopped: boolean } | { error: SweepPoolError }) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) w.dispose();
      workers.clear();
      if ('error' in outcome) reject(outcome.error);
      else resolve({ completed, stopped: outcome.stopped });
    };
    const onAbort = () => settle({ stopped: true });
    o.signal?.addEventListener('abort', onAbort);

    const connect = (): { worker: Worker; failed: Promise<string> } | null => {
      try {
        const worker = o.connect();
        workers.add(worker);
        return { worker, failed: new Promise<string>((r) => worker.onFailure(r)) };
      } catch (e) {
        settle({ error: new SweepPoolError(`cannot start a sweep worker: ${messageOf(e)}`, null) });
        return null;
      }
    };

    /** A call's answer, or Lost when its worker fails or stays silent for silenceMs; null once the pool settled. */
    const watch = <T>(w: Worker, failed: Promise<string>, call: () => Promise<T>): Promise<T | Lost | null> =>
      new Promise((answer) => {
        const since = performance.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const done = (value: T | Lost | null) => {
          clearTimeout(timer);
          answer(value);
        };
        const check = () => {
          if (settled) return done(null);
          const quiet = performance.now() - Math.max(since, w.lastSign?.() ?? -Infinity);
          if (quiet >= silenceMs) done({ lost: 'timeout', message: '' });
          else timer = setTimeout(check, silenceMs - quiet);
        };
        timer = setTimeout(check, silenceMs);
        failed.then((message) => done({ lost: 'failure', message }));
        call().then(done, (e) => done({ lost: 'failure', message: messageOf(e) }));
      });

    /** Ends a lost worker and tells the caller; false when the run has lost too many (the pool is rejected). */
    const replace = (w: Worker, run: number | null, why: Lost): boolean => {
      workers.delete(w);
      w.dispose();
      const n = (tries.get(run ?? -1) ?? 0) + 1;
      tries.set(run ?? -1, n);
      if (n >= MAX_TRIES) {
        const what = why.lost === 'timeout' ? 'stopped answering' : `failed (${why.message})`;
        settle({ error: new SweepPoolError(`${run === null ? 'loading the sweep' : `run ${run}`}: a sweep worker ${what} ${n} times in a row`, run) });
        return false;
      }
      o.onRestart?.({ run, reason: why.lost, message: why.message });
      return true;
    };

    /** One worker slot: a worker does runs until none is left; a lost worker is replaced and its run redone. */
    const slot = async () => {
      let pending: number | null = null;
      while (!settled) {
        const c = connect();
        if (!c) return;
        const { worker: w, failed } = c;
        const init = await watch(w, failed, () => w.service.init(o.init));
        if (init === null || settled) return;
        if (isLost(init)) {
          if (!replace(w, pending, init)) return;
          continue;
        }
        tries.delete(-1);
        if (init.status === 'errored') return settle({ error: new SweepPoolError(init.error.message, null) });
        for (;;) {
          const run: number | undefined = pending ?? (next < o.runs.length ? o.runs[next++] : undefined);
          if (run === undefined) {
            if (--running === 0) settle({ stopped: false });
            return;
          }
          pending = run;
          const result = await watch(w, failed, () => w.service.run(run));
          if (result === null || settled) return;
          if (isLost(result)) {
            if (!replace(w, run, result)) return;
            break; // a fresh worker redoes `pending`
          }
          if (result.status === 'errored') return settle({ error: new SweepPoolError(`run ${run}: ${result.error.message}`, run) });
          pending = null;
          tries.delete(run);
          completed++;
          o.onRecord(result.record, run);
          if (settled) return; // onRecord may stop the pool
        }
      }
    };

    for (let i = 0; i < count && !settled; i++) {
      slot().catch((e) => settle({ error: new SweepPoolError(messageOf(e), null) }));
    }
  });
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
