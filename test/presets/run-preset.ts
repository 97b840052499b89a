/**
 * Runs a shipped preset (or a variant of it) with the library, on the world `idlab run` would build,
 * and rounds its figures for golden snapshots.
 */
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';
import { loadWorld } from '../../src/cli/load-world.ts';

/** Resolves `file` (e.g. `{ extends: 'fengqiao' }`) and runs it to its horizon. */
export function runScenarioFile(file: unknown, seed: number): Simulation {
  const scenario = resolveScenario(file, { loadPreset: loadPresetForExtends });
  const sim = createSimulation(loadWorld(scenario.world), scenario, seed, { checkpointEvery: 0 });
  sim.tick(sim.totalTicks);
  return sim;
}

/** Every non-integer number rounded to 3 decimals (golden files stay readable and ignore last-digit noise), recursively. */
export function round3(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Math.round(value * 1000) / 1000 + 0;
  if (Array.isArray(value)) return value.map(round3);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round3(v)]));
  return value;
}

/** Index of the first maximum of a column. */
export function argMax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}
