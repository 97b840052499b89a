/**
 * Runs a scenario file (a preset id via `{ extends: id }`, or a full scenario) the way `idlab run`
 * does — resolved with the shipped presets, on the world the CLI builds — calling `each` on row 0 and
 * after every tick when given (for figures that need the state between the kept metric rows, e.g.
 * when the endorsement field first rises, or yearly snapshots for the locality-year panel).
 */
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';
import { loadWorld } from '../../src/cli/load-world.ts';

export function runScenario(file: unknown, seed: number, each?: (sim: Simulation) => void): Simulation {
  const scenario = resolveScenario(file, { loadPreset: loadPresetForExtends });
  return runToHorizon(createSimulation(loadWorld(scenario.world), scenario, seed, { checkpointEvery: 0 }), each);
}

/** Ticks `sim` to its horizon, calling `each` on the current row and after every tick when given. */
export function runToHorizon(sim: Simulation, each?: (sim: Simulation) => void): Simulation {
  if (!each) sim.tick(sim.totalTicks - sim.tickCount);
  else {
    each(sim);
    while (!sim.done) {
      sim.tick(1);
      each(sim);
    }
  }
  return sim;
}
