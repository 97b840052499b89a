import type { Bilingual } from '../types.ts';
import type { Band } from './band.ts';

/** Where `npm run validation` writes the record the app reads, relative to the app's public root. */
export const VALIDATION_RECORD_PATH = 'validation/china.json';

/** One China milestone target as the app shows it: what is measured, the record, and the ensemble's figures. */
export interface RecordedTarget {
  /** the target's id (chinaTargets.ts): the current run's figure is looked up by it */
  id: string;
  label: Bilingual;
  /** the target as the record states it, e.g. "≤ 60" */
  target: string;
  /** the same as numbers: the current run's figure is read against it */
  band: Band;
  record: Bilingual;
  /** the latest calendar year the figure reads; null: read when it happens or at the run's end */
  year: number | null;
  /** decimals shown */
  digits: number;
  /** median and 10th / 90th percentiles over the seeds where the figure is defined; null with none */
  median: number | null;
  p10: number | null;
  p90: number | null;
  /** the median meets the target */
  pass: boolean;
  /** the whole 80 % interval lies in the target */
  wholeInterval: boolean;
}

/** The validation's China section for the app: per preset id, its targets in the validation page's order. */
export interface ValidationRecord {
  /** number of seeds (1…seeds) each figure was measured on */
  seeds: number;
  presets: Record<string, RecordedTarget[]>;
}
