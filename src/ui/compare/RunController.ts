import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'errored';

/** Runs one job in the workers: stops when `signal` aborts (then resolves null), reports runs done of `total`. */
export type RunJob<T> = (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<T | null>;

/**
 * One long job at a time for a Lit host (compare mode's comparison, the tornado): status, progress
 * in runs, the time taken, cancel. A new job cancels the running one; a job that a newer one took
 * over changes nothing when it ends. Subclasses keep the finished job's outcome (`runJob`'s `keep`),
 * so the last result stays on screen while a new job runs and after a cancel.
 */
export abstract class RunController implements ReactiveController {
  status: RunStatus = 'idle';
  done = 0;
  total = 0;
  error = '';
  /** performance.now() (ms) at the job's start and end */
  private startedAt = 0;
  private endedAt = 0;
  private stopper: AbortController | null = null;

  constructor(protected readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** ms the last job took (or the running one so far) */
  elapsedMs(): number {
    return (this.status === 'running' ? performance.now() : this.endedAt) - this.startedAt;
  }

  /** Stops the running job now; the last finished outcome stays. */
  cancel(): void {
    this.stopper?.abort();
  }

  /**
   * Runs `job` (a running one is cancelled first), `total` runs expected until it says otherwise.
   * A finished job's outcome goes to `keep`; `ended` runs when this job stops being the current one
   * by ending (not when a newer one took over).
   */
  protected async runJob<T>(total: number, job: RunJob<T>, keep: (outcome: T) => void, ended?: () => void): Promise<void> {
    this.stopper?.abort();
    const stopper = new AbortController();
    this.stopper = stopper;
    this.status = 'running';
    this.error = '';
    this.done = 0;
    this.total = total;
    this.startedAt = performance.now();
    this.host.requestUpdate();
    try {
      const outcome = await job(stopper.signal, (done, total) => {
        if (this.stopper !== stopper) return;
        this.done = done;
        this.total = total;
        this.host.requestUpdate();
      });
      if (this.stopper !== stopper) return; // a newer job took over
      if (outcome === null) {
        this.status = 'cancelled';
      } else {
        keep(outcome);
        this.status = 'done';
      }
    } catch (e) {
      if (this.stopper !== stopper) return;
      this.status = 'errored';
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (this.stopper === stopper) {
        this.stopper = null;
        ended?.();
        this.endedAt = performance.now();
        this.host.requestUpdate();
      }
    }
  }
}
