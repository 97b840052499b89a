/**
 * report.html of an `idlab calibrate` folder (src/calibration/report/calibrationReport.ts builds it),
 * written atomically. The run's times come from the folder: when generation 0's and the last
 * generation's files were written (their modification times), so a resumed run's report still spans
 * the whole run.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { GenerationResult } from '../../calibration/abcSmc.ts';
import type { CalibrationPlan } from '../../calibration/abcSmcPlan.ts';
import type { PredictiveSummaryRow } from '../../calibration/predictiveSummary.ts';
import { calibrationReport } from '../../calibration/report/calibrationReport.ts';
import { writeFileAtomic } from '../../sweep/node/atomicWrite.ts';
import { generationFile } from './calibrationDir.ts';

export const REPORT_HTML = 'report.html';

function writtenAt(path: string): string | null {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return null;
  }
}

export interface ReportFileInput {
  fileName: string;
  plan: CalibrationPlan;
  generations: readonly GenerationResult[];
  predictive: { draws: number; rows: readonly PredictiveSummaryRow[] } | null;
  version: string;
}

export function writeReport(dir: string, input: ReportFileInput, now: Date = new Date()): void {
  const times = {
    report: now.toISOString(),
    firstGeneration: writtenAt(join(dir, generationFile(0))),
    lastGeneration: writtenAt(join(dir, generationFile(input.generations.length - 1))),
  };
  writeFileAtomic(join(dir, REPORT_HTML), calibrationReport({ ...input, times }));
}
