/**
 * Reads a simulation's event log as SPID reads the states: one adoption history per innovation, the
 * year each state first adopted it (its first 0 → 1 transition) or null, in the order of US_STATES,
 * so that every SPID pattern function measures simulated histories exactly as it measures observed
 * ones. Each innovation stands for one observed policy: its history is shifted so that its first
 * simulated adoption falls in that policy's first observed year, and it is cut where the observed
 * record ends (`observedTo`, 2017 for SPID), so a simulated policy is followed for as many years after
 * its first adopter as the policy it mimics. An innovation that no state adopted has no history (null).
 */
import { LEARNING, NONE, type LogEntry, type Simulation, type World } from '../model/index.ts';
import type { SpidPolicy } from './spidHistories.ts';
import { US_STATES } from './usStates.ts';
import { usStatesContiguity, type Contiguity } from './usStatesContiguity.ts';

/** Index in US_STATES of each locality of a us-states world (matched by USPS code). */
export function usStatesOrder(world: World): number[] {
  const ours = new Map(US_STATES.map((s, i) => [s.usps, i]));
  return world.codes.map((code) => {
    const i = ours.get(code);
    if (i === undefined) throw new Error(`us-policies: world locality ${JSON.stringify(code)} is not one of the 50 states (is the world us-states?)`);
    return i;
  });
}

/** The world's land neighbours in the order of US_STATES, as the SPID measures take them. */
export function worldContiguity(world: World): Contiguity {
  return usStatesContiguity({
    states: world.codes.map((usps) => ({ usps })),
    adjacency: { offsets: Array.from(world.adjOffsets ?? []), indices: Array.from(world.adjIndices ?? []) },
  });
}

/**
 * Year of each state's first adoption of each innovation, in ticks from the run's start:
 * `ticks[k][s]` for innovation k and state s (US_STATES order), or −1 where it never adopted.
 */
export function firstAdoptionTicks(sim: Simulation, world: World, order: readonly number[] = usStatesOrder(world)): Int32Array[] {
  const K = sim.scenario.innovations.length;
  const ticks = Array.from({ length: K }, () => new Int32Array(US_STATES.length).fill(-1));
  const e: LogEntry = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  for (let j = 0; j < sim.events.length; j++) {
    sim.events.get(j, e);
    if (e.from !== NONE || e.to !== LEARNING) continue;
    const row = ticks[e.innovation];
    const s = order[e.locality];
    if (row[s] < 0) row[s] = e.tick;
  }
  return ticks;
}

/**
 * The history of innovation k as the observed policy first adopted in `firstYear`: adoption years
 * are `firstYear` + years since the innovation's first adoption (`ticks` at dt = 1 year), adoptions
 * after `observedTo` dropped. Null when no state adopted it by tick `latestFirst` (the run must
 * cover the first adoption plus the policy's observed years, so later first adoptions are treated
 * as a policy that no state took up, and SPID would not list).
 */
export function simulatedPolicy(id: string, ticks: Int32Array, firstYear: number, observedTo: number, latestFirst = Infinity): SpidPolicy | null {
  let first = Infinity;
  for (const t of ticks) if (t >= 0 && t < first) first = t;
  if (first === Infinity || first > latestFirst) return null;
  const years: (number | null)[] = [];
  let adopters = 0;
  let lastYear = firstYear;
  for (const t of ticks) {
    const year = t >= 0 ? firstYear + (t - first) : Infinity;
    if (year <= observedTo) {
      years.push(year);
      adopters++;
      lastYear = Math.max(lastYear, year);
    } else years.push(null);
  }
  return { id, description: '', topic: '', source: 'simulated', years, firstYear, lastYear, adopters };
}
