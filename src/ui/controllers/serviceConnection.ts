import { wrapWorker } from './wrapWorker.ts';
import type { SimulationService } from '../../service/types.ts';

/**
 * A live connection to a simulation service: the service (a Comlink proxy of the worker, or the
 * service object itself in tests), a way to hear that it died, and a way to end it.
 */
export interface ServiceConnection {
  readonly service: SimulationService;
  /** called once if the worker fails (uncaught error, failed to load, undecodable message) */
  onFailure(listener: (message: string) => void): void;
  dispose(): void;
  /** ends the worker as a crash would, without telling anyone (tests, the fuzz); absent inline */
  kill?(): void;
  /** when the worker last showed it is working (heartbeat or answer), performance.now() ms; absent inline */
  lastSign?(): number;
}

/**
 * Starts the simulation in a module worker (workers/simulation.worker.ts, a thin Comlink adapter over
 * src/service). Vite bundles the worker from this `new URL(…, import.meta.url)` pattern; the built
 * file lives beside the app's other assets, so `worker-src 'self'` covers it.
 */
export function connectWorker(): ServiceConnection {
  const worker = new Worker(new URL('../../../workers/simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  return wrapWorker<SimulationService>(worker, 'simulation');
}

/** A connection to a service running on this thread (component tests, and a fallback without workers). */
export function connectInline(service: SimulationService): ServiceConnection {
  return { service, onFailure: () => {}, dispose: () => {} };
}
