import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchTextLoader } from '../../service/loader.ts';
import { PresetStore } from '../../service/presetStore.ts';
import type { RunRecord } from '../../sweep/runRecord.ts';
import { panelSweepFile, planSweep, runSweepPool, SWEEP_SILENCE_MS, type PanelChoice, type PlannedSweep, type SweepRestart, type SweepWorker } from '../../sweep/browser/index.ts';
import { poolSize } from './sweepWorkers.ts';

export type SweepStatus = 'idle' | 'running' | 'stopped' | 'done' | 'errored';

/** The panel runs at most this many runs; larger sweeps belong to `idlab sweep` (export the sweep file). */
export const MAX_PANEL_RUNS = 5000;

/**
 * The Sweep panel's model (a Lit reactive controller): checks the user's choice as it changes (planning it on the
 * page: problems with their paths, or the run count), runs a planned sweep on the worker pool
 * (src/sweep/browser), collects records as they arrive, stops, and continues a stopped sweep with
 * the runs it has not done. The component only displays this state and calls these methods.
 */
export class SweepController implements ReactiveController {
  /** the plan of the current choice, or null while it is checked or when it has problems */
  checked: PlannedSweep | null = null;
  /** problems of the current choice (field path, value, allowed range), one per line */
  problems: string[] = [];
  checking = false;

  /** the sweep run last (its records are what the chart and the exports show) */
  sweep: PlannedSweep | null = null;
  status: SweepStatus = 'idle';
  /** records in arrival order */
  records: RunRecord[] = [];
  /** incremented at every new record (cheap change detection for the chart) */
  revision = 0;
  /** workers of the running pool */
  workers = 0;
  error = '';
  /** ms spent running (the pool's wall time, summed over continues) */
  elapsed = 0;
  /** workers the watchdog replaced during this sweep (hung, closed or crashed), and the last one, for the notice */
  restarts = 0;
  lastRestart: SweepRestart | null = null;
  /** the watchdog's silence bound, ms (tests shorten it) */
  silenceMs = SWEEP_SILENCE_MS;

  private presets: PresetStore | null = null;
  private checkId = 0;
  private stopper: AbortController | null = null;
  private startedAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connect: () => SweepWorker,
    private readonly dataBaseUrl: () => string,
    /** the pool size (tests fix it; the app asks the browser) */
    private readonly size: () => number = poolSize,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  get done(): number {
    return this.records.length;
  }

  /** ms spent running so far, the current stretch included */
  elapsedNow(): number {
    return this.elapsed + (this.status === 'running' ? performance.now() - this.startedAt : 0);
  }

  get total(): number {
    return this.sweep?.plan.runCount ?? 0;
  }

  /** Plans the choice on the page; the latest call wins. */
  async check(choice: PanelChoice): Promise<void> {
    const id = ++this.checkId;
    this.checking = true;
    this.host.requestUpdate();
    this.presets ??= new PresetStore(() => fetchTextLoader(this.dataBaseUrl()));
    const outcome = await planSweep(panelSweepFile(choice), this.presets);
    if (id !== this.checkId) return;
    this.checking = false;
    this.checked = outcome.ok ? outcome.planned : null;
    this.problems = outcome.ok ? [] : outcome.problems;
    this.host.requestUpdate();
  }

  /** Whether the checked sweep is too large for the panel (it can still be saved for `idlab sweep`). */
  get tooLarge(): boolean {
    return (this.checked?.plan.runCount ?? 0) > MAX_PANEL_RUNS;
  }

  /** The resolved years of a preset's scenario, for the years field's placeholder (null until known). */
  presetYears(): number | null {
    return this.checked?.plan.sweep.scenario.time.years ?? null;
  }

  /** Runs the checked sweep from the start. */
  async start(): Promise<void> {
    if (!this.checked || this.tooLarge || this.status === 'running') return;
    this.sweep = this.checked;
    this.records = [];
    this.elapsed = 0;
    this.restarts = 0;
    this.lastRestart = null;
    const runs = Array.from({ length: this.sweep.plan.runCount }, (_, i) => i);
    await this.runPool(runs);
  }

  /** Whether the last sweep can be continued: it was stopped, or ended by an error, before its last run. */
  get resumable(): boolean {
    return !!this.sweep && (this.status === 'stopped' || this.status === 'errored') && this.done < this.total;
  }

  /** Runs the runs of the last sweep that have no record yet (after Stop, or after an error), keeping the finished ones. */
  async resume(): Promise<void> {
    if (!this.resumable || !this.sweep) return;
    const have = new Set(this.records.map((r) => r.run));
    const runs = Array.from({ length: this.sweep.plan.runCount }, (_, i) => i).filter((i) => !have.has(i));
    await this.runPool(runs);
  }

  /** Ends every worker now; finished runs stay. */
  stop(): void {
    this.stopper?.abort();
  }

  private async runPool(runs: number[]): Promise<void> {
    const sweep = this.sweep!;
    const stopper = new AbortController();
    this.stopper = stopper;
    this.status = 'running';
    this.error = '';
    this.workers = Math.min(this.size(), runs.length);
    this.startedAt = performance.now();
    this.host.requestUpdate();
    try {
      const result = await runSweepPool({
        connect: this.connect,
        workers: this.workers,
        init: { sweep: sweep.plan.sweep, digest: sweep.plan.digest, dataBaseUrl: this.dataBaseUrl() },
        runs,
        onRecord: (record) => {
          this.records.push(record);
          this.revision++;
          this.host.requestUpdate();
        },
        onRestart: (restart) => {
          this.restarts++;
          this.lastRestart = restart;
          this.host.requestUpdate();
        },
        silenceMs: this.silenceMs,
        signal: stopper.signal,
      });
      this.status = result.stopped ? 'stopped' : 'done';
    } catch (e) {
      this.status = 'errored';
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (this.stopper === stopper) this.stopper = null;
      this.elapsed += performance.now() - this.startedAt;
      this.workers = 0;
      this.host.requestUpdate();
    }
  }
}
