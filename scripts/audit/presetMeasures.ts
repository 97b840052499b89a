/**
 * The measurements by which the China presets are read against their milestones (docs/references.md,
 * "China milestones"), shared by the preset-figures script and `npm run validation` so that both read
 * a run the same way. Years are calendar years of the scenario clock: "in Y" reads the state at the
 * start of Y, "by the end of Y" the state at the start of Y + 1. Figures are of innovation 0.
 */
import type { Simulation } from '../../src/model/simulation/types.ts';
import { CH_ENDORSEMENT, CH_ORIGIN } from '../../src/model/events/channels.ts';
import { rowAt, runScenario } from './runScenario.ts';

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

export interface BottomUp {
  sim: Simulation;
  /** years from the first adopter to 93 % of units ever adopted; NaN when not reached */
  yearsTo93: number;
  /** prefecture-level cities (units with municipal districts) ever adopted by the end of 2012 */
  cities2012: number;
  /** years from the first province endorsement to the centre's; NaN when either never came */
  provinceToCentre: number;
  /** years from the first adopter to the centre's endorsement; NaN when the centre never endorsed */
  firstToCentre: number;
  /** years from the first adopter to the end of the run */
  firstToEnd: number;
  centreWithin3: boolean;
  endorsementShare: number;
}

/** The bottom-up preset's figures for one seed (the endorsement field is watched after every tick). */
export function bottomUp(seed: number): BottomUp {
  let provinceTick = -1;
  let centreTick = -1;
  const sim = runScenario({ extends: 'bottom-up' }, seed, (s) => {
    if (centreTick >= 0) return;
    const E = s.endorsement;
    for (let i = 0; i < s.n; i++) {
      if (provinceTick < 0 && E[i] >= 2) provinceTick = s.tickCount;
      if (E[i] === 3) centreTick = s.tickCount;
    }
  });
  let first = Infinity;
  for (let i = 0; i < sim.n; i++) if (sim.firstAdoptionTick[i] >= 0) first = Math.min(first, sim.firstAdoptionTick[i]);
  let reached = -1;
  for (let t = 0; t <= sim.totalTicks && reached < 0; t++) if (everShareAt(sim, t) >= 0.93) reached = t;
  const log = sim.events.columns();
  let adoptions = 0;
  let byEndorsement = 0;
  for (let j = 0; j < log.tick.length; j++) {
    if (log.from[j] !== 0 || log.to[j] < 1 || log.to[j] > 4 || log.channel[j] === CH_ORIGIN) continue;
    adoptions++;
    if (log.channel[j] === CH_ENDORSEMENT) byEndorsement++;
  }
  return {
    sim,
    yearsTo93: reached < 0 ? NaN : (reached - first) * sim.dt,
    cities2012: adoptersBy(sim, 2013).filter((i) => sim.world.urbanType[i] === 0).length,
    provinceToCentre: provinceTick < 0 || centreTick < 0 ? NaN : (centreTick - provinceTick) * sim.dt,
    firstToCentre: centreTick < 0 ? NaN : (centreTick - first) * sim.dt,
    firstToEnd: (sim.totalTicks - first) * sim.dt,
    centreWithin3: centreTick >= 0 && (centreTick - first) * sim.dt < 3,
    endorsementShare: adoptions ? byEndorsement / adoptions : 0,
  };
}
