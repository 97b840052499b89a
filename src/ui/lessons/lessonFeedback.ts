/**
 * The explain step's feedback: the student's prediction set against the run step's outcome, as one
 * sentence in the current language. Pure (numbers in, text out) so the exact texts are tested.
 * Bands over an ensemble are pointwise 10–90 % quantiles by the (n + 1)p rule, as compare mode's.
 */
import { band } from '../../compare/summarizeComparison.ts';
import { formatInteger, formatPercent, formatYear, getLocale, localityName, t } from '../i18n/i18n.ts';
import type { LessonOutcome } from './lessonOutcome.ts';
import type { CurveSeries } from '../../model/lessons/lessonSchema.ts';

/** A single run's curve is "close" within this many percentage points of it. */
export const SINGLE_RUN_TOLERANCE = 0.1;

/** A predicted curve: shares (0–1) at years 0, everyYears, 2·everyYears, … after the start. */
export interface CurvePrediction {
  everyYears: number;
  values: readonly number[];
}

export interface Feedback {
  text: string;
  /** how the prediction scored: points inside / points; 1 or 0 for a year; the rank for where */
  score: { hits: number; of: number };
}

const pct = (share: number) => formatPercent(share, 0);

/** The curve vs the run (within 10 points) or vs the ensemble's 10–90 % band, at the predicted years. */
export function curveFeedback(prediction: CurvePrediction, outcome: LessonOutcome, series: CurveSeries): Feedback {
  const ensemble = outcome.runs.length > 1;
  let hits = 0;
  let of = 0;
  let worst = { gap: -1, year: 0, you: 0, actual: 0 };
  prediction.values.forEach((you, j) => {
    const index = j * prediction.everyYears;
    if (index >= outcome.years.length) return;
    const { p10, median, p90 } = band(outcome.runs.map((r) => r[series][index]!));
    const inside = ensemble ? you >= p10 - 1e-9 && you <= p90 + 1e-9 : Math.abs(you - median) <= SINGLE_RUN_TOLERANCE + 1e-9;
    of++;
    if (inside) hits++;
    const gap = Math.abs(you - median);
    if (gap > worst.gap) worst = { gap, year: outcome.years[index]!, you, actual: median };
  });
  const counts = { hits: formatInteger(hits), of: formatInteger(of), runs: formatInteger(outcome.runs.length) };
  const head = ensemble ? t('lesson.feedback.curveBand', counts) : t('lesson.feedback.curveRun', counts);
  const gap = t(ensemble ? 'lesson.feedback.gapMedian' : 'lesson.feedback.gapRun', {
    year: formatYear(worst.year),
    you: pct(worst.you),
    actual: pct(worst.actual),
  });
  return { text: sentences(head, gap), score: { hits, of } };
}

/** Years from the start until half of all localities had ever adopted, per run; Infinity = not within the run. */
function halfYears(outcome: LessonOutcome): number[] {
  return outcome.runs.map((r) => {
    for (let i = 0; i < outcome.years.length; i++) if (r.ever[i]! >= 0.5) return outcome.years[i]!;
    return Infinity;
  });
}

/** The guessed year vs the year half had adopted: in the run, or the ensemble's median and 80 % range. */
export function yearFeedback(guess: number, outcome: LessonOutcome): Feedback {
  const end = outcome.years[outcome.years.length - 1]!;
  const years = halfYears(outcome);
  const yearText = (y: number) => (Number.isFinite(y) && y <= end ? formatYear(y) : t('lesson.feedback.afterEnd', { end: formatYear(end) }));
  if (years.length === 1) {
    const actual = years[0]!;
    if (!Number.isFinite(actual)) return { text: t('lesson.feedback.yearNever', { guess: formatYear(guess), end: formatYear(end) }), score: { hits: 0, of: 1 } };
    const diff = guess - actual;
    const off = diff === 0 ? t('lesson.feedback.exact') : offText(diff);
    return { text: t('lesson.feedback.yearRun', { guess: formatYear(guess), actual: formatYear(actual), off }), score: { hits: diff === 0 ? 1 : 0, of: 1 } };
  }
  // a run that never got there counts as later than any that did (its year sorts last)
  const late = end + 1e6;
  const q = band(years.map((y) => (Number.isFinite(y) ? y : late)));
  const round = (y: number) => (y >= late ? Infinity : Math.round(y));
  const [p10, median, p90] = [round(q.p10), round(q.median), round(q.p90)];
  const inside = guess >= p10 && guess <= p90;
  const key = !Number.isFinite(median) ? 'lesson.feedback.yearBandNever' : inside ? 'lesson.feedback.yearBandInside' : 'lesson.feedback.yearBandOutside';
  const text = t(key, {
    guess: formatYear(guess),
    median: yearText(median),
    p10: yearText(p10),
    p90: yearText(p90),
    runs: formatInteger(years.length),
    end: formatYear(end),
  });
  return { text, score: { hits: inside ? 1 : 0, of: 1 } };
}

/** Provinces as the where step knows them: names and each locality's province index. */
export interface ProvinceTable {
  provinces: readonly { name: string; nameEn: string }[];
  /** per locality: its province's index */
  province: ArrayLike<number>;
  /** localities where the innovation starts: their provinces are not ranked */
  origins: readonly number[];
}

/** The provinces of the localities where the innovation starts (not ranked, not offered as a guess). */
export function originProvinces(table: ProvinceTable): Set<number> {
  return new Set(table.origins.map((i) => table.province[i]!));
}

/** Per province, the earliest first adoption of its localities in one run (years from the start; Infinity = never). */
function provinceFirsts(firstAdoption: ArrayLike<number>, table: ProvinceTable): number[] {
  const first = table.provinces.map(() => Infinity);
  for (let i = 0; i < firstAdoption.length; i++) {
    const t0 = firstAdoption[i]!;
    const p = table.province[i]!;
    if (t0 === t0 && t0 < first[p]!) first[p] = t0;
  }
  return first;
}

/** The rank (1 = first) of province `picked` among the ranked ones; ties share the better rank; 0 = never reached. */
function rankOf(first: readonly number[], picked: number, ranked: readonly number[]): number {
  const mine = first[picked]!;
  if (!Number.isFinite(mine)) return 0;
  return 1 + ranked.filter((p) => first[p]! < mine).length;
}

/** Provinces other than the origins' that one run reached, in the order it reached them (years from the start). */
export function reachOrder(firstAdoption: ArrayLike<number>, table: ProvinceTable): { province: number; years: number }[] {
  const first = provinceFirsts(firstAdoption, table);
  const origins = originProvinces(table);
  return first
    .map((years, province) => ({ province, years }))
    .filter((x) => !origins.has(x.province) && Number.isFinite(x.years))
    .sort((a, b) => a.years - b.years || a.province - b.province);
}

/** The picked province's rank in reaching order after the origin's province: in the run, or over the ensemble. */
export function whereFeedback(picked: number, outcome: LessonOutcome, table: ProvinceTable, startYear: number): Feedback {
  const origins = originProvinces(table);
  const ranked = table.provinces.map((_, p) => p).filter((p) => !origins.has(p));
  const name = (p: number) => localityName(table.provinces[p]!);
  const count = formatInteger(ranked.length);
  const firsts = outcome.runs.map((r) => provinceFirsts(r.firstAdoption, table));
  const firstOf = (first: readonly number[]) => ranked.reduce((best, p) => (first[p]! < first[best]! ? p : best), ranked[0]!);
  if (firsts.length === 1) {
    const first = firsts[0]!;
    const rank = rankOf(first, picked, ranked);
    const top = firstOf(first);
    const leader = t('lesson.feedback.whereFirst', { first: name(top), year: formatYear(startYear + first[top]!) });
    const head =
      rank === 0
        ? t('lesson.feedback.whereNever', { picked: name(picked) })
        : t('lesson.feedback.whereRun', { picked: name(picked), rank: formatInteger(rank), count, year: formatYear(startYear + first[picked]!) });
    return { text: sentences(head, leader), score: { hits: rank === 1 ? 1 : 0, of: 1 } };
  }
  const ranks = firsts.map((first) => rankOf(first, picked, ranked));
  const wins = ranks.filter((r) => r === 1).length;
  const tally = new Map<number, number>();
  for (const first of firsts) tally.set(firstOf(first), (tally.get(firstOf(first)) ?? 0) + 1);
  const [best, bestRuns] = [...tally].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a));
  // a run that never reached it ranks after every ranked province
  const median = band(ranks.map((r) => (r === 0 ? ranked.length + 1 : r))).median;
  const text = t('lesson.feedback.whereEnsemble', {
    picked: name(picked),
    wins: formatInteger(wins),
    runs: formatInteger(firsts.length),
    rank: median > ranked.length ? t('lesson.feedback.unranked') : formatInteger(Math.round(median)),
    count,
    best: name(best),
    bestRuns: formatInteger(bestRuns),
  });
  return { text, score: { hits: wins, of: firsts.length } };
}

/** "3 years too early" / "one year too late" (a guess minus the outcome, in whole years, not 0). */
function offText(diff: number): string {
  if (Math.abs(diff) === 1) return t(diff < 0 ? 'lesson.feedback.early1' : 'lesson.feedback.late1');
  return t(diff < 0 ? 'lesson.feedback.early' : 'lesson.feedback.late', { n: formatInteger(Math.abs(diff)) });
}

/** Two sentences: a space between them in English, none in Chinese. */
function sentences(a: string, b: string): string {
  return getLocale() === 'en' ? `${a} ${b}` : `${a}${b}`;
}
