import * as Comlink from 'comlink';
import type { SweepService, SweepWorker } from '../../sweep/browser/index.ts';

/**
 * Starts one sweep worker (workers/sweep.worker.ts, a thin Comlink adapter over src/sweep/browser).
 * Vite bundles the worker from this `new URL(…, import.meta.url)` pattern beside the app's other
 * assets, so `worker-src 'self'` covers it.
 */
export function connectSweepWorker(): SweepWorker {
  const worker = new Worker(new URL('../../../workers/sweep.worker.ts', import.meta.url), { type: 'module', name: 'sweep' });
  const service = Comlink.wrap<SweepService>(worker) as unknown as SweepService;
  const listeners: ((message: string) => void)[] = [];
  const fail = (message: string) => {
    for (const l of listeners.splice(0)) l(message);
  };
  worker.addEventListener('error', (e) => fail(e.message || 'the sweep worker failed to start'));
  worker.addEventListener('messageerror', () => fail('the sweep worker sent a message that could not be read'));
  return {
    service,
    onFailure: (l) => listeners.push(l),
    dispose: () => {
      listeners.length = 0;
      (service as unknown as { [Comlink.releaseProxy]: () => void })[Comlink.releaseProxy]?.();
      worker.terminate();
    },
  };
}

/** The pool size: one worker per logical core the browser reports (2 when it reports none). */
export function poolSize(): number {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  return Math.max(1, Number.isFinite(cores) && cores > 0 ? Math.floor(cores) : 2);
}
