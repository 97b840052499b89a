/**
 * Runs a lesson chapter's run step in the compare workers (src/compare/browser): the chapter's
 * preset with the levers and assumptions the app runs (the chapter's, and any open lever a student moved), `runs` runs from the chapter's seed (pair i's seed is
 * pairSeed(seed, i), as compare mode's; run 1 is the one the main map plays). Both arms of a
 * comparison are the same scenario, so the baseline's runs are the outcome.
 */
import { pairSeed, runComparisonInBrowser } from '../../compare/browser/index.ts';
import { fetchTextLoader } from '../../service/loader.ts';
import { PresetStore } from '../../service/presetStore.ts';
import { connectCompareWorker } from '../compare/compareWorkers.ts';
import { poolSize } from '../sweep/sweepWorkers.ts';
import type { LessonChapter } from '../../model/lessons/lessonSchema.ts';
import type { RunChanges } from '../../service/types.ts';
import { lessonOutcomeOf, type LessonOutcome } from './lessonOutcome.ts';

export interface LessonRunOptions {
  /** the levers and assumptions changed from the preset as the app runs them now: the chapter's settings and what students moved */
  changes: Omit<RunChanges, 'seed'>;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** Resolves the outcome, or null when stopped. */
export type LessonRunner = (chapter: LessonChapter, options: LessonRunOptions) => Promise<LessonOutcome | null>;

/** Runs a chapter asks for: one for a single run. */
export function chapterRuns(chapter: LessonChapter): number {
  return chapter.run.kind === 'ensemble' ? chapter.run.runs : 1;
}

/** The seed the main map runs for a chapter: its first run's. */
export function chapterMapSeed(chapter: LessonChapter): number {
  return pairSeed(chapter.seed, 0);
}

export function browserLessonRunner(dataBaseUrl: () => string): LessonRunner {
  let presets: { base: string; store: PresetStore } | null = null;
  return async (chapter, { changes, signal, onProgress }) => {
    const base = dataBaseUrl();
    if (presets?.base !== base) presets = { base, store: new PresetStore(() => fetchTextLoader(base)) };
    const arm = { presetId: chapter.preset, changes };
    const pairs = chapterRuns(chapter);
    const outcome = await runComparisonInBrowser({
      baseline: arm,
      scenario: arm,
      pairs,
      seed: chapter.seed,
      connect: connectCompareWorker,
      workers: Math.min(poolSize(), 2 * pairs),
      presets: presets.store,
      dataBaseUrl: base,
      signal,
      onProgress: (p) => onProgress(p.done, p.total),
    });
    return outcome.status === 'done' ? lessonOutcomeOf(outcome.baselineRuns.runs) : null;
  };
}
