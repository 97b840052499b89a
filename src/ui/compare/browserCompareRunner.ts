import type { BaselineRuns, CompareService } from '../../compare/browser/index.ts';
import type { SweepWorker } from '../../sweep/browser/runSweepPool.ts';
import { poolSize } from '../sweep/sweepWorkers.ts';
import type { CompareRunner } from './CompareController.ts';
import { connectCompareWorker } from './compareWorkers.ts';
import { pageComparisons } from './pageComparisons.ts';

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
  const comparisons = pageComparisons(dataBaseUrl, connect, workers);
  return async (request, { signal, onProgress, baseline }) => {
    const outcome = await comparisons(request).compare(request.source, { ...request.source, changes: request.changes }, { signal, onProgress, reuse: baseline as BaselineRuns | undefined });
    return outcome.status === 'done' ? { result: outcome.result, baseline: outcome.baselineRuns } : null;
  };
}
