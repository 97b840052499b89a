/** The parsed forms of the committed map files (public/data/, docs/map-data.md). */
import type { RegionId, UrbanTypeId } from '../model/world.ts';

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
