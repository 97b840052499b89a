import type { ReactiveControllerHost } from 'lit';
import type { Assumptions, Levers } from '../../model/params/keys.ts';
import type { ComparisonResult } from '../../compare/types.ts';
import { RunController, type RunStatus } from './RunController.ts';

export type CompareStatus = RunStatus;

/** The baseline as the app holds it: a preset, or an imported scenario file's text. */
export type CompareSource = { presetId: string } | { text: string };

/** The user's changes that make the scenario (the levers and assumptions moved from the baseline's values). */
export interface CompareChanges {
  levers: Partial<Levers>;
  params: Partial<Assumptions>;
}

/** What one comparison runs. */
export interface CompareRequest {
  source: CompareSource;
  changes: CompareChanges;
  pairs: number;
  /** the base seed (the app's): pair i's seed is derived from it */
  seed: number;
  /** years per run; null: the scenario's own */
  years: number | null;
}

/** A finished comparison and how to redo only its scenario arm. */
export interface CompareOutcome {
  result: ComparisonResult;
  /** opaque: handed back to the runner to keep the baseline arm when only the changes differ */
  baseline: unknown;
}

/**
 * Runs a comparison in the browser's workers: progress as runs finish, stopped by the signal
 * (then resolves null). With `baseline` from an earlier outcome of the same source, pairs, seed and
 * years, only the scenario arm is run again.
 */
export type CompareRunner = (
  request: CompareRequest,
  options: { signal: AbortSignal; onProgress: (done: number, total: number) => void; baseline?: unknown },
) => Promise<CompareOutcome | null>;

/** Whether two requests run the same baseline arm (source, pairs, seed and years alike). */
export function sameBaseline(a: CompareRequest, b: CompareRequest): boolean {
  const sa = 'presetId' in a.source ? `p:${a.source.presetId}` : `t:${a.source.text}`;
  const sb = 'presetId' in b.source ? `p:${b.source.presetId}` : `t:${b.source.text}`;
  return sa === sb && a.pairs === b.pairs && a.seed === b.seed && a.years === b.years;
}

/** Whether two requests are the same comparison. */
export function sameRequest(a: CompareRequest, b: CompareRequest): boolean {
  return sameBaseline(a, b) && JSON.stringify(a.changes) === JSON.stringify(b.changes);
}

/**
 * Compare mode's model (a Lit reactive controller): runs a comparison, reports progress, cancels,
 * and keeps the last finished result on screen while a new one runs (after a lever change only the
 * scenario arm, when the baseline arm is the same). The panel displays this state.
 */
export class CompareController extends RunController {
  /** the last finished comparison (kept while the next one runs, and after a cancel) */
  result: ComparisonResult | null = null;
  /** the request of `result` */
  resultRequest: CompareRequest | null = null;
  /** the request running now */
  running: CompareRequest | null = null;
  /** the running comparison runs only its scenario arm (the baseline's runs are kept) */
  scenarioOnly = false;
  private baseline: unknown = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly runner: () => CompareRunner,
  ) {
    super(host);
  }

  /** Runs `request` (a running comparison is cancelled first); the result replaces the shown one when done. */
  run(request: CompareRequest): Promise<void> {
    const keep = this.resultRequest && this.baseline !== null && sameBaseline(this.resultRequest, request) ? this.baseline : undefined;
    this.running = request;
    this.scenarioOnly = keep !== undefined;
    return this.runJob(
      request.pairs * (this.scenarioOnly ? 1 : 2),
      (signal, onProgress) => this.runner()(request, { signal, baseline: keep, onProgress }),
      (outcome) => {
        this.result = outcome.result;
        this.resultRequest = request;
        this.baseline = outcome.baseline;
      },
      () => (this.running = null),
    );
  }
}
