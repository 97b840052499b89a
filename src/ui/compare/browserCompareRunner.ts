import { runComparisonInBrowser, type BaselineRuns, type CompareService } from '../../compare/browser/index.ts';
import { fetchTextLoader } from '../../service/loader.ts';
import { PresetStore } from '../../service/presetStore.ts';
import type { SweepWorker } from '../../sweep/browser/runSweepPool.ts';
import { poolSize } from '../sweep/sweepWorkers.ts';
import type { CompareRunner } from './CompareController.ts';
import { connectCompareWorker } from './compareWorkers.ts';

/**
 * Compare mode's runner on the browser's worker pool (src/compare/browser): the baseline is the
 * source as it stands, the scenario the same source with the user's changes; the outcome's baseline
 * runs come back so that a later comparison differing only in the changes redoes the scenario arm only.
 */
export function browserCompareRunner(
  /** the app's public root (`data/`, `scenarios/`), read at each comparison */
  dataBaseUrl: () => string,
  connect: () => SweepWorker<CompareService> = connectCompareWorker,
  workers: () => number = poolSize,
): CompareRunner {
  let presets: { base: string; store: PresetStore } | null = null;
  return async (request, { signal, onProgress, baseline }) => {
    const base = dataBaseUrl();
    if (presets?.base !== base) presets = { base, store: new PresetStore(() => fetchTextLoader(base)) };
    const outcome = await runComparisonInBrowser({
      baseline: request.source,
      scenario: { ...request.source, changes: request.changes },
      pairs: request.pairs,
      seed: request.seed,
      ...(request.years === null ? {} : { years: request.years }),
      connect,
      workers: Math.min(workers(), 2 * request.pairs),
      presets: presets.store,
      dataBaseUrl: base,
      signal,
      onProgress: (p) => onProgress(p.done, p.total),
      ...(baseline ? { reuseBaseline: baseline as BaselineRuns } : {}),
    });
    return outcome.status === 'done' ? { result: outcome.result, baseline: outcome.baselineRuns } : null;
  };
}
