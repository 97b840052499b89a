/**
 * The posterior predictive files of an `idlab calibrate` folder, written when the run is finished:
 * predictive.csv (one row per draw: draw, the drawn θ, the simulated statistics, empty where
 * undefined) and predictive-summary.csv (one row per statistic: observed, median, the 5th, 10th,
 * 90th and 95th percentiles, whether the observed value lies in the 80 % interval, the draws where
 * it was undefined). Both atomically; both the same for any number of workers.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate } from '../../calibration/abcSmc.ts';
import type { CalibrationPlan } from '../../calibration/abcSmcPlan.ts';
import type { PredictiveSummaryRow } from '../../calibration/predictiveSummary.ts';
import { writeFileAtomic } from '../../sweep/node/atomicWrite.ts';
import type { ColumnType, ResultTable } from '../../sweep/resultTable.ts';
import { tableCsv } from './calibrationDir.ts';

export const PREDICTIVE_CSV = 'predictive.csv';
export const PREDICTIVE_SUMMARY_CSV = 'predictive-summary.csv';

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

export function predictiveTable(plan: CalibrationPlan, draws: readonly Candidate[], summaries: readonly (readonly number[])[]): ResultTable {
  const names = plan.priors.map((p) => p.name);
  return {
    columns: ['draw', ...names, ...plan.statistics],
    types: ['int', ...names.map((): ColumnType => 'double'), ...plan.statistics.map((): ColumnType => 'double')],
    *rows() {
      for (const [d, c] of draws.entries()) yield [d, ...c.theta, ...summaries[d].map(finiteOrNull)];
    },
  };
}

export function predictiveSummaryTable(rows: readonly PredictiveSummaryRow[]): ResultTable {
  return {
    columns: ['statistic', 'observed', 'median', 'q05', 'q10', 'q90', 'q95', 'inside_80', 'undefined_draws'],
    types: ['string', 'double', 'double', 'double', 'double', 'double', 'double', 'boolean', 'int'],
    *rows() {
      for (const r of rows) yield [r.statistic, r.observed, finiteOrNull(r.median), finiteOrNull(r.q05), finiteOrNull(r.q10), finiteOrNull(r.q90), finiteOrNull(r.q95), r.inside80, r.undefinedDraws];
    },
  };
}

export function writePredictive(dir: string, plan: CalibrationPlan, draws: readonly Candidate[], summaries: readonly (readonly number[])[], rows: readonly PredictiveSummaryRow[]): void {
  writeFileAtomic(join(dir, PREDICTIVE_CSV), tableCsv(predictiveTable(plan, draws, summaries)));
  writeFileAtomic(join(dir, PREDICTIVE_SUMMARY_CSV), tableCsv(predictiveSummaryTable(rows)));
}

/** Removes the finished run's files that a stopped run would leave out of date (none is an error). */
export function removeFinishedFiles(dir: string, files: readonly string[]): void {
  for (const f of files) rmSync(join(dir, f), { force: true });
}
