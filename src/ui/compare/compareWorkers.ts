import { wrapWorker } from '../controllers/wrapWorker.ts';
import type { CompareService } from '../../compare/browser/index.ts';
import type { SweepWorker } from '../../sweep/browser/runSweepPool.ts';

/**
 * Starts one compare worker (workers/compare.worker.ts, a thin Comlink adapter over
 * src/compare/browser). Vite bundles the worker from this `new URL(…, import.meta.url)` pattern
 * beside the app's other assets, so `worker-src 'self'` covers it.
 */
export function connectCompareWorker(): SweepWorker<CompareService> {
  const worker = new Worker(new URL('../../../workers/compare.worker.ts', import.meta.url), { type: 'module', name: 'compare' });
  return wrapWorker<CompareService>(worker, 'compare');
}
