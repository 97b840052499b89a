/**
 * Turns the parsed map files into the China `World` (src/model/world.ts; docs/model.md §1):
 * localities sorted by code, struct-of-arrays, a symmetric CSR neighbour graph with sea edges
 * flagged, the province/prefecture hierarchy, and the attribute proxies (attributes.ts); with
 * `unit: 'prefecture'`, that world aggregated to prefecture-level units (aggregate-prefectures.ts).
 * Pure: callers read the files and pass their parsed contents in.
 */
import { REGIONS, URBAN_TYPES, type Prefecture, type Province, type World } from '../model/world.ts';
import { chinaAttributes } from './attributes.ts';
import type { ChinaAdjacency, ChinaUnit } from './types.ts';
import { aggregatePrefectures } from './aggregate-prefectures.ts';
import { packAdjacency, type NeighbourEdge } from './pack-adjacency.ts';
import type { ChinaUnitLevel } from '../model/world.ts';

export interface ChinaWorldOptions {
  /** include the flagged sea edges that connect island groups to the mainland (default true) */
  seaEdges?: boolean;
  /** seed of the attribute-proxy noise (default 1) */
  attributeSeed?: number;
  /** the level of the localities: county-level units (default) or prefecture-level units aggregated from them */
  unit?: ChinaUnitLevel;
}

export function buildChinaWorld(units: readonly ChinaUnit[], adjacency: ChinaAdjacency, options: ChinaWorldOptions = {}): World {
  const county = buildCountyWorld(units, adjacency, options);
  if ((options.unit ?? 'county') === 'county') return county;
  const area = new Map(units.map((u) => [u.code, u.areaKm2]));
  return aggregatePrefectures(county, county.codes.map((c) => area.get(c)!)).world;
}

function buildCountyWorld(units: readonly ChinaUnit[], adjacency: ChinaAdjacency, options: ChinaWorldOptions): World {
  const seaEdges = options.seaEdges ?? true;
  const attributeSeed = options.attributeSeed ?? 1;
  if (!Number.isFinite(attributeSeed)) throw new Error(`buildChinaWorld: attributeSeed ${attributeSeed} is not a finite number`);
  const sorted = [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const n = sorted.length;
  const index = new Map<string, number>();
  sorted.forEach((u, i) => {
    if (index.has(u.code)) throw new Error(`buildChinaWorld: unit code ${u.code} appears twice`);
    index.set(u.code, i);
  });

  const provinces: Province[] = [];
  const provinceIndex = new Map<string, number>();
  const prefectures: Prefecture[] = [];
  const prefectureIndex = new Map<string, number>();
  const byProvince = [...sorted].sort((a, b) => (a.provinceCode < b.provinceCode ? -1 : a.provinceCode > b.provinceCode ? 1 : 0));
  for (const u of byProvince) {
    if (!provinceIndex.has(u.provinceCode)) {
      provinceIndex.set(u.provinceCode, provinces.length);
      provinces.push({ code: u.provinceCode, name: u.province, nameEn: u.provinceEn, region: REGIONS.indexOf(u.region) });
    }
  }
  const byPrefecture = [...sorted].sort((a, b) => (a.prefectureCode < b.prefectureCode ? -1 : a.prefectureCode > b.prefectureCode ? 1 : 0));
  for (const u of byPrefecture) {
    if (!prefectureIndex.has(u.prefectureCode)) {
      prefectureIndex.set(u.prefectureCode, prefectures.length);
      prefectures.push({ code: u.prefectureCode, name: u.prefecture, nameEn: u.prefectureEn, province: provinceIndex.get(u.provinceCode)! });
    }
  }

  // CSR: count degrees, then fill; each node's neighbours sorted by index for determinism.
  const lists: NeighbourEdge[][] = sorted.map(() => []);
  const seen = new Set<string>();
  const add = (pairs: [string, string][], sea: number, field: string) => {
    pairs.forEach(([a, b], k) => {
      const i = index.get(a);
      const j = index.get(b);
      if (i === undefined || j === undefined) {
        throw new Error(`china-adjacency.json: ${field}[${k}] names unknown unit ${i === undefined ? a : b}`);
      }
      if (i === j) throw new Error(`china-adjacency.json: ${field}[${k}] is a self-loop on ${a}`);
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seen.has(key)) throw new Error(`china-adjacency.json: ${field}[${k}] repeats the edge ${a}–${b}`);
      seen.add(key);
      lists[i].push({ j, sea });
      lists[j].push({ j: i, sea });
    });
  };
  add(adjacency.land, 0, 'land');
  if (seaEdges) add(adjacency.sea, 1, 'sea');
  const { adjOffsets, adjIndices, adjSea } = packAdjacency(lists);

  return {
    kind: 'china',
    n,
    codes: sorted.map((u) => u.code),
    names: sorted.map((u) => u.name),
    namesEn: sorted.map((u) => u.nameEn),
    adjOffsets,
    adjIndices,
    adjSea,
    province: Int32Array.from(sorted, (u) => provinceIndex.get(u.provinceCode)!),
    prefecture: Int32Array.from(sorted, (u) => prefectureIndex.get(u.prefectureCode)!),
    region: Uint8Array.from(sorted, (u) => REGIONS.indexOf(u.region)),
    urbanType: Uint8Array.from(sorted, (u) => URBAN_TYPES.indexOf(u.urbanType)),
    provinces,
    prefectures,
    townships: Int32Array.from(sorted, (u) => u.townships),
    villages: Int32Array.from(sorted, (u) => u.villages),
    lon: Float64Array.from(sorted, (u) => u.lon),
    lat: Float64Array.from(sorted, (u) => u.lat),
    attributes: chinaAttributes(sorted, attributeSeed),
  };
}
