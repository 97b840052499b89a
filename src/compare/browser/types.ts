/**
 * The messages of the browser's comparison service (compareService.ts) — what crosses the boundary
 * to `workers/compare.worker.ts`. Plain data only (structured-clone safe); every call answers
 * `done` or `errored` with a message for the user and never throws across the boundary.
 */
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import type { RunChanges } from '../../service/types.ts';
import type { SweepServiceError } from '../../sweep/browser/types.ts';
import type { CompareRunResult } from '../types.ts';

/** An arm as the app holds it: a preset id or the text of an imported scenario file, with the UI's lever/assumption changes. */
export type CompareArmSource = ({ presetId: string } | { text: string }) & { changes?: Omit<RunChanges, 'seed'> };

export interface CompareInitRequest {
  /** both arms, resolved on the page (the worker plans the same comparison from them) */
  baseline: ResolvedScenario;
  scenario: ResolvedScenario;
  pairs: number;
  seed: number;
  /** Base URL of the app's public files (`data/…`), with a trailing slash; ignored with an injected loader (tests). */
  dataBaseUrl?: string;
}

export type CompareInitResult = { status: 'done'; runs: number } | { status: 'errored'; error: SweepServiceError };

export type CompareTaskResult = { status: 'done'; record: CompareRunResult } | { status: 'errored'; error: SweepServiceError };

/** One worker's service: initialised once per comparison, then asked for one task (2·pair + arm) at a time. */
export interface CompareService {
  init(request: CompareInitRequest): Promise<CompareInitResult>;
  /** runs task t: pair ⌊t/2⌋, the baseline when t is even, the scenario when odd */
  run(task: number): Promise<CompareTaskResult>;
}
