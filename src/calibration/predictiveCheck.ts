/**
 * Whether observed summaries lie inside the central `level` interval of simulated ones (a posterior
 * predictive sample, posteriorPredictive.ts): per statistic the interval's ends are the (1 − level)/2
 * and (1 + level)/2 quantiles of the finite simulated values ((n + 1)p rule, quartiles.ts), both ends
 * included. Draws where a statistic is undefined (NaN: e.g. no policy reached enough adopters) are
 * counted and left out of its interval.
 */
import { quantile } from './quartiles.ts';

export interface PredictiveRow {
  statistic: string;
  /** null: not observed (then `inside` is null too) */
  observed: number | null;
  lo: number;
  median: number;
  hi: number;
  inside: boolean | null;
  /** draws in which the statistic was undefined */
  undefinedDraws: number;
}

export function predictiveCheck(statistics: readonly string[], observed: readonly (number | null)[], summaries: readonly (readonly number[])[], level: number): PredictiveRow[] {
  if (!(level > 0 && level < 1)) throw new Error(`predictive check: level ${level} (allowed: 0 < level < 1)`);
  // rounded so that 0.8 gives the 10th percentile exactly, not the (1 − 0.8)/2 = 0.0999… one
  const tail = Number(((1 - level) / 2).toFixed(12));
  return statistics.map((statistic, k) => {
    const values = summaries.map((s) => s[k]).filter((x) => Number.isFinite(x));
    const lo = quantile(values, tail);
    const hi = quantile(values, 1 - tail);
    const o = observed[k];
    return { statistic, observed: o, lo, median: quantile(values, 0.5), hi, inside: o === null ? null : o >= lo && o <= hi, undefinedDraws: summaries.length - values.length };
  });
}

/** The share of the observed statistics whose value lies inside its interval. */
export function shareInside(rows: readonly PredictiveRow[]): number {
  const judged = rows.filter((r) => r.inside !== null);
  return judged.filter((r) => r.inside).length / judged.length;
}
