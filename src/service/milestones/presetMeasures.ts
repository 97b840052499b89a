/**
 * The measurements by which the China presets are read against their milestones (docs/references.md,
 * "China milestones"), shared by the preset-figures script, `npm run validation` and the app's
 * "model vs record" panel, so that all three read a run the same way. Years are calendar years of the
 * scenario clock: "in Y" reads the state at the start of Y, "by the end of Y" the state at the start
 * of Y + 1. Figures are of innovation 0. A run that has not reached a row yet must not be asked for it.
 */
import type { Simulation } from '../../model/simulation/types.ts';
import { rowAt } from './rowAt.ts';

/** Share of all units ever adopted at metric row `row`. */
export function everShareAt(sim: Simulation, row: number): number {
  return sim.metrics.value('ever_adopted', row, 0) / sim.n;
}

/** Share of all units active (stages 1–4) at metric row `row`. */
export function activeShareAt(sim: Simulation, row: number): number {
  return sim.metrics.value('active', row, 0) / sim.n;
}

/** Localities that had adopted innovation 0 by the start of `year` (metric row rowAt(sim, year)). */
export function adoptersBy(sim: Simulation, year: number): number[] {
  const end = rowAt(sim, year);
  const out: number[] = [];
  for (let i = 0; i < sim.n; i++) if (sim.firstAdoptionTick[i] >= 0 && sim.firstAdoptionTick[i] <= end) out.push(i);
  return out;
}

/** Prefectures with at least one adopter by the start of `year`. */
export function prefecturesAdoptedBy(sim: Simulation, year: number): number {
  return new Set(adoptersBy(sim, year).map((i) => sim.world.prefecture[i])).size;
}

/** Share of the adopters by the start of `year` that lie in the province with code `code` (NaN with none). */
export function provinceShareOfAdopters(sim: Simulation, code: string, year: number): number {
  const p = sim.world.provinces.findIndex((x) => x.code === code);
  const adopters = adoptersBy(sim, year);
  return adopters.length ? adopters.filter((i) => sim.world.province[i] === p).length / adopters.length : NaN;
}

/** Tick of the first adoption of innovation 0 so far (Infinity before any). */
export function firstAdoption(sim: Simulation): number {
  let first = Infinity;
  for (let i = 0; i < sim.n; i++) if (sim.firstAdoptionTick[i] >= 0) first = Math.min(first, sim.firstAdoptionTick[i]);
  return first;
}

/** Years from the first adopter to 93 % of units ever adopted, over the rows run so far; NaN when not reached. */
export function yearsTo93(sim: Simulation): number {
  const first = firstAdoption(sim);
  let reached = -1;
  for (let t = 0; t <= sim.tickCount && reached < 0; t++) if (everShareAt(sim, t) >= 0.93) reached = t;
  return reached < 0 ? NaN : (reached - first) * sim.dt;
}
