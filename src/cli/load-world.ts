/**
 * The Node side of building a scenario's world: lattice and mixed worlds come from the model
 * (createSyntheticWorld); the China and us-states worlds are built by src/geo from the committed data files in
 * public/data, found relative to the package root (so `npx idlab` works from any directory).
 * Attribute overrides (`world.attributes`) are not applied here: the simulation applies them to
 * copies of the world's arrays (the World stays immutable and can be shared between runs).
 * One world per spec is cached for the life of the process (sweeps and tests reuse it).
 */
import { readFileSync } from 'node:fs';
import type { World } from '../model/world.ts';
import type { WorldSpec } from '../model/scenario/types.ts';
import { createSyntheticWorld } from '../model/worlds/syntheticWorld.ts';
import { buildChinaWorld } from '../geo/build-china-world.ts';
import { parseChinaUnits } from '../geo/parse-china-units.ts';
import { parseChinaAdjacency } from '../geo/parse-china-adjacency.ts';
import { buildUsStatesWorld } from '../geo/build-us-states-world.ts';
import { parseUsStates } from '../geo/parse-us-states.ts';
import { packagePath } from './package-root.ts';
import { CliError, EXIT } from './cli-error.ts';
import { describeFsError } from './load-scenario.ts';

export const CHINA_UNITS_FILE = ['public', 'data', 'china-units.csv'] as const;
export const CHINA_ADJACENCY_FILE = ['public', 'data', 'china-adjacency.json'] as const;
export const US_STATES_FILE = ['public', 'data', 'us-states.json'] as const;

const cache = new Map<string, World>();

/** The world of a resolved scenario's `world` spec (without its attribute overrides). */
export function loadWorld(spec: WorldSpec): World {
  const { attributes: _overrides, ...shape } = spec;
  const key = JSON.stringify(shape);
  let world = cache.get(key);
  if (!world) {
    world =
      spec.kind === 'china' ? loadChinaWorld(spec)
      : spec.kind === 'us-states' ? buildUsStatesWorld(parseUsStates(readDataFile(US_STATES_FILE, 'npm run data:us')), { attributeSeed: spec.attributeSeed ?? 1 })
      : createSyntheticWorld(spec);
    cache.set(key, world);
  }
  return world;
}

function loadChinaWorld(spec: Extract<WorldSpec, { kind: 'china' }>): World {
  const units = readDataFile(CHINA_UNITS_FILE);
  const adjacency = readDataFile(CHINA_ADJACENCY_FILE);
  return buildChinaWorld(parseChinaUnits(units), parseChinaAdjacency(adjacency), {
    seaEdges: spec.seaEdges ?? true,
    attributeSeed: spec.attributeSeed ?? 1,
    unit: spec.unit ?? 'county',
  });
}

/** The text of a committed map-data file; `rebuild`: the npm script that writes it again (named when it cannot be read). */
export function readDataFile(parts: readonly string[], rebuild = 'npm run data'): string {
  const path = packagePath(...parts);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the map data ${path}: ${describeFsError(error)} (run \`${rebuild}\` to rebuild it)`, EXIT.invalid);
  }
}
