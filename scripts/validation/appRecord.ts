/**
 * The validation's China section as the app reads it (public/validation/china.json): per preset, its
 * targets with both languages' labels, the ensemble's median and 80 % interval and pass/fail.
 * Deterministic text (fixed key order, 10 significant digits, one target per line) so the
 * regeneration test can compare it with the committed file.
 */
import { VALIDATION_RECORD_PATH, type RecordedTarget, type ValidationRecord } from '../../src/service/milestones/ValidationRecord.ts';
import { keep } from './measureChina.ts';
import type { TargetSummary } from './validationDoc.ts';

export const APP_RECORD_PATH = `public/${VALIDATION_RECORD_PATH}`;

const figure = (x: number): number | null => (Number.isFinite(x) ? keep(x) : null);

export function appRecord(summaries: readonly TargetSummary[], seeds: number): ValidationRecord {
  const presets: Record<string, RecordedTarget[]> = {};
  for (const s of summaries) {
    const t = s.target;
    (presets[t.preset] ??= []).push({
      id: t.id,
      label: t.label,
      target: t.target,
      band: t.band,
      record: t.record,
      year: t.year,
      digits: t.digits,
      median: figure(s.median),
      p10: figure(s.lo),
      p90: figure(s.hi),
      pass: s.pass,
      wholeInterval: s.intervalPass,
    });
  }
  return { seeds, presets };
}

export function appRecordJson(record: ValidationRecord): string {
  const presets = Object.entries(record.presets).map(
    ([id, targets]) => `    ${JSON.stringify(id)}: [\n${targets.map((t) => `      ${JSON.stringify(t)}`).join(',\n')}\n    ]`,
  );
  return `{\n  "seeds": ${record.seeds},\n  "presets": {\n${presets.join(',\n')}\n  }\n}\n`;
}
