/**
 * The outcome a lesson chart draws: per year of the run, the median and the 10–90 % band of a
 * series over the runs (one run: its own values), by the (n + 1)p rule as compare mode's bands.
 */
import { quantileSorted } from '../../model/metrics/quantile.ts';
import type { CurveSeries } from '../../model/lessons/lessonSchema.ts';
import type { LessonOutcome } from './lessonOutcome.ts';

export interface CurveBands {
  runs: number;
  /** years from the start of each point */
  at: number[];
  median: number[];
  p10: number[];
  p90: number[];
}

export function curveBands(outcome: LessonOutcome, series: CurveSeries): CurveBands {
  const start = outcome.years[0] ?? 0;
  const b: CurveBands = { runs: outcome.runs.length, at: [], median: [], p10: [], p90: [] };
  outcome.years.forEach((year, i) => {
    const s = outcome.runs.map((r) => r[series][i]!).sort((a, c) => a - c);
    b.at.push(year - start);
    b.median.push(quantileSorted(s, 0.5));
    b.p10.push(quantileSorted(s, 0.1));
    b.p90.push(quantileSorted(s, 0.9));
  });
  return b;
}
