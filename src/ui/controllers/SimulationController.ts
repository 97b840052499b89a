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
  ServiceError,
  StageTableResult,
  LandscapeResult,
  TextResult,
} from '../../service/types.ts';
import type { ServiceConnection } from './serviceConnection.ts';

export type RunStatus = 'idle' | 'loading' | 'ready' | 'errored';

const TIMED_OUT = Symbol('timed out');

/** Longest backlog the clock lets build up when the worker falls behind, in seconds of wall time. */
const MAX_BACKLOG_S = 0.25;

/**
 * Watchdog bounds, ms: how long a worker with a call in flight may stay silent — no answer and no
 * heartbeat (src/service/heartbeat.ts) — before it counts as hung. A working worker beats every
 * 0.25 s, between ticks and between the phases of a build, however long the whole call takes; the
 * bound only has to cover its longest single step. Starting a run has the longest (one phase of a
 * 2,000 × 2,000 lattice's build: ≈ 2 s here, measured), so it gets the long bound; a frame (a tick,
 * or a checkpoint restore, then ticks in chunks with beats between them) the short one. Both are far above what a
 * working worker needs on a loaded two-core machine. A connection without heartbeats (inline)
 * is judged by the answer alone.
 */
export const WATCHDOG_MS = { start: 30_000, call: 10_000 };

/** Restarts tried in a row for one incident before the controller gives up. */
const MAX_RECOVERIES = 2;
/** …and restarts allowed within this window (ms), so a worker that dies at every run is not restarted forever. */
const RECOVERY_WINDOW_MS = 60_000;
const MAX_RECOVERIES_IN_WINDOW = 4;

/** How the current run was started: what a restarted worker must be told to get the same run. */
type RunSource = { kind: 'init'; request: InitRequest } | { kind: 'import'; text: string; seed: number };

/** A rejected scenario import: the message and the schema's problems, one per line. */
export type ImportOutcome = { ok: true } | { ok: false; error: ServiceError };

/** The last watchdog restart, for the user's notice. */
export interface Recovery {
  /** the tick the run was restored to */
  tick: number;
  /** why: the worker did not answer in time, or failed */
  reason: 'timeout' | 'failure';
  /** set when the restart itself failed (then `status` is errored) */
  failed: boolean;
}

/**
 * Owns the simulation service connection and the animation clock (a Lit reactive controller; the data flow is in docs/implementation-notes.md, "Architecture").
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
  /**
   * Ticks at which play stops by itself (ascending): the clock never runs past the next one, so the
   * map shows exactly that month (pause at each milestone). Empty: play runs to the end.
   */
  stops: readonly number[] = [];
  /**
   * How the shown frame was reached: `advance` (play or step, `from` → `to`), `seek`, or `start` (a
   * new run at its first tick). Milestones fire on advances only, not when the user jumps.
   */
  lastMove: { kind: 'advance' | 'seek' | 'start'; from: number; to: number } = { kind: 'start', from: 0, to: 0 };
  /** set when the watchdog restarted the worker (the app tells the user); cleared by the next start */
  recovery: Recovery | null = null;
  /** watchdog bounds in ms (tests shorten them) */
  watchdog = { ...WATCHDOG_MS };

  private connection: ServiceConnection | null = null;
  private generation = 0;
  private inFlight = false;
  private owed = 0;
  private lastTime = 0;
  private raf = 0;
  private pendingSeek: number | null = null;
  /**
   * The tick the requests in flight lead to (a step or a seek not yet answered), so that key
   * presses faster than the answers add up: ← ← goes back two months, not one.
   */
  private heading: number | null = null;
  /** the running seek loop / advance request, if any */
  private seeking: Promise<void> | null = null;
  private advancing: Promise<void> | null = null;
  private source: RunSource | null = null;
  /** the lever/assumption/seed changes in force (complete set), null for the scenario as it is */
  private changes: RunChanges | null = null;
  private recovering = false;
  private recentRecoveries: number[] = [];
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
    connection.onFailure(() => {
      if (this.connection === connection) void this.recover('failure');
    });
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
    const full = { ...request, dataBaseUrl: this.dataBaseUrl() };
    this.source = { kind: 'init', request: full };
    this.changes = null;
    this.recovery = null;
    const gen = this.beginRun();
    this.applyInit(gen, await this.call(() => this.service.init(full), this.watchdog.start));
  }

  /**
   * Run an uploaded scenario file (its text; the page has checked its size). The worker parses and
   * validates it; a rejected file changes nothing — the current run, levers and seed stay — and the
   * outcome carries the schema's messages.
   */
  async importScenario(text: string, seed: number): Promise<ImportOutcome> {
    const wasPlaying = this.playing;
    const hadRun = this.status === 'ready' && this.info !== null;
    const gen = this.beginRun();
    const r = await this.call(() => this.service.importScenario(text, seed, this.dataBaseUrl()), this.watchdog.start);
    if (r && r.status === 'errored' && gen === this.generation) {
      if (hadRun) {
        this.status = 'ready';
        this.host.requestUpdate();
        if (wasPlaying) this.play();
      } else this.fail(r.error.message);
      return { ok: false, error: r.error };
    }
    if (!r) return { ok: false, error: { message: this.error } };
    this.source = { kind: 'import', text, seed };
    this.changes = null;
    this.recovery = null;
    this.applyInit(gen, r);
    return { ok: true };
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
    const r = await this.call(() => this.service.update(changes), this.watchdog.start);
    if (r && r.status === 'errored' && hadRun && gen === this.generation) {
      this.status = 'ready';
      this.error = r.error.message;
      this.host.requestUpdate();
      return false;
    }
    if (r && r.status !== 'errored') this.changes = { ...changes };
    this.applyInit(gen, r);
    if (wasPlaying && this.status === 'ready') this.play();
    return this.status === 'ready';
  }

  /** Back to tick 0, same scenario and seed. */
  async reset(): Promise<void> {
    const gen = this.beginRun();
    this.applyInit(gen, await this.call(() => this.service.reset(), this.watchdog.start));
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
    if (this.playing || this.status !== 'ready' || !this.frame || !this.info) return;
    const base = this.heading ?? this.frame.tick;
    if (base >= this.info.totalTicks) return;
    if (this.inFlight || this.seeking) return this.seek(base + 1);
    this.heading = base + 1;
    try {
      await this.advance(1);
    } finally {
      if (this.heading === base + 1) this.heading = null;
    }
  }

  /**
   * Go to any tick, forward or back. Calls made while a seek or an advance is under way only
   * replace the target; every caller's promise settles when the latest target is shown.
   */
  seek(tick: number): Promise<void> {
    if (this.status !== 'ready') return Promise.resolve();
    this.pause();
    this.pendingSeek = tick;
    this.heading = tick;
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
        if (r && r.status !== 'errored' && gen === this.generation) this.lastMove = { kind: 'seek', from: this.frame?.tick ?? 0, to: r.frame.tick };
        this.applyFrame(gen, r);
      }
    } finally {
      // cleared in the same turn as the last check of pendingSeek, so no target can slip between
      this.seeking = null;
      this.heading = null;
    }
  }

  setSpeed(yearsPerSecond: number): void {
    this.speed = yearsPerSecond;
    this.host.requestUpdate();
  }

  /** One tick back (when paused): a seek to the previous tick. */
  async stepBack(): Promise<void> {
    if (this.playing || this.status !== 'ready' || !this.frame) return;
    const base = this.heading ?? this.frame.tick;
    if (base <= 0) return;
    await this.seek(base - 1);
  }

  async detail(index: number): Promise<LocalityDetail | null> {
    if (this.status !== 'ready') return null;
    const r = await this.call(() => this.service.getLocalityDetail(index));
    return r && r.status !== 'errored' ? r.detail : null;
  }

  /** The current run's rows or event log as CSV (with provenance columns); null if it failed. */
  async exportCsv(kind: 'rows' | 'events'): Promise<TextResult | null> {
    return this.call(() => this.service.exportCsv(kind), this.watchdog.start);
  }

  /** The current run's resolved scenario as a scenario file. */
  async exportScenario(): Promise<TextResult | null> {
    return this.call(() => this.service.exportScenario(), this.watchdog.start);
  }

  /** Stage and entry tick of every locality for innovation k (the map's table view). */
  async stageTable(k: number): Promise<StageTableResult | null> {
    if (this.status !== 'ready') return null;
    return this.call(() => this.service.getStageTable(k));
  }

  /** Stage, first-adoption tick and quality of every locality for innovation k (the landscape view). */
  async landscape(k: number): Promise<LandscapeResult | null> {
    if (this.status !== 'ready') return null;
    return this.call(() => this.service.getLandscape(k));
  }

  /** After an error: start the last run again in a fresh worker (same scenario, changes and seed). */
  async retry(): Promise<void> {
    this.connection?.dispose();
    this.connection = null;
    this.recentRecoveries = [];
    await this.restore(0, false);
  }

  /**
   * For tests and the fuzz: ends the worker the way a crash would — the controller is not told, so
   * only its watchdog (or the connection's failure event) can notice.
   */
  killWorker(): void {
    this.connection?.kill?.();
  }

  // ── watchdog ──────────────────────────────────────────────────────────────────────────────────

  /**
   * The worker hung (no answer within the bound) or failed: end it, start a fresh one, rebuild the
   * same run — scenario, changes, seed — and move it to the tick it had reached. Runs are a function
   * of (scenario, seed), so the user continues with identical results; `recovery` tells them.
   */
  private async recover(reason: Recovery['reason']): Promise<void> {
    if (this.recovering || !this.source) return;
    this.recovering = true;
    const tick = this.frame?.tick ?? 0;
    const wasPlaying = this.playing;
    try {
      // A worker that keeps dying (the same input kills it each time) must not be restarted forever.
      const now = performance.now();
      this.recentRecoveries = this.recentRecoveries.filter((t) => now - t < RECOVERY_WINDOW_MS);
      for (let attempt = 1; ; attempt++) {
        this.connection?.dispose();
        this.connection = null;
        if (attempt > MAX_RECOVERIES || this.recentRecoveries.length >= MAX_RECOVERIES_IN_WINDOW) {
          this.recovery = { tick, reason, failed: true };
          this.fail(`the simulation worker ${reason === 'timeout' ? 'stopped answering' : 'failed'} again after ${attempt - 1} restarts`);
          return;
        }
        this.recentRecoveries.push(now);
        await this.restore(tick, wasPlaying);
        if (this.status === 'ready') {
          this.recovery = { tick, reason, failed: false };
          break;
        }
        if (this.status === 'errored') {
          // the new worker answered, with an error: not a hang, and restarting again would not help
          this.recovery = { tick, reason, failed: true };
          break;
        }
        // still loading: a call of the restarted worker timed out too — try once more
      }
      this.host.requestUpdate();
    } finally {
      this.recovering = false;
    }
  }

  /** Starts the current source again (with its changes) in the current or a new worker, at `tick`. */
  private async restore(tick: number, play: boolean): Promise<void> {
    const source = this.source;
    if (!source) return;
    const gen = this.beginRun();
    const init =
      source.kind === 'init'
        ? await this.call(() => this.service.init({ ...source.request, dataBaseUrl: this.dataBaseUrl() }), this.watchdog.start)
        : await this.call(() => this.service.importScenario(source.text, source.seed, this.dataBaseUrl()), this.watchdog.start);
    let r: InitResult | null = init;
    if (r && r.status !== 'errored' && this.changes && gen === this.generation) {
      const changes = this.changes;
      r = await this.call(() => this.service.update(changes), this.watchdog.start);
    }
    if (gen !== this.generation) return;
    this.applyInit(gen, r);
    if (this.status !== 'ready' || tick <= 0) {
      if (play && this.status === 'ready') this.play();
      return;
    }
    this.inFlight = true;
    const f = await this.call(() => this.service.seek(tick, 0));
    this.inFlight = false;
    this.applyFrame(gen, f);
    if (play && this.status === 'ready') this.play();
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
      const tick = this.frame?.tick ?? 0;
      const stop = this.stops.find((s) => s > tick);
      const n = Math.min(Math.floor(this.owed), stop === undefined ? Infinity : stop - tick);
      this.owed -= n;
      void this.advance(n);
    }
    this.raf = requestAnimationFrame(this.onAnimationFrame);
  };

  private advance(ticks: number): Promise<void> {
    const run = async () => {
      const gen = this.generation;
      this.inFlight = true;
      const from = this.frame?.tick ?? 0;
      const r = await this.call(() => this.service.advance(ticks, this.rows.length));
      this.inFlight = false;
      if (r && r.status !== 'errored' && gen === this.generation) {
        this.countRate(ticks);
        this.lastMove = { kind: 'advance', from, to: r.frame.tick };
      }
      this.applyFrame(gen, r);
      if (this.playing && this.frame && this.stops.includes(this.frame.tick) && this.lastMove.kind === 'advance' && this.lastMove.to === this.frame.tick) this.pause();
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
    this.heading = null;
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
    this.lastMove = { kind: 'start', from: r.frame.tick, to: r.frame.tick };
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

  /**
   * Runs a service call under the watchdog: silent for `bound` ms — no answer, no heartbeat — → the
   * worker is restarted (recover) and the call answers null; a rejection (worker gone, clone failure)
   * becomes an error. A busy worker that beats is waited for. Never a hang.
   */
  private async call<T>(fn: () => Promise<T>, bound = this.watchdog.call): Promise<T | null> {
    const connection = this.connection ?? this.open();
    const since = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      const check = () => {
        const quiet = performance.now() - Math.max(since, connection.lastSign?.() ?? -Infinity);
        if (quiet >= bound) resolve(TIMED_OUT);
        else timer = setTimeout(check, bound - quiet);
      };
      timer = setTimeout(check, bound);
    });
    try {
      const r = await Promise.race([fn(), timeout]);
      if (r === TIMED_OUT) {
        // Only the connection that hung is restarted; a stale call of an older worker is dropped.
        if (this.connection === connection) void this.recover('timeout');
        return null;
      }
      return r as T;
    } catch (e) {
      if (this.connection === connection) this.fail(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
