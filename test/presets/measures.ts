/**
 * Measures the preset claims tests read (test/presets/*.claims.test.ts): runs a preset only as far
 * as a claim needs, and counts localities by province, region, urban type or any predicate, either
 * from the per-tick metric columns or from the state arrays (first-adoption tick, stage).
 */
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';
import { loadWorld } from '../../src/cli/load-world.ts';

/** Resolves `file` and runs it up to the first tick at or after `year` (or to its horizon). */
export function runUntil(file: unknown, seed: number, year?: number): Simulation {
  const scenario = resolveScenario(file, { loadPreset: loadPresetForExtends });
  const sim = createSimulation(loadWorld(scenario.world), scenario, seed, { checkpointEvery: 0 });
  advanceTo(sim, year);
  return sim;
}

/** Ticks `sim` forward to the first tick at or after `year` (to its horizon when absent). */
export function advanceTo(sim: Simulation, year?: number): void {
  const target = year === undefined ? sim.totalTicks : Math.min(sim.totalTicks, sim.tickAt(year));
  if (target < sim.tickCount) throw new Error(`advanceTo(${year}): the run is already at ${sim.yearAt(sim.tickCount)}`);
  sim.tick(target - sim.tickCount);
}

export type Where = (i: number) => boolean;

export const everywhere: Where = () => true;

/** Localities of province `code` (two digits, e.g. '33' Zhejiang). */
export function inProvince(sim: Simulation, code: string): Where {
  const p = sim.world.provinces.findIndex((x) => x.code === code);
  if (p < 0) throw new Error(`no province ${code}`);
  return (i) => sim.world.province[i] === p;
}

export function not(where: Where): Where {
  return (i) => !where(i);
}

/** Share of the localities matching `where` that had ever adopted innovation k by the current tick. */
export function everShare(sim: Simulation, where: Where, k = 0): number {
  const N = sim.n;
  const base = k * N;
  let n = 0;
  let ever = 0;
  for (let i = 0; i < N; i++) {
    if (!where(i)) continue;
    n++;
    if (sim.firstAdoptionTick[base + i] >= 0) ever++;
  }
  return n ? ever / n : 0;
}

/** Share of the localities matching `where` now in one of `stages` (codes 0–6) for innovation k. */
export function stageShare(sim: Simulation, where: Where, stages: readonly number[], k = 0): number {
  const N = sim.n;
  const base = k * N;
  let n = 0;
  let hit = 0;
  for (let i = 0; i < N; i++) {
    if (!where(i)) continue;
    n++;
    if (stages.includes(sim.stage[base + i])) hit++;
  }
  return n ? hit / n : 0;
}

/** Among the localities matching `where` that ever adopted k: the share now formal (5) or terminated (6). */
export function failedShare(sim: Simulation, where: Where, k = 0): number {
  const N = sim.n;
  const base = k * N;
  let ever = 0;
  let failed = 0;
  for (let i = 0; i < N; i++) {
    if (!where(i) || sim.firstAdoptionTick[base + i] < 0) continue;
    ever++;
    if (sim.stage[base + i] >= 5) failed++;
  }
  return ever ? failed / ever : 0;
}

/** Among adopters matching `where`, the share now in name only (stage 5). */
export function formalShare(sim: Simulation, where: Where, k = 0): number {
  const N = sim.n;
  const base = k * N;
  let ever = 0;
  let formal = 0;
  for (let i = 0; i < N; i++) {
    if (!where(i) || sim.firstAdoptionTick[base + i] < 0) continue;
    ever++;
    if (sim.stage[base + i] === 5) formal++;
  }
  return ever ? formal / ever : 0;
}

/** Provinces in which at least `share` of the localities ever adopted k by the current tick. */
export function provincesReached(sim: Simulation, share: number, k = 0): number {
  return sim.world.provinces.filter((p) => everShare(sim, inProvince(sim, p.code), k) >= share).length;
}

/** (formal + terminated) / ever adopted in a region at row `tick`, from the metric columns. */
export function regionFailed(sim: Simulation, region: string, tick: number, k = 0): number {
  const v = (c: string) => sim.metrics.value(`${region}_${c}`, tick, k);
  return (v('formal') + v('terminated')) / v('ever_adopted');
}

/** Mean of f over seeds (each run separately). */
export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Seeds 1…n: the ensemble a milestone claim is read over. */
export function seedsUpTo(n: number): number[] {
  return Array.from({ length: n }, (_, j) => j + 1);
}

/** Median of xs (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Prefectures holding at least one locality that ever adopted k by the current tick. */
export function prefecturesReached(sim: Simulation, k = 0): number {
  const first = sim.firstAdoptionTick.subarray(k * sim.n, (k + 1) * sim.n);
  const set = new Set<number>();
  for (let i = 0; i < sim.n; i++) if (first[i] >= 0) set.add(sim.world.prefecture[i]);
  return set.size;
}

/**
 * Among localities matching `where` whose first adoption of k lies at least `years` before the
 * current tick: the share that entered stage 5 (in name only) within `years` of first adopting,
 * from the event log. Equal exposure, so early and late adopters compare fairly.
 */
export function formalWithin(sim: Simulation, where: Where, years: number, k = 0): number {
  const span = Math.round(years / sim.dt);
  const N = sim.n;
  const first = sim.firstAdoptionTick.subarray(k * N, (k + 1) * N);
  const fell = new Uint8Array(N);
  const log = sim.events.columns();
  for (let j = 0; j < log.tick.length; j++) {
    if (log.innovation[j] !== k || log.to[j] !== 5) continue;
    const i = log.locality[j];
    if (log.tick[j] <= first[i] + span) fell[i] = 1;
  }
  let n = 0;
  let hit = 0;
  for (let i = 0; i < N; i++) {
    if (!where(i) || first[i] < 0 || first[i] + span > sim.tickCount) continue;
    n++;
    hit += fell[i];
  }
  return n ? hit / n : 0;
}
