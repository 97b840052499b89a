/**
 * Locality attributes in (0, 1) derived from documented proxies (docs/model.md §13). They are
 * proxies, not measurements: each attribute is a logistic function of a linear score built from the
 * unit's region, urban type, prefecture rank and settlement density, plus seeded noise that stands
 * for everything the proxies miss. A scenario may override any value per locality.
 */
import seedrandom from 'seedrandom';
import { ATTRIBUTES, type AttributeId, type RegionId, type UrbanTypeId } from '../model/world.ts';
import { prefectureRank, type PrefectureRank } from './prefecture-rank.ts';
import type { ChinaUnit } from './types.ts';
import { cos, exp, log } from '../model/math/index.ts';

export interface AttributeProxy {
  region: Record<RegionId, number>;
  urbanType: Record<UrbanTypeId, number>;
  rank: Record<PrefectureRank, number>;
  /** weight of the standardized log township density (townships per 1,000 km²) */
  townshipDensity: number;
  /** weight of the standardized log village density (villages per 100 km²) */
  villageDensity: number;
  /** weight of the standardized log villages per township */
  villagesPerTownship: number;
}

/** Coefficients on the logit scale (0 ↦ 0.5). Illustrative proxies; see docs/model.md §13. */
export const ATTRIBUTE_PROXIES: Record<AttributeId, AttributeProxy> = {
  resources: {
    region: { east: 0.6, central: -0.1, west: -0.4, northeast: -0.2 },
    urbanType: { district: 0.5, city: 0.2, county: -0.4 },
    rank: { capital: 0.5, subprovincial: 0.5, city: 0, other: -0.3 },
    townshipDensity: 0.35,
    villageDensity: 0,
    villagesPerTownship: 0,
  },
  support: {
    region: { east: 0.4, central: 0, west: -0.3, northeast: -0.1 },
    urbanType: { district: 0.4, city: 0.1, county: -0.2 },
    rank: { capital: 0.2, subprovincial: 0.2, city: 0, other: -0.1 },
    townshipDensity: 0,
    villageDensity: 0.2,
    villagesPerTownship: 0,
  },
  digital: {
    region: { east: 0.7, central: 0, west: -0.5, northeast: -0.2 },
    urbanType: { district: 0.6, city: 0.2, county: -0.5 },
    rank: { capital: 0.5, subprovincial: 0.5, city: 0, other: -0.4 },
    townshipDensity: 0.3,
    villageDensity: 0,
    villagesPerTownship: 0,
  },
  pressure: {
    region: { east: 0, central: 0.1, west: 0, northeast: 0 },
    urbanType: { district: 0.2, city: 0.1, county: 0 },
    rank: { capital: 0.3, subprovincial: 0.2, city: 0, other: -0.2 },
    townshipDensity: 0,
    villageDensity: 0,
    villagesPerTownship: 0.3,
  },
};

/** SD of the seeded noise on the logit scale. */
export const ATTRIBUTE_NOISE_SD = 0.4;

/** Mean 0, SD 1 over the units (0 everywhere when the values do not vary). */
function standardize(values: Float64Array): Float64Array {
  const n = values.length;
  let mean = 0;
  for (const v of values) mean += v / n;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2 / n;
  const sd = Math.sqrt(variance);
  return values.map((v) => (sd > 0 ? (v - mean) / sd : 0));
}

const logistic = (z: number) => 1 / (1 + exp(-z));

/**
 * Attributes for units in the given order. The noise comes from seedrandom's alea seeded with
 * `idlab/china-attributes/<seed>`, drawn attribute by attribute in ATTRIBUTES order, unit by unit
 * in the given order (Box–Muller, one normal per two uniforms).
 */
export function chinaAttributes(units: readonly ChinaUnit[], seed: number): Record<AttributeId, Float64Array> {
  const n = units.length;
  const logOf = (f: (u: ChinaUnit) => number) => standardize(Float64Array.from(units, (u) => log(1 + f(u))));
  const area = (u: ChinaUnit) => Math.max(u.areaKm2, 1);
  const zTownship = logOf((u) => (u.townships / area(u)) * 1000);
  const zVillage = logOf((u) => (u.villages / area(u)) * 100);
  const zPerTownship = logOf((u) => u.villages / Math.max(u.townships, 1));
  const ranks = units.map((u) => prefectureRank(u.prefectureCode, u.prefecture));
  const random = seedrandom.alea(`idlab/china-attributes/${seed}`);
  const out = {} as Record<AttributeId, Float64Array>;
  for (const id of ATTRIBUTES) {
    const p = ATTRIBUTE_PROXIES[id];
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const u = units[i];
      const u1 = 1 - random(); // (0, 1]: log is finite
      const u2 = random();
      const noise = Math.sqrt(-2 * log(u1)) * cos(2 * Math.PI * u2) * ATTRIBUTE_NOISE_SD;
      const z =
        p.region[u.region] +
        p.urbanType[u.urbanType] +
        p.rank[ranks[i]] +
        p.townshipDensity * zTownship[i] +
        p.villageDensity * zVillage[i] +
        p.villagesPerTownship * zPerTownship[i] +
        noise;
      values[i] = logistic(z);
    }
    out[id] = values;
  }
  return out;
}
