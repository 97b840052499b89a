/**
 * What a lesson's run step produced, as its explain step needs it: per run, the yearly shares (ever
 * adopted; active, stages 1–4) and each locality's first adoption. Read from compare runs
 * (src/compare: the same runs the app's compare mode and `idlab compare` make, seed for seed).
 */
import type { CompareRunResult } from '../../compare/types.ts';

export interface LessonRunOutcome {
  /** share of all localities ever adopted at years[0], years[1], … (0–1) */
  ever: ArrayLike<number>;
  /** share of all localities active (stages 1–4) at the same years (0–1) */
  active: ArrayLike<number>;
  /** per locality (world order): years from the start to its first adoption; NaN = never */
  firstAdoption: ArrayLike<number>;
}

export interface LessonOutcome {
  /** calendar year of each series index: startYear + 0, 1, … */
  years: readonly number[];
  runs: readonly LessonRunOutcome[];
}

/** The first innovation's outcome of each run (lessons use one-innovation presets). */
export function lessonOutcomeOf(runs: readonly CompareRunResult[]): LessonOutcome {
  return {
    years: runs[0]?.years ?? [],
    runs: runs.map((r) => {
      const k = r.innovations[0]!;
      return { ever: k.series.ever, active: k.series.active, firstAdoption: k.firstAdoption };
    }),
  };
}
