/**
 * Builds the synthetic world a scenario's `world` spec names (lattice or mixed). The China and
 * us-states worlds are built in src/geo from the data files the model may not touch.
 */
import type { WorldSpec } from '../scenario/types.ts';
import type { World } from '../world.ts';
import { createLatticeWorld } from './lattice.ts';
import { createMixedWorld } from './mixed.ts';

export function createSyntheticWorld(spec: WorldSpec): World {
  switch (spec.kind) {
    case 'lattice':
      return createLatticeWorld(spec);
    case 'mixed':
      return createMixedWorld(spec);
    default:
      throw new Error(`world.kind '${spec.kind}' is not synthetic: build it from the map data in src/geo (buildChinaWorld, buildUsStatesWorld)`);
  }
}
