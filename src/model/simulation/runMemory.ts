/**
 * How much memory a run needs, estimated from its sizes before anything is allocated, so that a
 * valid but huge scenario is refused with a clear message instead of running out of memory part way
 * (or freezing the page while the browser swaps). Sizes: N localities, K innovations, T ticks,
 * Y years; cells = N·K. Bytes per item were measured on this kernel (the distinct ArrayBuffers a run
 * holds; test/model/simulation/runMemory.test.ts checks that the estimate stays above the
 * measurement and within twice it):
 *   world        ~110 B per lattice locality (attributes, adjacency, codes), ~70 mixed;
 *   kernel       ~150 B per locality + ~160 B per cell, + 8 B per forum tie;
 *   event log    17 B per event in chunks of 65,536; events per cell ≈ 2–4 in a 30-year run,
 *                ≈ 0.06–0.09 more per simulated year (lapse and re-adoption cycles: 54–93 per cell
 *                in 1,000 years; the estimate takes 0.12);
 *   metric rows  ~315 B per (innovation, tick) row;
 *   checkpoints  ~24 B per cell + 6 B per locality each, + 14 B per cell when a scripted event or
 *                an endorsement changed the fields since the last one;
 *   app (worker) the persistence tracker (4 B per cell, 8 B per innovation-tick) and the frames
 *                in flight (2 B per cell each);
 *   CLI panel    one snapshot of stage, endorsement and mandate per year (3 B per cell).
 * The estimate rounds each figure up; it is a guide for refusing, not an accounting.
 */
import type { ResolvedScenario, WorldSpec } from '../scenario/types.ts';
import { checkpointTickSpacing, tickCount } from '../scenario/checks.ts';
import { REPORTERS } from '../metrics/reporters.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Largest estimated run the app starts (its simulation worker; browsers stop a tab well before the machine's memory). */
export const APP_MEMORY_LIMIT = 1 * GiB;
/** Part of the app's memory its checkpoints (for scrubbing back) may use: they are spaced to fit. */
export const APP_CHECKPOINT_BUDGET = 256 * MiB;
/** Largest estimated run `idlab run` (and each run of a sweep) starts: a laptop's memory, not a server's. */
export const CLI_MEMORY_LIMIT = 8 * GiB;

/** Localities of the China world (the committed map's county-level units): the estimate's N for it. */
export const CHINA_LOCALITIES = 2828;
/** Localities of the us-states world: the 50 states (DC is background). */
export const US_STATES_LOCALITIES = 50;

/** Bytes per item (see above), rounded up from the measurements. */
const BYTES = {
  // us-states: like China (names in two languages, a province and a prefecture per state), negligible at N = 50
  worldPerLocality: { china: 2000, 'us-states': 2000, lattice: 120, mixed: 80 },
  kernelPerLocality: 200,
  kernelPerCell: 170,
  kernelPerTie: 8,
  eventBytes: 17,
  eventChunk: 65_536,
  eventsPerCell: 4,
  eventsPerCellYear: 0.12,
  metricsPerReporterRow: 4,
  metricsPerRow: 32,
  checkpointPerCell: 34,
  checkpointPerLocality: 8,
  checkpointFixed: 4096,
  appPerCell: 16,
  appPerInnovationTick: 8,
  panelPerCellYear: 4,
} as const;

export interface RunMemoryOptions {
  /** bytes the checkpoints may use; they are spaced in whole years to fit. 0 or absent: no checkpoints (the CLI) */
  checkpointBudget?: number;
  /** the app's worker: add what the service keeps beside the simulation */
  app?: boolean;
  /** `idlab run --panel`: add the yearly snapshots of the locality-year panel */
  panel?: boolean;
  /** N when known (a loaded world); default from the world spec */
  localities?: number;
}

/** Bytes by part, their total, and the checkpoint spacing the budget allows. */
export interface RunMemory {
  localities: number;
  innovations: number;
  ticks: number;
  world: number;
  kernel: number;
  events: number;
  metrics: number;
  checkpoints: number;
  /** the app's tracker and frames, or the CLI's panel */
  extra: number;
  total: number;
  /** years between checkpoints for createSimulation's checkpointEvery (0: none) */
  checkpointEvery: number;
  checkpointCount: number;
}

/** N of a world spec: lattice width × height, mixed n, the 50 states, the China map's units. */
export function localityCount(world: WorldSpec): number {
  if (world.kind === 'lattice') return world.width * world.height;
  if (world.kind === 'mixed') return world.n;
  if (world.kind === 'us-states') return US_STATES_LOCALITIES;
  return CHINA_LOCALITIES;
}

/** Estimates the memory of a run of `scenario` (see the file's comment for the figures). */
export function estimateRunMemory(scenario: ResolvedScenario, options: RunMemoryOptions = {}): RunMemory {
  const N = options.localities ?? localityCount(scenario.world);
  const K = scenario.innovations.length;
  const cells = N * K;
  const ticks = tickCount(scenario.time);
  const years = scenario.time.years;
  const world = N * BYTES.worldPerLocality[scenario.world.kind];
  const kernel = N * (BYTES.kernelPerLocality + BYTES.kernelPerTie * scenario.levers.forumTies) + cells * BYTES.kernelPerCell;
  const expectedEvents = cells * (BYTES.eventsPerCell + BYTES.eventsPerCellYear * years);
  const events = Math.ceil(expectedEvents / BYTES.eventChunk + 1) * BYTES.eventChunk * BYTES.eventBytes;
  const metrics = K * (ticks + 1) * (REPORTERS.length * BYTES.metricsPerReporterRow + BYTES.metricsPerRow);
  const perCheckpoint = cells * BYTES.checkpointPerCell + N * BYTES.checkpointPerLocality + BYTES.checkpointFixed;
  const spacing = options.checkpointBudget ? checkpointSpacing(perCheckpoint, options.checkpointBudget, years, scenario.time.dt) : 0;
  const checkpointCount = spacing > 0 ? 1 + Math.floor(ticks / checkpointTickSpacing(spacing, scenario.time.dt)) : 0;
  const checkpoints = checkpointCount * perCheckpoint;
  let extra = 0;
  if (options.app) extra += cells * BYTES.appPerCell + K * (ticks + 1) * BYTES.appPerInnovationTick;
  if (options.panel) extra += cells * BYTES.panelPerCellYear * (Math.ceil(years) + 1);
  const total = world + kernel + events + metrics + checkpoints + extra;
  return { localities: N, innovations: K, ticks, world, kernel, events, metrics, checkpoints, extra, total, checkpointEvery: spacing, checkpointCount };
}

/**
 * Whole years between checkpoints such that all of them (the one at tick 0 included) fit in
 * `budget` bytes: every year while they fit, wider as the run grows. Never 0 (the run keeps at
 * least the checkpoint at tick 0, which scrubbing back restores).
 */
export function checkpointSpacing(perCheckpoint: number, budget: number, years: number, dt: number): number {
  const fit = Math.max(2, Math.floor(budget / perCheckpoint));
  const ticks = Math.round(years / dt);
  const count = (every: number) => 1 + Math.floor(ticks / checkpointTickSpacing(every, dt));
  // the count falls as the spacing grows: start near the answer, then step up to it
  let every = Math.max(1, Math.floor(years / (fit - 1)));
  while (every > 1 && count(every - 1) <= fit) every--;
  while (count(every) > fit && every < Math.ceil(years)) every++;
  return every;
}

/**
 * The message refusing a run estimated above `limit` bytes, or null when it fits: the estimate by
 * part, the limit, what makes a run smaller, and (for the app) that the CLI allows more.
 */
export function runMemoryProblem(m: RunMemory, limit: number, where: 'app' | 'cli'): string | null {
  if (m.total <= limit) return null;
  const parts = [
    `world ${formatBytes(m.world)}`,
    `kernel ${formatBytes(m.kernel)}`,
    `event log ${formatBytes(m.events)}`,
    `metric rows ${formatBytes(m.metrics)}`,
    ...(m.checkpoints > 0 ? [`checkpoints ${formatBytes(m.checkpoints)}`] : []),
    ...(m.extra > 0 ? [`${where === 'app' ? 'display' : 'panel'} ${formatBytes(m.extra)}`] : []),
  ];
  const sizes = `${m.localities.toLocaleString('en')} localities × ${m.innovations} innovation${m.innovations === 1 ? '' : 's'} × ${m.ticks.toLocaleString('en')} ticks`;
  const advice =
    where === 'app'
      ? `; use fewer localities, innovations or years, or run it with idlab run (allowed ${formatBytes(CLI_MEMORY_LIMIT)})`
      : '; use fewer localities, innovations or years';
  return `run too large: ${sizes} needs about ${formatBytes(m.total)} of memory (${parts.join(', ')}); allowed at most ${formatBytes(limit)} ${where === 'app' ? 'in the app' : 'in idlab'}${advice}`;
}

/** A run estimated above a limit: the message (runMemoryProblem) and the figures, for a translated one. */
export class RunTooLargeError extends Error {
  constructor(
    readonly memory: RunMemory,
    readonly limit: number,
    where: 'app' | 'cli',
  ) {
    super(runMemoryProblem(memory, limit, where) ?? `run of ${memory.total} bytes within the limit of ${limit}`);
    this.name = 'RunTooLargeError';
  }
}

/** 1536 → "1.5 KiB", 3·2³⁰ → "3.0 GiB" (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let u = 0;
  while (value >= 1024 && u < units.length - 1) {
    value /= 1024;
    u++;
  }
  return `${value.toFixed(1)} ${units[u]}`;
}
