/**
 * The World: the localities a simulation runs on, as struct-of-arrays typed arrays indexed by
 * locality (0 … n−1), a CSR neighbour graph, and the administrative hierarchy.
 *
 * The model owns this type. Builders:
 *   - `src/geo/` builds the China world and the us-states world from the committed data files (docs/map-data.md);
 *   - `src/model/worlds/lattice.ts` and `src/model/worlds/mixed.ts` build the synthetic worlds.
 * A World is immutable once built: scenario levers and attribute overrides never mutate it; the
 * simulation copies the attribute arrays it modifies.
 */

/** The four economic regions of the usual NBS grouping; `region[i]` is an index into this list. */
export const REGIONS = ['east', 'central', 'west', 'northeast'] as const;
export type RegionId = (typeof REGIONS)[number];

/** Urban type of a county-level unit; `urbanType[i]` is an index into this list (旗 counts as county). */
export const URBAN_TYPES = ['district', 'city', 'county'] as const;
export type UrbanTypeId = (typeof URBAN_TYPES)[number];

/** The locality attributes in [0, 1] that hazards read (docs/model.md §13). */
export const ATTRIBUTES = ['resources', 'support', 'digital', 'pressure'] as const;
export type AttributeId = (typeof ATTRIBUTES)[number];

/**
 * The four US Census Bureau regions of the us-states world, and the REGIONS slot each is counted in:
 * the kernel, its reporters and scopes count by the four slots above, so a us-states run reports
 * the Northeast as `northeast`, the Midwest as `central`, the South as `east` and the West as `west`
 * (a scope's `regions: ["east"]` is the South there).
 */
export const CENSUS_REGIONS = ['northeast', 'midwest', 'south', 'west'] as const;
export type CensusRegion = (typeof CENSUS_REGIONS)[number];
export const CENSUS_REGION_SLOT: Readonly<Record<CensusRegion, RegionId>> = { northeast: 'northeast', midwest: 'central', south: 'east', west: 'west' };

export type WorldKind = 'china' | 'lattice' | 'mixed' | 'us-states';

/** The level of the China world's localities: county-level units (2,828) or prefecture-level units (366). */
export const CHINA_UNIT_LEVELS = ['county', 'prefecture'] as const;
export type ChinaUnitLevel = (typeof CHINA_UNIT_LEVELS)[number];

/** A province (or, in synthetic worlds, a block of localities playing that role). */
export interface Province {
  /** 2-digit NBS province code as a string ("33"), the 2-digit FIPS code of a US state ("06"), or a synthetic id ("P0"). */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** index into REGIONS */
  readonly region: number;
}

export interface Prefecture {
  /** 4-digit NBS prefecture code as a string ("3306"), the FIPS code of a US state ("06"), or a synthetic id. */
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** index into World.provinces */
  readonly province: number;
}

export interface World {
  readonly kind: WorldKind;
  /** number of localities */
  readonly n: number;

  /** Locality codes: the 6-digit NBS-2023 code for China ("330681"), the USPS code of a US state ("CA"), "x,y" for a lattice, "i" for mixed. */
  readonly codes: readonly string[];
  /** Display names (Chinese for China); English/pinyin names. Same length as codes. */
  readonly names: readonly string[];
  readonly namesEn: readonly string[];

  /**
   * CSR neighbour graph, symmetric, no self-loops: the neighbours of i are
   * `adjIndices[adjOffsets[i] … adjOffsets[i+1]−1]`. `null` for a fully mixed world (global mixing
   * only: no neighbour list is built).
   */
  readonly adjOffsets: Int32Array | null;
  readonly adjIndices: Int32Array | null;
  /** 1 where the edge at the same position of adjIndices is a sea edge (island ↔ mainland), else 0. */
  readonly adjSea: Uint8Array | null;

  /** index into `provinces`, per locality */
  readonly province: Int32Array;
  /** index into `prefectures`, per locality */
  readonly prefecture: Int32Array;
  /** index into REGIONS, per locality */
  readonly region: Uint8Array;
  /** index into URBAN_TYPES, per locality */
  readonly urbanType: Uint8Array;
  readonly provinces: readonly Province[];
  readonly prefectures: readonly Prefecture[];

  /** Counts of townships and villages inside each locality (0 in synthetic worlds). */
  readonly townships: Int32Array;
  readonly villages: Int32Array;

  /** Centroid longitude/latitude in degrees (China, US states), or lattice x/y; 0 for mixed. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;

  /** Locality attributes in [0, 1] (proxies; see docs/model.md). Never mutated after build. */
  readonly attributes: Readonly<Record<AttributeId, Float64Array>>;
}

/** Number of neighbours of locality i (0 in a mixed world). */
export function degree(world: World, i: number): number {
  return world.adjOffsets ? world.adjOffsets[i + 1] - world.adjOffsets[i] : 0;
}

/** Map from locality code to index; built once per world by the caller that needs it. */
export function codeIndex(world: World): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < world.n; i++) map.set(world.codes[i], i);
  return map;
}
