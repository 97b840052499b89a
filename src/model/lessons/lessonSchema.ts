/**
 * The valibot schema of a lesson file (public/lessons/<id>.json): a guided lesson of chapters, each
 * predict → run → explain on one preset. Built from the scenario schema's blocks (closed objects,
 * bilingual texts, ids, the parameter table's levers and assumptions), so a lesson's lever settings
 * are checked exactly as a scenario file's. `parseLesson` (parseLesson.ts) turns its issues into
 * one-line problems with the field path; lessonJsonSchema.ts exports it as JSON Schema.
 */
import * as v from 'valibot';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../params/schema.ts';
import { leversSchema, paramsSchema } from '../scenario/fileSchema.ts';
import { bilingual, closedObject, id, integer, text } from '../scenario/objectSchema.ts';
import { seedSchema } from '../scenario/seedSchema.ts';
import type { Assumptions, Levers } from '../params/keys.ts';
import type { LeverScopes } from '../scenario/types.ts';

/** Chapters a lesson may have. */
export const MAX_CHAPTERS = 12;
/** Runs an ensemble step may ask for (a class's laptops run them in a few seconds each). */
export const ENSEMBLE_RUNS: readonly [number, number] = [2, 200];
/** Years between two points of a predicted curve. */
export const CURVE_STEP_YEARS: readonly [number, number] = [1, 50];

/** The yearly series a curve prediction is drawn for: ever adopted, or active now (stages 1–4). */
export const CURVE_SERIES = ['ever', 'active'] as const;
export type CurveSeries = (typeof CURVE_SERIES)[number];

/** The keys of every lever and assumption: what a chapter may leave open in the levers panel. */
export const OPENABLE_KEYS: readonly string[] = [...LEVER_DEFS, ...ASSUMPTION_DEFS].map((d) => d.key);
const OPEN_TEXT = 'expected the key of a lever or an assumption, such as "reward" or "q"';

const prompt = bilingual;

const curvePredict = closedObject(
  {
    kind: v.literal('curve'),
    series: v.picklist(CURVE_SERIES, `allowed ${CURVE_SERIES.join(' or ')}`),
    everyYears: integer(CURVE_STEP_YEARS[0], CURVE_STEP_YEARS[1], `allowed whole years ${CURVE_STEP_YEARS[0]}–${CURVE_STEP_YEARS[1]}`),
    prompt,
  },
  { series: '"ever" or "active"', everyYears: 'years between two points of the curve', prompt: 'the question, in English and Chinese' },
);
const yearPredict = closedObject({ kind: v.literal('year'), prompt }, { prompt: 'the question, in English and Chinese' });
const wherePredict = closedObject({ kind: v.literal('where'), prompt }, { prompt: 'the question, in English and Chinese' });

const KIND_TEXT = 'allowed kind "curve", "year" or "where"';
export const predictSchema = v.variant('kind', [curvePredict, yearPredict, wherePredict], KIND_TEXT);

const RUNS_TEXT = `allowed whole numbers ${ENSEMBLE_RUNS[0]}–${ENSEMBLE_RUNS[1]}`;
export const runSchema = v.variant(
  'kind',
  [
    closedObject({ kind: v.literal('single') }),
    closedObject({ kind: v.literal('ensemble'), runs: integer(ENSEMBLE_RUNS[0], ENSEMBLE_RUNS[1], RUNS_TEXT) }, { runs: 'how many runs' }),
  ],
  'allowed kind "single" or "ensemble"',
);

const MINUTES_TEXT = 'allowed whole minutes 1–45';

export const chapterSchema = closedObject(
  {
    id,
    title: bilingual,
    minutes: integer(1, 45, MINUTES_TEXT),
    goal: bilingual,
    preset: id,
    seed: seedSchema,
    levers: v.optional(leversSchema),
    params: v.optional(paramsSchema),
    open: v.array(v.picklist(OPENABLE_KEYS, OPEN_TEXT), 'expected an array of lever or assumption keys'),
    predict: predictSchema,
    run: runSchema,
    explain: bilingual,
    tip: bilingual,
    theory: bilingual,
  },
  {
    id: 'an id for the chapter',
    title: 'the chapter title, in English and Chinese',
    minutes: 'minutes of class time',
    goal: 'what students should take away',
    preset: 'the id of a preset in public/scenarios',
    seed: 'the run’s seed',
    open: 'the levers and assumptions students may move ([] locks them all)',
    predict: 'the predict step',
    run: 'the run step',
    explain: 'the question to discuss once the feedback is shown',
    tip: 'a tip for the teacher',
    theory: 'the theory, 2–4 sentences with sources',
  },
);

const CHAPTERS_TEXT = `allowed 1–${MAX_CHAPTERS} chapters`;

export const lessonFileSchema = closedObject(
  {
    $schema: v.optional(text),
    id,
    title: bilingual,
    summary: bilingual,
    chapters: v.pipe(v.array(chapterSchema, CHAPTERS_TEXT), v.minLength(1, CHAPTERS_TEXT), v.maxLength(MAX_CHAPTERS, CHAPTERS_TEXT)),
  },
  { id: 'the lesson id (its file name)', title: 'the lesson title', summary: 'one paragraph for the teacher', chapters: 'the chapters' },
);

/** Text in English and Chinese. */
export interface LessonText {
  en: string;
  zh: string;
}

export type LessonPredict =
  | { kind: 'curve'; series: CurveSeries; everyYears: number; prompt: LessonText }
  | { kind: 'year'; prompt: LessonText }
  | { kind: 'where'; prompt: LessonText };

export type LessonRun = { kind: 'single' } | { kind: 'ensemble'; runs: number };

export interface LessonChapter {
  id: string;
  title: LessonText;
  /** minutes of class time */
  minutes: number;
  goal: LessonText;
  preset: string;
  seed: number;
  levers?: Partial<Levers & LeverScopes>;
  params?: Partial<Assumptions>;
  /** lever and assumption keys students may move; the others are locked */
  open: string[];
  predict: LessonPredict;
  run: LessonRun;
  /** the question to discuss once the feedback is shown */
  explain: LessonText;
  tip: LessonText;
  theory: LessonText;
}

export interface LessonFile {
  $schema?: string;
  id: string;
  title: LessonText;
  summary: LessonText;
  chapters: LessonChapter[];
}
