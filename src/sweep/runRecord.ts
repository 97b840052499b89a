/**
 * One run of a sweep, from the sweep's point of view: the world, the point's resolved scenario and the
 * run's seed in; the kept outcomes out, as a record that crosses threads and files as JSON. The run
 * is `createSimulation(world, scenario, seed)` advanced to its horizon — what `idlab run` does with
 * the same scenario and seed (tick(a)·tick(b) ≡ tick(a + b)), so the summaries agree exactly.
 * `hash` (SHA-256 of the canonical JSON of the outcomes and the event-log digest) is what
 * `idlab sweep verify` compares.
 */
import { createSimulation } from '../model/simulation/createSimulation.ts';
import type { Simulation } from '../model/simulation/types.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import type { World } from '../model/world.ts';
import { hashEventLog } from '../model/events/hashEventLog.ts';
import { sha256Hex } from '../model/hash/sha256.ts';
import { canonicalJson } from '../model/scenario/canonicalJson.ts';
import { APP_VERSION } from '../model/version.ts';
import { sweepMetric } from './metrics.ts';
import type { PlanRun } from './plan.ts';
import type { ResolvedOutputs } from './types.ts';

export interface RunSeries {
  /** the sampled ticks (every `every` years from 0, and the last tick) */
  ticks: number[];
  years: number[];
  /** column → innovation id → values at `ticks` */
  columns: Record<string, Record<string, number[]>>;
}

export interface RunRecord extends PlanRun {
  /** scenario digest of the run's point */
  digest: string;
  version: string;
  /** per kept innovation (outputs.innovations order): metric name → value (null: undefined for this run) */
  innovations: { id: string; metrics: Record<string, number | null> }[];
  series: RunSeries | null;
  /** digest of the event log (hashEventLog) */
  events: string;
  /** SHA-256 of canonical JSON {events, innovations, series}: equal hashes ⇔ equal outcomes */
  hash: string;
}

export interface RunTask extends PlanRun {
  scenario: ResolvedScenario;
  digest: string;
}

/**
 * SHA-256 of a string's UTF-8 bytes as 64 lowercase hex digits. The default is the model's pure
 * `sha256Hex` (any runtime); Node's runner passes its native hash (src/sweep/node/nativeSha256.ts),
 * which gives the same digest without each worker thread compiling the pure one (≈ 30 ms of
 * optimising-compiler time per thread, measured with --trace-opt).
 */
export type HashHex = (text: string) => string;

export function executeSweepRun(
  world: World,
  task: RunTask,
  outputs: ResolvedOutputs,
  hashHex: HashHex = sha256Hex,
  /** runs the ticks (the browser's workers tick in chunks with heartbeats between; same result) */
  run: (sim: Simulation, ticks: number) => unknown = (sim, ticks) => sim.tick(ticks),
): RunRecord {
  const sim = createSimulation(world, task.scenario, task.seed, { checkpointEvery: 0 });
  run(sim, sim.totalTicks);
  return runRecord(sim, task, outputs, hashHex);
}

/** The record of a finished simulation. */
export function runRecord(sim: Simulation, task: RunTask, outputs: ResolvedOutputs, hashHex: HashHex = sha256Hex): RunRecord {
  const summary = sim.summary();
  const innovations = outputs.innovations.map((id) => {
    const s = summary.innovations.find((x) => x.id === id);
    if (!s) throw new Error(`innovation ${id} is not in the run's scenario`);
    const metrics: Record<string, number | null> = {};
    for (const name of outputs.metrics) {
      const value = sweepMetric(name)!.read(s);
      metrics[name] = value === null || !Number.isFinite(value) ? null : value;
    }
    return { id, metrics };
  });
  const series = outputs.series ? sampleSeries(sim, outputs.series, outputs.innovations) : null;
  const events = hashEventLog(sim.events);
  const hash = hashHex(canonicalJson({ events, innovations, series }));
  const { run, point, replicate, seed, digest } = task;
  return { run, point, replicate, seed, digest, version: APP_VERSION, innovations, series, events, hash };
}

function sampleSeries(sim: Simulation, spec: { columns: string[]; every: number }, ids: readonly string[]): RunSeries {
  const step = Math.max(1, Math.round(spec.every / sim.dt));
  const ticks: number[] = [];
  for (let t = 0; t <= sim.tickCount; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== sim.tickCount) ticks.push(sim.tickCount);
  const columns: RunSeries['columns'] = {};
  for (const c of spec.columns) {
    columns[c] = {};
    for (const id of ids) {
      const col = sim.metrics.column(c, sim.innovationIds.indexOf(id));
      columns[c][id] = ticks.map((t) => col[t]);
    }
  }
  return { ticks, years: ticks.map((t) => sim.yearAt(t)), columns };
}

/**
 * Why a stored result file's content is not the record of `expected` (null when it is): the run,
 * point, replicate, seed and scenario digest must be the plan's; every kept innovation must have
 * every kept metric as a number or null, and nothing else; the series (when kept) must have its
 * columns; and the stored hash must be the hash of that content — so an edited metric, a formula
 * pasted into a cell or an emptied record is caught even when the file is still valid JSON.
 */
export function recordProblem(value: unknown, expected: PlanRun & { digest: string }, outputs: ResolvedOutputs, hashHex: HashHex = sha256Hex): string | null {
  if (!isRecordObject(value)) return 'not a run record (a JSON object)';
  for (const key of ['run', 'point', 'replicate', 'seed', 'digest'] as const) {
    if (value[key] !== expected[key]) return `${key} is ${describe(value[key])}, the plan's is ${describe(expected[key])}`;
  }
  for (const key of ['version', 'events', 'hash'] as const) if (typeof value[key] !== 'string') return `${key} is ${describe(value[key])}, not a string`;
  const innovations = value.innovations;
  if (!Array.isArray(innovations) || innovations.length !== outputs.innovations.length) return `innovations is not a list of the ${outputs.innovations.length} kept innovations`;
  for (let k = 0; k < innovations.length; k++) {
    const id = outputs.innovations[k];
    const entry: unknown = innovations[k];
    if (!isRecordObject(entry) || entry.id !== id || !isRecordObject(entry.metrics)) return `innovations[${k}] is not the metrics of innovation ${id}`;
    const metrics = entry.metrics;
    const names = Object.keys(metrics);
    const extra = names.find((m) => !outputs.metrics.includes(m));
    if (extra !== undefined) return `metric ${extra} of innovation ${id} is not a kept metric`;
    for (const m of outputs.metrics) {
      if (!Object.hasOwn(metrics, m)) return `metric ${m} of innovation ${id} is missing`;
      const v = metrics[m];
      if (v !== null && !(typeof v === 'number' && Number.isFinite(v))) return `metric ${m} of innovation ${id} is ${describe(v)}, not a number or null`;
    }
  }
  const seriesProblem = outputs.series ? seriesShapeProblem(value.series, outputs.series.columns, outputs.innovations) : value.series === null ? null : 'series is present, but the sweep keeps none';
  if (seriesProblem) return seriesProblem;
  const hash = hashHex(canonicalJson({ events: value.events, innovations, series: value.series }));
  if (hash !== value.hash) return `its content does not match its hash (${String(value.hash).slice(0, 12)}…): the file was edited`;
  return null;
}

function seriesShapeProblem(series: unknown, columns: readonly string[], ids: readonly string[]): string | null {
  if (!isRecordObject(series) || !Array.isArray(series.ticks) || !Array.isArray(series.years) || !isRecordObject(series.columns)) return 'series is not a kept series (ticks, years, columns)';
  const n = series.ticks.length;
  if (series.years.length !== n) return 'series.years and series.ticks differ in length';
  for (const c of columns) {
    const byInnovation = series.columns[c];
    for (const id of ids) {
      const values: unknown = isRecordObject(byInnovation) && Object.hasOwn(byInnovation, id) ? byInnovation[id] : undefined;
      if (!Array.isArray(values) || values.length !== n || !values.every((x) => typeof x === 'number')) return `series column ${c} of innovation ${id} is not ${n} numbers`;
    }
  }
  return null;
}

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
