/** Messages between the sweep runner and its worker threads (docs/implementation-notes.md, "Contracts": a discriminated union). */
import type { World } from '../../model/world.ts';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import type { PlanRun } from '../plan.ts';
import type { ResolvedOutputs } from '../types.ts';
import type { RunRecord } from '../runRecord.ts';
import type { PoolReply, PoolWorkerData } from './threadPool.ts';

/** What each worker receives once, as workerData (structured clone; the pool's `stop` flag is shared, not copied: threadPool.ts). */
export interface WorkerInit extends PoolWorkerData {
  world: World;
  outputs: ResolvedOutputs;
}

/**
 * One run. Runs are dispatched in run order, so a worker gets the replicates of a point one after
 * another: the point's scenario is sent with the first of them and `scenario: null` means "the
 * scenario of the previous message" (one structured clone per point and worker, not per run).
 */
export type ToWorker = { type: 'run'; run: PlanRun; digest: string; scenario: ResolvedScenario | null };

/** `skipped`: a queued run that had not started when the pool stopped (no result; the next call runs it). */
export type FromWorker = PoolReply<RunRecord>;
