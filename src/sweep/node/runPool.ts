/**
 * Runs a list of sweep runs on W worker threads, or in this thread when W = 1 (threadPool.ts: the
 * queued run per worker, the shared stop flag, SIGTERM), and hands each record to `onRecord` as it
 * arrives (in completion order; files make the order irrelevant). A point's scenario crosses to a
 * worker once, with the first of its replicates that worker gets (messages.ts). Records are hashed
 * with Node's native SHA-256.
 */
import type { World } from '../../model/world.ts';
import type { ResolvedOutputs } from '../types.ts';
import { executeSweepRun, type RunRecord, type RunTask } from '../runRecord.ts';
import type { ToWorker, WorkerInit } from './messages.ts';
import { nativeSha256Hex } from './nativeSha256.ts';
import { runThreadPool, workerEntry } from './threadPool.ts';

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

export async function runPool(o: PoolOptions): Promise<PoolResult> {
  /** per worker: the point whose scenario it holds (−1: none yet) */
  const heldPoint: number[] = [];
  const init: Omit<WorkerInit, 'stop'> = { world: o.world, outputs: o.outputs };
  return runThreadPool<RunRecord>({
    entry: workerEntry('sweep-run', import.meta.url),
    workerData: init,
    workers: o.workers,
    count: o.tasks.length,
    message: (i, k): ToWorker => {
      const { scenario, digest, ...run } = o.task(o.tasks[i]);
      const message: ToWorker = { type: 'run', run, digest, scenario: (heldPoint[k] ?? -1) === run.point ? null : scenario };
      heldPoint[k] = run.point;
      return message;
    },
    inThread: (i) => executeSweepRun(o.world, o.task(o.tasks[i]), o.outputs, nativeSha256Hex),
    onResult: (_i, record) => o.onRecord(record),
    shouldStop: o.shouldStop,
    failed: (i, detail) => new RunFailedError(o.tasks[i], detail),
  });
}
