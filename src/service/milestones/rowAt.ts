import type { Simulation } from '../../model/simulation/types.ts';

/** The metric row at the first tick at or after `year` (calendar year of the scenario clock), capped at the horizon. */
export function rowAt(sim: Pick<Simulation, 'totalTicks' | 'tickAt'>, year: number): number {
  return Math.min(sim.totalTicks, sim.tickAt(year));
}
