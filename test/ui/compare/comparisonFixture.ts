import type { Band, BandSeries, CompareKpiId, CompareSeriesId, ComparisonResult, KpiComparison, SeriesComparison } from '../../../src/compare/types.ts';

/** Bands constant over `years` years (+1 samples): median m, 10–90 % from lo to hi. */
export function flat(years: number, median: number, lo: number, hi: number): BandSeries {
  const f = (v: number) => new Float64Array(years + 1).fill(v);
  return { median: f(median), p10: f(lo), p90: f(hi) };
}

const band = (median: number, p10: number, p90: number): Band => ({ median, p10, p90 });
const NONE = band(NaN, NaN, NaN);

function kpi(id: CompareKpiId, better: KpiComparison['better'], b: Band, s: Band, d: Band, betterShare: number, tiedShare: number, pairs: number): KpiComparison {
  return { id, better, baseline: b, scenario: s, difference: d, betterShare, tiedShare, pairs, values: { baseline: new Float64Array(0), scenario: new Float64Array(0) } };
}

/**
 * A hand-built comparison of 50 pairs over 10 years (2000–2010) on 4 localities: the scenario's
 * ever-adopted share 0.6 (0.5–0.7) against the baseline's 0.4 (0.3–0.5), difference +0.2
 * (+0.1 to +0.3); time to 50 % 2 years sooner in 41 of 50 worlds; the show share undefined in every
 * run; the gap better in 20 of the 40 worlds where both arms define it, tied in 4.
 */
export function comparison(): ComparisonResult {
  const Y = 10;
  const series = {} as Record<CompareSeriesId, SeriesComparison>;
  for (const id of ['ever', 'active', 'formal', 'active_east', 'active_central', 'active_west', 'active_northeast'] as const) {
    series[id] = { baseline: flat(Y, 0.4, 0.3, 0.5), scenario: flat(Y, 0.6, 0.5, 0.7), difference: flat(Y, 0.2, 0.1, 0.3) };
  }
  const kpis: Record<CompareKpiId, KpiComparison> = {
    timeTo50: kpi('timeTo50', 'lower', band(6, 5, 8), band(4, 3, 5.5), band(-2, -3.5, -0.5), 41 / 50, 0, 50),
    everShare: kpi('everShare', 'higher', band(0.4, 0.3, 0.5), band(0.6, 0.5, 0.7), band(0.2, 0.1, 0.3), 48 / 50, 1 / 50, 50),
    activeShare: kpi('activeShare', 'higher', band(0.35, 0.25, 0.45), band(0.5, 0.4, 0.6), band(0.15, 0.05, 0.25), 45 / 50, 0, 50),
    persistence5: kpi('persistence5', 'higher', band(0.9, 0.85, 0.95), band(0.9, 0.85, 0.95), band(0, -0.02, 0.02), 20 / 50, 10 / 50, 50),
    formalShare: kpi('formalShare', 'lower', band(0.1, 0.05, 0.15), band(0.12, 0.06, 0.18), band(0.02, -0.01, 0.05), 15 / 50, 0, 50),
    showShare: kpi('showShare', 'lower', NONE, NONE, NONE, NaN, NaN, 0),
    eastWestGap: kpi('eastWestGap', 'closer to 0', band(0.1, -0.05, 0.2), band(0.08, 0.02, 0.15), band(-0.02, -0.06, 0.01), 20 / 40, 4 / 40, 40),
  };
  // 50 pairs × 4 localities: locality 0 adopts at year 1 in both arms, locality 1 only in the scenario
  // (year 3), locality 2 in half of the baseline's runs and all the scenario's (year 5), locality 3 never
  const n = 4;
  const arm = (scenario: boolean) => {
    const a = new Float32Array(50 * n).fill(NaN);
    for (let r = 0; r < 50; r++) {
      a[r * n] = 1;
      if (scenario) a[r * n + 1] = 3;
      if (scenario || r % 2 === 0) a[r * n + 2] = 5;
    }
    return a;
  };
  return {
    pairs: 50,
    seeds: Array.from({ length: 50 }, (_, i) => 1000 + i),
    n,
    years: Array.from({ length: Y + 1 }, (_, i) => 2000 + i),
    innovations: [{ id: 'demo', series, kpis, representativePair: 7, firstAdoption: { baseline: arm(false), scenario: arm(true) } }],
  };
}
