import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assumptions, Levers } from '../../model/params/keys.ts';
import type { ComparisonResult } from '../../compare/types.ts';

export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'errored';

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
export class CompareController implements ReactiveController {
  status: CompareStatus = 'idle';
  /** the last finished comparison (kept while the next one runs, and after a cancel) */
  result: ComparisonResult | null = null;
  /** the request of `result` */
  resultRequest: CompareRequest | null = null;
  /** the request running now */
  running: CompareRequest | null = null;
  /** the running comparison runs only its scenario arm (the baseline's runs are kept) */
  scenarioOnly = false;
  done = 0;
  total = 0;
  error = '';
  /** ms the last comparison took (or the running one so far) */
  private startedAt = 0;
  private endedAt = 0;
  private stopper: AbortController | null = null;
  private baseline: unknown = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly runner: () => CompareRunner,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  elapsedMs(): number {
    return (this.status === 'running' ? performance.now() : this.endedAt) - this.startedAt;
  }

  /** Runs `request` (a running comparison is cancelled first); the result replaces the shown one when done. */
  async run(request: CompareRequest): Promise<void> {
    this.stopper?.abort();
    const stopper = new AbortController();
    this.stopper = stopper;
    const keep = this.resultRequest && this.baseline !== null && sameBaseline(this.resultRequest, request) ? this.baseline : undefined;
    this.running = request;
    this.scenarioOnly = keep !== undefined;
    this.status = 'running';
    this.error = '';
    this.done = 0;
    this.total = request.pairs * (this.scenarioOnly ? 1 : 2);
    this.startedAt = performance.now();
    this.host.requestUpdate();
    try {
      const outcome = await this.runner()(request, {
        signal: stopper.signal,
        baseline: keep,
        onProgress: (done, total) => {
          if (this.stopper !== stopper) return;
          this.done = done;
          this.total = total;
          this.host.requestUpdate();
        },
      });
      if (this.stopper !== stopper) return; // a newer run took over
      if (!outcome) {
        this.status = 'cancelled';
      } else {
        this.result = outcome.result;
        this.resultRequest = request;
        this.baseline = outcome.baseline;
        this.status = 'done';
      }
    } catch (e) {
      if (this.stopper !== stopper) return;
      this.status = 'errored';
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (this.stopper === stopper) {
        this.stopper = null;
        this.running = null;
        this.endedAt = performance.now();
        this.host.requestUpdate();
      }
    }
  }

  /** Stops the running comparison now; the last finished result stays. */
  cancel(): void {
    this.stopper?.abort();
  }
}
