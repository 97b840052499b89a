/**
 * The messages of the browser's sweep service (sweepService.ts) — what crosses the boundary to
 * `workers/sweep.worker.ts`. Plain data only (structured-clone safe). Every call answers with a
 * discriminated union (docs/implementation-notes.md, "Contracts"): `done` or `errored` with a message for the user; the service
 * never throws across the boundary.
 */
import type { RunRecord } from '../runRecord.ts';
import type { ResolvedSweep } from '../types.ts';

export interface SweepInitRequest {
  /** the resolved sweep as the page planned it (base scenario included) */
  sweep: ResolvedSweep;
  /** the plan's digest on the page: the worker rebuilds the plan and refuses a different one */
  digest: string;
  /**
   * Base URL of the app's public files (`data/…`), with a trailing slash; ignored when the service
   * was created with its own loader (tests).
   */
  dataBaseUrl?: string;
}

export interface SweepServiceError {
  message: string;
}

export type SweepInitResult = { status: 'done'; runs: number } | { status: 'errored'; error: SweepServiceError };

export type SweepRunResult = { status: 'done'; record: RunRecord } | { status: 'errored'; run: number; error: SweepServiceError };

/** One worker's service: initialised once per sweep, then asked for one run at a time. */
export interface SweepService {
  init(request: SweepInitRequest): Promise<SweepInitResult>;
  /** runs run `run` of the plan: what `idlab sweep run` computes for that run id and seed */
  run(run: number): Promise<SweepRunResult>;
}
