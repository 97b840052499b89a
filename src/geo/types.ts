/** The parsed forms of the committed map files (public/data/, docs/map-data.md). */
import type { CensusRegion, RegionId, UrbanTypeId } from '../model/world.ts';

/** One row of china-units.csv: a simulated county-level unit. */
export interface ChinaUnit {
  /** 6-digit NBS-2023 code ("330681"); a merged unit has the code it dissolves into */
  code: string;
  name: string;
  /** pinyin with tone marks ("Zhūjì Shì") */
  nameEn: string;
  prefectureCode: string;
  prefecture: string;
  prefectureEn: string;
  provinceCode: string;
  province: string;
  provinceEn: string;
  region: RegionId;
  urbanType: UrbanTypeId;
  townships: number;
  villages: number;
  /** centroid, degrees */
  lon: number;
  lat: number;
  areaKm2: number;
  /** codes of the ≈2016 geometry features the unit was dissolved from */
  geometryCodes: string[];
  /** how the geometry was joined to NBS 2023 (exact, recoded, upgraded, renamed, merged, split, cluster) */
  crosswalk: string;
}

/** china-adjacency.json: undirected pairs of unit codes, each listed once. */
export interface ChinaAdjacency {
  land: [string, string][];
  /** island group ↔ nearest connected unit (docs/map-data.md) */
  sea: [string, string][];
}

/** One state of us-states.json: a locality of the us-states world. */
export interface UsState {
  /** 2-digit FIPS state code ("06") */
  fips: string;
  /** USPS code ("CA"): the locality code */
  usps: string;
  name: string;
  nameZh: string;
  region: CensusRegion;
  /** centroid, degrees */
  lon: number;
  lat: number;
}

/** us-states.json: the 50 states in FIPS order and their contiguity (CSR over that order). */
export interface UsStatesData {
  states: UsState[];
  /** neighbours of state i: `indices[offsets[i] … offsets[i+1]−1]`, symmetric, sorted */
  offsets: number[];
  indices: number[];
  /** pairs of USPS codes touching only at a point: not neighbours */
  pointContacts: [string, string][];
}
