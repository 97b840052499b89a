/** Messages between the sweep runner and its worker threads (DESIGN.md §4: a discriminated union). */
import type { World } from '../../model/world.ts';
import type { ResolvedOutputs } from '../types.ts';
import type { RunRecord, RunTask } from '../runRecord.ts';

/** What each worker receives once, as workerData (structured clone). */
export interface WorkerInit {
  world: World;
  outputs: ResolvedOutputs;
}

export type ToWorker = { type: 'run'; task: RunTask };

export type FromWorker = { type: 'done'; record: RunRecord } | { type: 'errored'; run: number; message: string };
