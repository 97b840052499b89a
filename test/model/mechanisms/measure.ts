/**
 * Measures the mechanism tests share: running a synthetic-world scenario, counting transitions in the
 * event log, exposure in cell-years from the per-tick stage counts, and the statistics the claims
 * are tested with.
 *
 * Rates are events per cell-year of exposure. Two rates are compared by their ratio: each event count
 * is treated as Poisson given its exposure, so the log of the ratio has standard error
 * sqrt(1/a + 1/b) (the delta method), and a claim is asserted at |z| = Z (two-sided 99.9 %), so a
 * correct model fails such an assertion about once in a thousand runs of a new seed set — and the
 * seeds are fixed, so a given assertion passes or fails deterministically.
 */
import { createSimulation } from '../../../src/model/simulation/createSimulation.ts';
import { createSyntheticWorld } from '../../../src/model/worlds/syntheticWorld.ts';
import type { Simulation } from '../../../src/model/simulation/types.ts';
import type { ResolvedScenario } from '../../../src/model/scenario/types.ts';
import type { World } from '../../../src/model/world.ts';
import { runToHorizon } from '../../../scripts/audit/runScenario.ts';

/** z of a two-sided 99.9 % interval */
export const Z = 3.29;

const worlds = new Map<string, World>();

/** Runs `sc` (a mixed or lattice world) to its horizon, calling `each` on row 0 and after every tick when given. */
export function runSynthetic(sc: ResolvedScenario, seed: number, each?: (sim: Simulation) => void): Simulation {
  const key = JSON.stringify(sc.world);
  let world = worlds.get(key);
  if (!world) worlds.set(key, (world = createSyntheticWorld(sc.world)));
  return runToHorizon(createSimulation(world, sc, seed, { checkpointEvery: 0 }), each);
}

/** The stage ids of the metric columns, by stage code. */
const STAGE_COLUMNS = ['none', 'learning', 'adapting', 'institutionalized', 'optimizing', 'formal', 'terminated'];

/**
 * Cell-years spent in `stages` during ticks (fromTick, toTick] (innovation 0): the state of row t is
 * exposed during tick t + 1.
 */
export function exposure(sim: Simulation, stages: readonly number[], fromTick = 0, toTick = sim.tickCount): number {
  let sum = 0;
  for (const s of stages) {
    const column = sim.metrics.column(STAGE_COLUMNS[s], 0);
    for (let t = fromTick; t < toTick; t++) sum += column[t];
  }
  return sum * sim.dt;
}

/** Log entries (innovation 0) from one of `from` to `to`, in ticks (fromTick, toTick], that pass `also`. */
export function transitions(
  sim: Simulation,
  from: readonly number[],
  to: number,
  fromTick = 0,
  toTick = sim.tickCount,
  also: (j: number, log: ReturnType<Simulation['events']['columns']>) => boolean = () => true,
): number {
  const log = sim.events.columns();
  let n = 0;
  for (let j = 0; j < log.tick.length; j++) {
    if (log.innovation[j] !== 0 || log.to[j] !== to || !from.includes(log.from[j])) continue;
    if (log.tick[j] <= fromTick || log.tick[j] > toTick) continue;
    if (also(j, log)) n++;
  }
  return n;
}

/** Events and exposure of a rate, summed over runs. */
export interface Rate {
  events: number;
  exposure: number;
}

export function addRates(rates: readonly Rate[]): Rate {
  return rates.reduce((a, r) => ({ events: a.events + r.events, exposure: a.exposure + r.exposure }), { events: 0, exposure: 0 });
}

/** ln(rate a / rate b) and its standard error (Poisson counts). */
export function logRateRatio(a: Rate, b: Rate): { log: number; se: number; ratio: number } {
  const log = Math.log(a.events / a.exposure / (b.events / b.exposure));
  return { log, se: Math.sqrt(1 / a.events + 1 / b.events), ratio: Math.exp(log) };
}

export const seedRange = (n: number, from = 1): number[] => Array.from({ length: n }, (_, j) => from + j);
