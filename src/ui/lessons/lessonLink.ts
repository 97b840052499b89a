/**
 * A student's prediction in a link, compactly (the `guess` key of the page URL; no accounts): a
 * curve as whole percents joined by dots (`c0.10.40.80`), a year (`y1990`), a province by its code
 * (`w33`). What the link cannot use for the chapter (another kind, a wrong number of points, a year
 * outside the run, an unknown province) is dropped and the student predicts afresh.
 */
import type { LessonPredict } from '../../model/lessons/lessonSchema.ts';

export type Prediction =
  | { kind: 'curve'; values: number[] }
  | { kind: 'year'; year: number }
  /** index into the run's provinces */
  | { kind: 'where'; province: number };

/** What decoding needs of the chapter's run: its years, and its provinces' codes. */
export interface PredictionFrame {
  startYear: number;
  /** the run's length in years */
  years: number;
  provinceCodes: readonly string[];
}

/** Points of a curve prediction: years 0, step, 2·step, … up to the run's length. */
export function curvePoints(everyYears: number, years: number): number {
  return Math.floor(years / everyYears + 1e-9) + 1;
}

export function encodePrediction(p: Prediction, frame: PredictionFrame): string {
  if (p.kind === 'curve') return `c${p.values.map((x) => Math.round(x * 100)).join('.')}`;
  if (p.kind === 'year') return `y${p.year}`;
  return `w${frame.provinceCodes[p.province]}`;
}

export function decodePrediction(text: string, predict: LessonPredict, frame: PredictionFrame): Prediction | null {
  const body = text.slice(1);
  if (predict.kind === 'curve' && text[0] === 'c') {
    const values = body.split('.').map(Number);
    const ok = values.length === curvePoints(predict.everyYears, frame.years) && values.every((x) => Number.isInteger(x) && x >= 0 && x <= 100);
    return ok ? { kind: 'curve', values: values.map((x) => x / 100) } : null;
  }
  if (predict.kind === 'year' && text[0] === 'y') {
    const year = Number(body);
    const ok = Number.isInteger(year) && year >= Math.ceil(frame.startYear) && year <= Math.floor(frame.startYear + frame.years);
    return ok ? { kind: 'year', year } : null;
  }
  if (predict.kind === 'where' && text[0] === 'w') {
    const province = frame.provinceCodes.indexOf(body);
    return province >= 0 ? { kind: 'where', province } : null;
  }
  return null;
}
