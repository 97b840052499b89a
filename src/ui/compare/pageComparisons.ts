import { runComparisonInBrowser, type BaselineRuns, type BrowserComparison, type CompareArmSource, type CompareService } from '../../compare/browser/index.ts';
import { fetchTextLoader } from '../../service/loader.ts';
import { PresetStore } from '../../service/presetStore.ts';
import type { SweepWorker } from '../../sweep/browser/runSweepPool.ts';

/** One job's comparisons (compare mode's one, the tornado's one per lever) with the job's pairs, seed and years. */
export interface PageComparisons {
  /** the page's presets at the job's base URL (for `extends` and preset ids) */
  presets: PresetStore;
  compare(
    baseline: CompareArmSource,
    scenario: CompareArmSource,
    options: { signal: AbortSignal; onProgress: (done: number, total: number) => void; reuse?: BaselineRuns },
  ): Promise<BrowserComparison>;
}

/**
 * The browser runners' access to `runComparisonInBrowser`: per job, the app's public root read
 * once, the PresetStore kept while that root stays the same (its files are read once), and at most
 * one worker per run of a comparison.
 */
export function pageComparisons(
  /** the app's public root (`data/`, `scenarios/`), read at each job */
  dataBaseUrl: () => string,
  connect: () => SweepWorker<CompareService>,
  workers: () => number,
): (job: { pairs: number; seed: number; years: number | null }) => PageComparisons {
  let presets: { base: string; store: PresetStore } | null = null;
  return (job) => {
    const base = dataBaseUrl();
    if (presets?.base !== base) presets = { base, store: new PresetStore(() => fetchTextLoader(base)) };
    const store = presets.store;
    return {
      presets: store,
      compare: (baseline, scenario, { signal, onProgress, reuse }) =>
        runComparisonInBrowser({
          baseline,
          scenario,
          pairs: job.pairs,
          seed: job.seed,
          ...(job.years === null ? {} : { years: job.years }),
          connect,
          workers: Math.min(workers(), 2 * job.pairs),
          presets: store,
          dataBaseUrl: base,
          signal,
          onProgress: (p) => onProgress(p.done, p.total),
          ...(reuse ? { reuseBaseline: reuse } : {}),
        }),
    };
  };
}
