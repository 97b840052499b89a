import * as Comlink from 'comlink';

/** A Comlink-wrapped module worker with failure notification. */
export interface WorkerConnection<T> {
  readonly service: T;
  /** called once if the worker fails (uncaught error, failed to load, undecodable message) */
  onFailure(listener: (message: string) => void): void;
  /** releases the proxy and terminates the worker; calls in flight never answer */
  dispose(): void;
  /** ends the worker as a crash would, without telling anyone (tests, the fuzz) */
  kill(): void;
  /** when the worker last showed it is working (a heartbeat or any message), performance.now() ms; -Infinity before */
  lastSign(): number;
}

/**
 * Wraps a started worker in Comlink and turns its error events into one failure notice. Callers
 * create the Worker themselves with a literal `new Worker(new URL(…, import.meta.url))`, the pattern
 * Vite bundles; `label` names the worker in the failure messages.
 */
export function wrapWorker<T>(worker: Worker, label: string): WorkerConnection<T> {
  const service = Comlink.wrap<T>(worker) as unknown as T;
  const listeners: ((message: string) => void)[] = [];
  const fail = (message: string) => {
    for (const l of listeners.splice(0)) l(message);
  };
  worker.addEventListener('error', (e) => fail(e.message || `the ${label} worker failed to start`));
  worker.addEventListener('messageerror', () => fail(`the ${label} worker sent a message that could not be read`));
  let sign = -Infinity;
  // any message — a heartbeat (which Comlink ignores: it has no id) or an answer — is a sign of life
  worker.addEventListener('message', () => (sign = performance.now()));
  return {
    service,
    onFailure: (l) => listeners.push(l),
    dispose: () => {
      listeners.length = 0;
      (service as unknown as { [Comlink.releaseProxy]?: () => void })[Comlink.releaseProxy]?.();
      worker.terminate();
    },
    kill: () => worker.terminate(),
    lastSign: () => sign,
  };
}
