import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Frame,
  FrameResult,
  InitRequest,
  InitResult,
  MetricRow,
  PresetInfo,
  PresetsResult,
  RunChanges,
  RunInfo,
  LocalityDetail,
} from '../../service/types.ts';
import type { ServiceConnection } from './serviceConnection.ts';

export type RunStatus = 'idle' | 'loading' | 'ready' | 'errored';

/** Longest backlog the clock lets build up when the worker falls behind, in seconds of wall time. */
const MAX_BACKLOG_S = 0.25;

/**
 * Owns the simulation service connection and the animation clock (STYLE.md 11; DESIGN.md §3 data flow).
 * While playing, each animation frame asks the service for as many ticks as the speed owes since the
 * last frame (never more than one request in flight, so the worker is never flooded and the main
 * thread never waits); the answer's transferred stage array and new metric rows become the host's
 * state. Seeks are coalesced: while one is in flight only the latest target is kept. Every
 * (re)start bumps a generation so late answers of an older run are dropped. Errors — an `errored`
 * result, a rejected call, a failed worker — stop the clock and surface as `error`.
 */
export class SimulationController implements ReactiveController {
  status: RunStatus = 'idle';
  /** what stopped the run (status `errored`), or why the last change was rejected (status `ready`) */
  error = '';
  /** a problem that does not affect the run (e.g. the preset list could not be loaded) */
  warning = '';
  info: RunInfo | null = null;
  frame: Frame | null = null;
  /** chart rows, tick-major then innovation (row index = tick·K + k), up to the current tick */
  rows: MetricRow[] = [];
  /** bumped whenever `rows` changes in place (for Lit change detection) */
  rowsVersion = 0;
  playing = false;
  done = false;
  /** simulated years per second of wall time */
  speed = 2;
  presets: PresetInfo[] = [];
  /** measured while playing: ticks the service advanced per second of wall time (last ~2 s) */
  ticksPerSecond = 0;

  private connection: ServiceConnection | null = null;
  private generation = 0;
  private inFlight = false;
  private owed = 0;
  private lastTime = 0;
  private raf = 0;
  private pendingSeek: number | null = null;
  /** the running seek loop / advance request, if any */
  private seeking: Promise<void> | null = null;
  private advancing: Promise<void> | null = null;
  private lastRequest: InitRequest | null = null;
  private rate = { ticks: 0, since: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly connect: () => ServiceConnection,
    /** the app's public root (`data/`, `scenarios/`), read at each call */
    private readonly dataBaseUrl: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.connection) this.open();
  }

  hostDisconnected(): void {
    this.pause();
    this.connection?.dispose();
    this.connection = null;
  }

  private open(): ServiceConnection {
    const connection = this.connect();
    connection.onFailure((message) => this.fail(message));
    this.connection = connection;
    return connection;
  }

  private get service() {
    return (this.connection ?? this.open()).service;
  }

  // ── commands ──────────────────────────────────────────────────────────────────────────────────

  /** Loads the preset list for the picker; a failure is a warning (the current run is unaffected). */
  async loadPresets(): Promise<void> {
    let r: PresetsResult;
    try {
      r = await this.service.listPresets(this.dataBaseUrl());
    } catch (e) {
      r = { status: 'errored', error: { message: e instanceof Error ? e.message : String(e) } };
    }
    if (r.status === 'errored') this.warning = r.error.message;
    else this.presets = r.presets;
    this.host.requestUpdate();
  }

  /** Start a run of a preset or scenario with a seed, at tick 0. */
  async start(request: Omit<InitRequest, 'dataBaseUrl'>): Promise<void> {
    this.lastRequest = { ...request, dataBaseUrl: this.dataBaseUrl() };
    const gen = this.beginRun();
    this.applyInit(gen, await this.call(() => this.service.init(this.lastRequest!)));
  }

  /**
   * Change levers, assumptions or seed (the complete set of overrides); the run restarts at tick 0.
   * A rejected change (out of range, unknown key) leaves the current run as it was — the service
   * keeps it — and shows the message in `error` while `status` stays `ready`. Returns whether the
   * change was taken.
   */
  async update(changes: RunChanges): Promise<boolean> {
    const wasPlaying = this.playing;
    const hadRun = this.status === 'ready' && this.info !== null;
    const gen = this.beginRun();
    const r = await this.call(() => this.service.update(changes));
    if (r && r.status === 'errored' && hadRun && gen === this.generation) {
      this.status = 'ready';
      this.error = r.error.message;
      this.host.requestUpdate();
      return false;
    }
    this.applyInit(gen, r);
    if (wasPlaying && this.status === 'ready') this.play();
    return this.status === 'ready';
  }

  /** Back to tick 0, same scenario and seed. */
  async reset(): Promise<void> {
    const gen = this.beginRun();
    this.applyInit(gen, await this.call(() => this.service.reset()));
  }

  play(): void {
    if (this.playing || this.status !== 'ready' || this.done) return;
    this.playing = true;
    this.owed = 0;
    this.lastTime = performance.now();
    this.rate = { ticks: 0, since: this.lastTime };
    this.raf = requestAnimationFrame(this.onAnimationFrame);
    this.host.requestUpdate();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this.raf);
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** One tick forward (when paused). */
  async step(): Promise<void> {
    if (this.playing || this.inFlight || this.seeking || this.status !== 'ready' || this.done) return;
    await this.advance(1);
  }

  /**
   * Go to any tick, forward or back. Calls made while a seek or an advance is under way only
   * replace the target; every caller's promise settles when the latest target is shown.
   */
  seek(tick: number): Promise<void> {
    if (this.status !== 'ready') return Promise.resolve();
    this.pause();
    this.pendingSeek = tick;
    if (!this.seeking) this.seeking = this.runSeeks();
    return this.seeking;
  }

  private async runSeeks(): Promise<void> {
    try {
      while (this.advancing) await this.advancing;
      while (this.pendingSeek !== null) {
        const target = this.pendingSeek;
        this.pendingSeek = null;
        const gen = this.generation;
        this.inFlight = true;
        const r = await this.call(() => this.service.seek(target, this.rows.length));
        this.inFlight = false;
        this.applyFrame(gen, r);
      }
    } finally {
      // cleared in the same turn as the last check of pendingSeek, so no target can slip between
      this.seeking = null;
    }
  }

  setSpeed(yearsPerSecond: number): void {
    this.speed = yearsPerSecond;
    this.host.requestUpdate();
  }

  async detail(index: number): Promise<LocalityDetail | null> {
    const r = await this.call(() => this.service.getLocalityDetail(index));
    return r && r.status !== 'errored' ? r.detail : null;
  }

  /** After an error: start the last request again (same scenario and seed). */
  async retry(): Promise<void> {
    this.connection?.dispose();
    this.connection = null;
    if (this.lastRequest) await this.start(this.lastRequest);
  }

  // ── clock ─────────────────────────────────────────────────────────────────────────────────────

  private onAnimationFrame = (now: number) => {
    if (!this.playing) return;
    const dt = this.info?.dt ?? 1 / 12;
    const elapsed = Math.max(0, (now - this.lastTime) / 1000);
    this.lastTime = now;
    const perSecond = this.speed / dt;
    this.owed = Math.min(this.owed + elapsed * perSecond, Math.max(1, perSecond * MAX_BACKLOG_S));
    if (!this.inFlight && !this.seeking && this.owed >= 1) {
      const n = Math.floor(this.owed);
      this.owed -= n;
      void this.advance(n);
    }
    this.raf = requestAnimationFrame(this.onAnimationFrame);
  };

  private advance(ticks: number): Promise<void> {
    const run = async () => {
      const gen = this.generation;
      this.inFlight = true;
      const r = await this.call(() => this.service.advance(ticks, this.rows.length));
      this.inFlight = false;
      if (r && r.status !== 'errored' && gen === this.generation) this.countRate(ticks);
      this.applyFrame(gen, r);
    };
    this.advancing = run().finally(() => (this.advancing = null));
    return this.advancing;
  }

  private countRate(ticks: number) {
    const now = performance.now();
    this.rate.ticks += ticks;
    const span = (now - this.rate.since) / 1000;
    if (span >= 0.5) this.ticksPerSecond = this.rate.ticks / span;
    if (span >= 2) this.rate = { ticks: 0, since: now };
  }

  // ── results ───────────────────────────────────────────────────────────────────────────────────

  private beginRun(): number {
    this.pause();
    this.generation++;
    this.status = 'loading';
    this.error = '';
    this.pendingSeek = null;
    this.inFlight = false;
    this.host.requestUpdate();
    return this.generation;
  }

  private applyInit(gen: number, r: InitResult | null) {
    if (!r || gen !== this.generation) return;
    if (r.status === 'errored') return this.fail(r.error.message);
    this.info = r.info;
    this.rows = [];
    this.status = 'ready';
    this.setFrame(r.frame, r.status === 'done');
  }

  private applyFrame(gen: number, r: FrameResult | null) {
    if (!r || gen !== this.generation) return;
    if (r.status === 'errored') return this.fail(r.error.message);
    this.setFrame(r.frame, r.status === 'done');
    if (this.done) this.pause();
  }

  private setFrame(frame: Frame, done: boolean) {
    this.rows.length = Math.min(this.rows.length, frame.rowsFrom);
    for (const row of frame.rows) this.rows.push(row);
    this.rowsVersion++;
    this.frame = frame;
    this.done = done;
    this.host.requestUpdate();
  }

  private fail(message: string) {
    this.pause();
    this.status = 'errored';
    this.error = message;
    this.inFlight = false;
    this.host.requestUpdate();
  }

  /** Runs a service call; a rejection (worker gone, clone failure) becomes an error, never a hang. */
  private async call<T>(fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (e) {
      this.fail(e instanceof Error ? e.message : String(e));
      return null;
    }
  }
}
