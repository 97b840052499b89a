import { wrapWorker } from '../controllers/wrapWorker.ts';
import type { SweepService, SweepWorker } from '../../sweep/browser/index.ts';

/**
 * Starts one sweep worker (workers/sweep.worker.ts, a thin Comlink adapter over src/sweep/browser).
 * Vite bundles the worker from this `new URL(…, import.meta.url)` pattern beside the app's other
 * assets, so `worker-src 'self'` covers it.
 */
export function connectSweepWorker(): SweepWorker {
  const worker = new Worker(new URL('../../../workers/sweep.worker.ts', import.meta.url), { type: 'module', name: 'sweep' });
  return wrapWorker<SweepService>(worker, 'sweep');
}

/** The pool size: one worker per logical core the browser reports (2 when it reports none). */
export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  return Math.max(1, Number.isFinite(cores) && cores > 0 ? Math.floor(cores) : 2);
}
