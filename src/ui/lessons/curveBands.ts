/**
 * The outcome a lesson chart draws: per year of the run, the median and the 10–90 % band of a
 * series over the runs (one run: its own values), by the (n + 1)p rule as compare mode's bands.
 */
import { band } from '../../compare/summarizeComparison.ts';
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
    const q = band(outcome.runs.map((r) => r[series][i]!));
    b.at.push(year - start);
    b.median.push(q.median);
    b.p10.push(q.p10);
    b.p90.push(q.p90);
  });
  return b;
}
