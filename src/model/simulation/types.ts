/**
 * The public shape of a simulation (like d3-force — a synchronous `tick(n)`, no timers,
 * no I/O; the caller owns the clock).
 */
import type { World, AttributeId } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { EventLog } from '../events/eventLog.ts';
import type { MetricTable } from '../metrics/metricTable.ts';
import type { RngState } from '../rng/stream.ts';
import type { Summary } from '../metrics/summary.ts';

export interface SimulationOptions {
  /**
   * Keep a checkpoint every this many simulated years (for cheap scrubbing with `seek`); 0 keeps
   * none. Default 1 (docs/implementation-notes.md, "Checkpoints"). Each costs about 22 bytes per (locality, innovation), plus
   * a copy of the endorsement, mandate and reward fields when a scripted event changed them.
   */
  checkpointEvery?: number;
}

/** The full dynamic state at one tick, including the generators' states (structured-clone safe). */
export interface Checkpoint {
  readonly tick: number;
  readonly eventCount: number;
  readonly arrays: Readonly<Record<string, Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array>>;
  /** version of the endorsement, mandate and reward fields (checkpoints share unchanged copies) */
  readonly fieldVersion: number;
  /** states of the function-call streams (the `transitions` stream's state is in `arrays`) */
  readonly rng: Readonly<Record<'channels' | 'show' | 'turnover', RngState>>;
  /** identifies the run the checkpoint belongs to (restore refuses another run's checkpoint) */
  readonly runKey: string;
}

export interface Simulation {
  readonly world: World;
  readonly scenario: ResolvedScenario;
  readonly seed: number;
  /** N, localities */
  readonly n: number;
  /** K, innovations (in scenario order) */
  readonly innovationCount: number;
  readonly innovationIds: readonly string[];
  /** years per tick */
  readonly dt: number;
  readonly startYear: number;
  /** ticks done; row `tickCount` of the metrics is the current state */
  readonly tickCount: number;
  /** the horizon: round(years / dt) */
  readonly totalTicks: number;
  /** tickCount === totalTicks */
  readonly done: boolean;
  /** startYear + tick·dt */
  yearAt(tick: number): number;
  /** first tick whose time is ≥ year (when an event dated `year` applies) */
  tickAt(year: number): number;
  /** Advances min(n, totalTicks − tickCount) ticks synchronously; returns the number advanced. */
  tick(n?: number): number;

  /** N×K stage codes 0–6, index k·N + i (live view: do not mutate) */
  readonly stage: Uint8Array;
  /** N×K quality Q ∈ [0,1] */
  readonly quality: Float32Array;
  /** N×K bit flags FLAG_EVER | FLAG_SHOW | FLAG_NAMED | FLAG_DEMO */
  readonly flags: Uint8Array;
  /** N×K endorsement level E 0–3 */
  readonly endorsement: Uint8Array;
  /** N×K mandate 0/1 */
  readonly mandate: Uint8Array;
  /** N×K tick of the first adoption, −1 if never */
  readonly firstAdoptionTick: Int32Array;
  /** N×K capacity/digital gap (static) */
  readonly gap: Float64Array;
  /**
   * N×K: 1 where the innovation is no fit for the locality (drawn at build with probability
   * 1 − potential m_k; only a mandate brings it there), or empty when every innovation fits everywhere
   */
  readonly ineligible: Uint8Array;
  /** attributes after the scenario's overrides, before levers (the z-score baseline) */
  readonly baselineAttributes: Readonly<Record<AttributeId, Float64Array>>;
  /** attributes the hazards read (after levers) */
  readonly attributes: Readonly<Record<AttributeId, Float64Array>>;

  readonly metrics: MetricTable;
  readonly events: EventLog;
  /** outcome summary of the current state (docs/model.md §14) */
  summary(): Summary;

  checkpoint(): Checkpoint;
  restore(c: Checkpoint): void;
  /** the kept checkpoints, ascending by tick (row 0 always) */
  readonly checkpoints: readonly Checkpoint[];
  /** Moves to row `tick` (restoring the nearest kept checkpoint at or before it, then ticking). */
  seek(tick: number): void;
}
