import type { World } from '../model/world.ts';
import type { WorldSpec } from '../model/scenario/types.ts';
import { createSyntheticWorld } from '../model/worlds/syntheticWorld.ts';
import { buildChinaWorld, buildUsStatesWorld, parseChinaAdjacency, parseChinaUnits, parseUsStates } from '../geo/index.ts';
import type { TextLoader } from './types.ts';

/** The China world's data files, relative to the public root (docs/map-data.md). */
export const CHINA_UNITS_PATH = 'data/china-units.csv';
export const CHINA_ADJACENCY_PATH = 'data/china-adjacency.json';
/** The us-states world's data file, relative to the public root. */
export const US_STATES_PATH = 'data/us-states.json';

/**
 * Builds (and caches, per world shape) the World of a scenario's world spec. Attribute overrides are
 * not applied here — the simulation applies them to copies — so one World serves every run on the
 * same map: changing a lever or the seed does not re-read or re-parse the map data.
 */
export class WorldLoader {
  private readonly cache = new Map<string, Promise<World>>();

  constructor(private readonly load: () => TextLoader) {}

  world(spec: WorldSpec): Promise<World> {
    const { attributes: _overrides, ...shape } = spec;
    const key = JSON.stringify(shape);
    let world = this.cache.get(key);
    if (!world) {
      world =
        spec.kind === 'china' ? this.china(spec)
        : spec.kind === 'us-states' ? this.usStates(spec)
        : Promise.resolve(createSyntheticWorld(spec));
      this.cache.set(key, world);
      world.catch(() => this.cache.delete(key)); // a failed load may be retried
    }
    return world;
  }

  private async china(spec: Extract<WorldSpec, { kind: 'china' }>): Promise<World> {
    const loader = this.load();
    const [units, adjacency] = await Promise.all([loader(CHINA_UNITS_PATH), loader(CHINA_ADJACENCY_PATH)]);
    return buildChinaWorld(parseChinaUnits(units), parseChinaAdjacency(adjacency), {
      seaEdges: spec.seaEdges ?? true,
      attributeSeed: spec.attributeSeed ?? 1,
      unit: spec.unit ?? 'county',
    });
  }

  private async usStates(spec: Extract<WorldSpec, { kind: 'us-states' }>): Promise<World> {
    const text = await this.load()(US_STATES_PATH);
    return buildUsStatesWorld(parseUsStates(text), { attributeSeed: spec.attributeSeed ?? 1 });
  }
}
