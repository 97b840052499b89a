/**
 * Per statistic, what a posterior predictive sample (posteriorPredictive.ts) says about the observed
 * value: the median and the 5th, 10th, 90th and 95th percentiles of the defined simulated values
 * ((n + 1)p rule, quartiles.ts), and whether the observed value lies in the central 80 % interval
 * (10th–90th percentile, ends included: predictiveCheck.ts). `predictive-summary.csv` of
 * `idlab calibrate` and the report's fans show these rows.
 */
import { predictiveCheck } from './predictiveCheck.ts';

export interface PredictiveSummaryRow {
  statistic: string;
  /** null: recorded but not fitted (then `inside80` is null too) */
  observed: number | null;
  median: number;
  q05: number;
  q10: number;
  q90: number;
  q95: number;
  /** observed within [q10, q90] */
  inside80: boolean | null;
  /** draws in which the statistic was undefined (NaN), left out of the percentiles */
  undefinedDraws: number;
}

export function predictiveSummary(statistics: readonly string[], observed: readonly (number | null)[], summaries: readonly (readonly number[])[]): PredictiveSummaryRow[] {
  const eighty = predictiveCheck(statistics, observed, summaries, 0.8);
  const ninety = predictiveCheck(statistics, observed, summaries, 0.9);
  return eighty.map((r, k) => ({
    statistic: r.statistic,
    observed: r.observed,
    median: r.median,
    q05: ninety[k].lo,
    q10: r.lo,
    q90: r.hi,
    q95: ninety[k].hi,
    inside80: r.inside,
    undefinedDraws: r.undefinedDraws,
  }));
}
