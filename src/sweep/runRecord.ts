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

export function executeSweepRun(world: World, task: RunTask, outputs: ResolvedOutputs, hashHex: HashHex = sha256Hex): RunRecord {
  const sim = createSimulation(world, task.scenario, task.seed, { checkpointEvery: 0 });
  sim.tick(sim.totalTicks);
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
