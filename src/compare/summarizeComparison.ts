/**
 * The comparison of N pairs (pair i: both arms with the same seed): pointwise bands per series and
 * year, per-KPI bands of each arm and of the paired difference (scenario − baseline), the share of
 * pairs in which the scenario is better, and the representative pair. Quantiles by the (n + 1)p
 * rule (src/model/metrics/quantile.ts) over the defined values (NaN and null left out). Pure and
 * deterministic in the pairs' order, so the result does not depend on which worker ran which pair.
 */
import { quantileSorted } from '../model/metrics/quantile.ts';
import { betterSign, COMPARE_KPIS } from './compareKpis.ts';
import { COMPARE_SERIES } from './executeCompareRun.ts';
import type {
  Band,
  BandSeries,
  ComparePair,
  ComparisonResult,
  CompareKpiId,
  CompareSeriesId,
  InnovationComparison,
  InnovationOutcome,
  KpiComparison,
  SeriesComparison,
} from './types.ts';

export function summarizeComparison(pairs: readonly ComparePair[]): ComparisonResult {
  if (pairs.length === 0) throw new Error('a comparison needs at least one pair');
  const first = pairs[0].baseline;
  const years = first.years;
  for (const [i, p] of pairs.entries()) {
    if (p.baseline.years.length !== years.length || p.scenario.years.length !== years.length) {
      throw new Error(`pair ${i}: its runs have ${p.baseline.years.length} and ${p.scenario.years.length} yearly samples, pair 0 has ${years.length}: both arms need the same time span`);
    }
  }
  const n = first.innovations[0]?.firstAdoption.length ?? 0;
  const innovations = first.innovations.map((inn, k) => compareInnovation(pairs, inn.id, k, years.length, n));
  return { pairs: pairs.length, seeds: pairs.map((p) => p.seed), n, years: [...years], innovations };
}

function compareInnovation(pairs: readonly ComparePair[], id: string, k: number, yearCount: number, n: number): InnovationComparison {
  const base = pairs.map((p) => outcome(p.baseline.innovations, k, id));
  const scen = pairs.map((p) => outcome(p.scenario.innovations, k, id));
  const series = {} as Record<CompareSeriesId, SeriesComparison>;
  for (const s of COMPARE_SERIES) {
    series[s] = {
      baseline: bandSeries(yearCount, (j) => base.map((o) => o.series[s][j])),
      scenario: bandSeries(yearCount, (j) => scen.map((o) => o.series[s][j])),
      difference: bandSeries(yearCount, (j) => base.map((o, i) => scen[i].series[s][j] - o.series[s][j])),
    };
  }
  const kpis = {} as Record<CompareKpiId, KpiComparison>;
  for (const { id: kpi, better } of COMPARE_KPIS) {
    const b = Float64Array.from(base, (o) => o.kpis[kpi] ?? NaN);
    const s = Float64Array.from(scen, (o) => o.kpis[kpi] ?? NaN);
    const differences: number[] = [];
    let betterCount = 0;
    let tied = 0;
    for (let i = 0; i < b.length; i++) {
      if (Number.isNaN(b[i]) || Number.isNaN(s[i])) continue;
      differences.push(s[i] - b[i]);
      const sign = betterSign(better, b[i], s[i]);
      if (sign > 0) betterCount++;
      else if (sign === 0) tied++;
    }
    const count = differences.length;
    kpis[kpi] = {
      id: kpi,
      better,
      baseline: band(Array.from(b)),
      scenario: band(Array.from(s)),
      difference: band(differences),
      betterShare: count > 0 ? betterCount / count : NaN,
      tiedShare: count > 0 ? tied / count : NaN,
      pairs: count,
      values: { baseline: b, scenario: s },
    };
  }
  const firstAdoption = { baseline: concatenate(base.map((o) => o.firstAdoption), n), scenario: concatenate(scen.map((o) => o.firstAdoption), n) };
  return { id, series, kpis, representativePair: nearestToMedian(scen.map((o) => o.series.ever), series.ever.scenario.median), firstAdoption };
}

/** Innovation k of a run, checked to be `id` (both arms keep the same innovations in the same order). */
function outcome(innovations: readonly InnovationOutcome[], k: number, id: string): InnovationOutcome {
  const o = innovations[k];
  if (!o || o.id !== id) throw new Error(`a run lacks innovation ${id} at position ${k}: both arms must keep the same innovations`);
  return o;
}

/** Median and 10th/90th percentiles of the defined (non-NaN) values; NaN when there are none. */
export function band(values: readonly number[]): Band {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return { median: quantileSorted(sorted, 0.5), p10: quantileSorted(sorted, 0.1), p90: quantileSorted(sorted, 0.9) };
}

function bandSeries(yearCount: number, valuesAt: (year: number) => number[]): BandSeries {
  const out = { median: new Float64Array(yearCount), p10: new Float64Array(yearCount), p90: new Float64Array(yearCount) };
  for (let j = 0; j < yearCount; j++) {
    const b = band(valuesAt(j));
    out.median[j] = b.median;
    out.p10[j] = b.p10;
    out.p90[j] = b.p90;
  }
  return out;
}

/** Index of the curve nearest `median` in L2 over the years (the first on ties). */
function nearestToMedian(curves: readonly Float64Array[], median: Float64Array): number {
  let best = 0;
  let bestDistance = Infinity;
  curves.forEach((curve, i) => {
    let d = 0;
    for (let j = 0; j < median.length; j++) d += (curve[j] - median[j]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

function concatenate(parts: readonly Float32Array[], n: number): Float32Array {
  const out = new Float32Array(parts.length * n);
  parts.forEach((p, i) => out.set(p, i * n));
  return out;
}
