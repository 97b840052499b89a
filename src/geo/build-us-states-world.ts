/**
 * Turns the parsed us-states.json into the us-states `World` (src/model/world.ts; docs/model.md §2):
 * the 50 states in FIPS order, each its own province and prefecture (both coded by FIPS, "06"; the
 * locality code is the USPS code, "CA"), the region its US Census region counted in the REGIONS
 * slot of CENSUS_REGION_SLOT, one urban type for all (`county`: the model's rural/urban terms have no
 * meaning between states), and no township or village counts. Alaska and Hawaii have no neighbours.
 * Every attribute is 0.5: there are no proxies for states, and the states differ through the
 * latent innovativeness z_L the kernel draws from the world's attribute seed (β_L·z_L).
 * Pure: callers read the file and pass its parsed contents in.
 */
import { CENSUS_REGION_SLOT, REGIONS, URBAN_TYPES, type World } from '../model/world.ts';
import { syntheticAttributes } from '../model/worlds/syntheticAttributes.ts';
import type { UsStatesData } from './types.ts';

export interface UsStatesWorldOptions {
  /** seed of the world's draws (z_L in the kernel; the attributes are constant), default 1 */
  attributeSeed?: number;
}

export function buildUsStatesWorld(data: UsStatesData, options: UsStatesWorldOptions = {}): World {
  const attributeSeed = options.attributeSeed ?? 1;
  if (!Number.isFinite(attributeSeed)) throw new Error(`buildUsStatesWorld: attributeSeed ${attributeSeed} is not a finite number`);
  const { states } = data;
  const n = states.length;
  const region = states.map((s) => REGIONS.indexOf(CENSUS_REGION_SLOT[s.region]));
  const adjOffsets = Int32Array.from(data.offsets);
  return {
    kind: 'us-states',
    n,
    codes: states.map((s) => s.usps),
    names: states.map((s) => s.nameZh),
    namesEn: states.map((s) => s.name),
    adjOffsets,
    adjIndices: Int32Array.from(data.indices),
    adjSea: new Uint8Array(data.indices.length),
    province: Int32Array.from(states, (_, i) => i),
    prefecture: Int32Array.from(states, (_, i) => i),
    region: Uint8Array.from(region),
    urbanType: new Uint8Array(n).fill(URBAN_TYPES.indexOf('county')),
    provinces: states.map((s, i) => ({ code: s.fips, name: s.nameZh, nameEn: s.name, region: region[i] })),
    prefectures: states.map((s, i) => ({ code: s.fips, name: s.nameZh, nameEn: s.name, province: i })),
    townships: new Int32Array(n),
    villages: new Int32Array(n),
    lon: Float64Array.from(states, (s) => s.lon),
    lat: Float64Array.from(states, (s) => s.lat),
    attributes: syntheticAttributes(n, attributeSeed, 0),
  };
}

/** Locality index by USPS code ("CA") and by FIPS code ("06") of a us-states world. */
export function usStateIndex(world: World): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < world.n; i++) {
    map.set(world.codes[i], i);
    map.set(world.provinces[world.province[i]].code, i);
  }
  return map;
}
