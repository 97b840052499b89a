/**
 * Aggregates the county-level China world to prefecture-level units (docs/model.md, "Prefecture-level
 * units"): which counties form a unit is prefectureUnitCode's rule; the rest is this file's.
 *   - codes sorted; names: the prefecture's (成都市, Chéngdū Shì), or the county's own for a
 *     province-administered county; municipalities are named after the municipality (重庆市);
 *   - hierarchy: the province and region of the counties (they never differ within a unit); the
 *     prefecture entry is the counties' NBS prefecture (重庆's unit is 5001; the province-administered
 *     counties of a province share their pseudo-prefecture, e.g. 4690);
 *   - urban type: `district` if any member county is a municipal district, else `city` if any is a
 *     county-level city, else `county` (so every prefecture-level city with districts is `district`);
 *   - townships and villages: sums; centroid: the members' centroids weighted by area (degrees);
 *   - attributes: the members' values weighted by their townships (at least 1 each), a proxy for
 *     population that the data lacks; weighted means of values in [0, 1] stay in [0, 1];
 *   - adjacency: two units are neighbours when any of their counties are; the edge is a land edge if
 *     any of those county pairs share a land border, else a sea edge (flagged as in the county world).
 */
import { URBAN_TYPES, ATTRIBUTES, type AttributeId, type Prefecture, type World } from '../model/world.ts';
import { prefectureUnitCode } from './prefecture-unit-code.ts';
import { packAdjacency } from './pack-adjacency.ts';

export interface PrefectureAggregation {
  world: World;
  /** per county of the county world (its order), the index of its unit in `world` */
  unitOfCounty: Int32Array;
}

const DISTRICT = URBAN_TYPES.indexOf('district');
const CITY = URBAN_TYPES.indexOf('city');
const COUNTY = URBAN_TYPES.indexOf('county');

/** `area[i]` is county i's area in km² (county-world order). */
export function aggregatePrefectures(county: World, area: ArrayLike<number>): PrefectureAggregation {
  const unitCodes = county.codes.map(prefectureUnitCode);
  const codes = [...new Set(unitCodes)].sort();
  const index = new Map(codes.map((c, u) => [c, u]));
  const n = codes.length;
  const unitOfCounty = Int32Array.from(unitCodes, (c) => index.get(c)!);
  const first = new Int32Array(n).fill(-1); // first member county, in code order
  for (let i = 0; i < county.n; i++) if (first[unitOfCounty[i]] < 0) first[unitOfCounty[i]] = i;

  const prefectures: Prefecture[] = [];
  const prefectureIndex = new Map<string, number>();
  const prefecture = new Int32Array(n);
  const names: string[] = [];
  const namesEn: string[] = [];
  for (let u = 0; u < n; u++) {
    const i = first[u];
    const p = county.prefectures[county.prefecture[i]];
    if (!prefectureIndex.has(p.code)) {
      prefectureIndex.set(p.code, prefectures.length);
      prefectures.push(p);
    }
    prefecture[u] = prefectureIndex.get(p.code)!;
    const ownName = codes[u] === county.codes[i];
    names.push(ownName ? county.names[i] : p.name);
    namesEn.push(ownName ? county.namesEn[i] : p.nameEn);
  }

  const province = Int32Array.from(first, (i) => county.province[i]);
  const region = Uint8Array.from(first, (i) => county.region[i]);
  const hasType = new Uint8Array(n * URBAN_TYPES.length);
  const townships = new Int32Array(n);
  const villages = new Int32Array(n);
  const areaSum = new Float64Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const weight = new Float64Array(n);
  const sums = Object.fromEntries(ATTRIBUTES.map((a) => [a, new Float64Array(n)])) as Record<AttributeId, Float64Array>;
  for (let i = 0; i < county.n; i++) {
    const u = unitOfCounty[i];
    if (county.province[i] !== province[u]) {
      throw new Error(`aggregatePrefectures: county ${county.codes[i]} is in another province than unit ${codes[u]}`);
    }
    hasType[u * URBAN_TYPES.length + county.urbanType[i]] = 1;
    townships[u] += county.townships[i];
    villages[u] += county.villages[i];
    const a = Math.max(area[i], 0);
    areaSum[u] += a;
    lon[u] += a * county.lon[i];
    lat[u] += a * county.lat[i];
    const w = Math.max(county.townships[i], 1);
    weight[u] += w;
    for (const id of ATTRIBUTES) sums[id][u] += w * county.attributes[id][i];
  }
  const urbanType = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    const has = (t: number) => hasType[u * URBAN_TYPES.length + t] === 1;
    urbanType[u] = has(DISTRICT) ? DISTRICT : has(CITY) ? CITY : COUNTY;
    if (areaSum[u] > 0) {
      lon[u] /= areaSum[u];
      lat[u] /= areaSum[u];
    } else {
      lon[u] = county.lon[first[u]];
      lat[u] = county.lat[first[u]];
    }
    for (const id of ATTRIBUTES) sums[id][u] /= weight[u];
  }

  const { adjOffsets, adjIndices, adjSea } = aggregateEdges(county, unitOfCounty, n);
  const world: World = {
    kind: 'china',
    n,
    codes,
    names,
    namesEn,
    adjOffsets,
    adjIndices,
    adjSea,
    province,
    prefecture,
    region,
    urbanType,
    provinces: county.provinces,
    prefectures,
    townships,
    villages,
    lon,
    lat,
    attributes: sums,
  };
  return { world, unitOfCounty };
}

/** The unit graph in CSR form: an edge wherever a county edge crosses units; land wins over sea. */
function aggregateEdges(county: World, unitOfCounty: Int32Array, n: number) {
  const lists: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const offsets = county.adjOffsets;
  const indices = county.adjIndices;
  const sea = county.adjSea;
  if (offsets && indices) {
    for (let i = 0; i < county.n; i++) {
      const u = unitOfCounty[i];
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const v = unitOfCounty[indices[k]];
        if (u === v) continue;
        const isSea = sea ? sea[k] : 0;
        const known = lists[u].get(v);
        lists[u].set(v, known === undefined ? isSea : Math.min(known, isSea));
      }
    }
  }
  return packAdjacency(lists.map((edges) => [...edges].map(([j, sea]) => ({ j, sea }))));
}
