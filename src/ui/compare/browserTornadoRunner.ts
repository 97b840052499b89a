import { resolveArm, type BaselineRuns, type CompareService } from '../../compare/browser/index.ts';
import { runTornado } from '../../compare/tornado/runTornado.ts';
import { tornadoLevers } from '../../compare/tornado/tornadoLevers.ts';
import type { TornadoData } from '../../compare/tornado/types.ts';
import type { SweepWorker } from '../../sweep/browser/runSweepPool.ts';
import { poolSize } from '../sweep/sweepWorkers.ts';
import type { CompareRequest } from './CompareController.ts';
import { connectCompareWorker } from './compareWorkers.ts';
import { pageComparisons } from './pageComparisons.ts';

/** What one tornado runs: a comparison request's fields, the current scenario being the source with the user's changes (pairs per variant). */
export type TornadoRequest = CompareRequest;

/** Runs a tornado; progress in runs; resolves null when stopped by the signal. */
export type TornadoRunner = (request: TornadoRequest, options: { signal: AbortSignal; onProgress: (done: number, total: number) => void }) => Promise<TornadoData | null>;

/**
 * The tornado on the browser's worker pool: the current scenario resolved on the page gives the
 * levers and their current values; each variant is one `runComparisonInBrowser` of the current
 * scenario against the same with one lever moved, the current scenario's runs done by the first and
 * reused by every later one.
 */
export function browserTornadoRunner(
  /** the app's public root (`data/`, `scenarios/`), read at each tornado */
  dataBaseUrl: () => string,
  connect: () => SweepWorker<CompareService> = connectCompareWorker,
  workers: () => number = poolSize,
): TornadoRunner {
  const comparisons = pageComparisons(dataBaseUrl, connect, workers);
  return async (request, { signal, onProgress }) => {
    const page = comparisons(request);
    const current = { ...request.source, changes: request.changes };
    const levers = tornadoLevers(await resolveArm('scenario', current, page.presets, request.years ?? undefined));
    return runTornado<BaselineRuns>({
      levers,
      pairs: request.pairs,
      onProgress: (p) => onProgress(p.done, p.total),
      run: async (variant, reuse, progress) => {
        if (signal.aborted) return null;
        const moved = { ...request.source, changes: { ...request.changes, levers: { ...request.changes.levers, [variant.key]: variant.value } } };
        const outcome = await page.compare(current, moved, { signal, onProgress: progress, reuse });
        return outcome.status === 'done' ? { result: outcome.result, currentRuns: outcome.baselineRuns } : null;
      },
    });
  };
}
