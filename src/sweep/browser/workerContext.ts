/**
 * What a browser worker's batch service (the sweep's, a comparison's) keeps between calls: the
 * worlds it has built (loaded through its loader: the app's public files, fetched relative to the
 * base URL the page sends, or an injected reader in tests) and its heartbeat. Free of DOM and
 * Worker APIs.
 */
import { fetchTextLoader } from '../../service/loader.ts';
import type { TextLoader } from '../../service/types.ts';
import { WorldLoader } from '../../service/worldLoader.ts';
import { Heartbeat } from '../../service/heartbeat.ts';

export interface WorkerServiceOptions {
  /** Reads the app's public files (`data/…`). Default: `fetch` relative to the request's dataBaseUrl. */
  loader?: TextLoader;
  /** posts one heartbeat to the page (the worker); the service beats while a call is in progress (service/heartbeat.ts) */
  heartbeat?: () => void;
}

export interface WorkerContext {
  worlds: WorldLoader;
  pulse: Heartbeat;
  /** remembers the page's base URL of the public files (a request's `dataBaseUrl`, when given) */
  setBaseUrl(url: string | undefined): void;
}

export function workerContext(options: WorkerServiceOptions): WorkerContext {
  let baseUrl: string | null = null;
  const loader = (): TextLoader => {
    if (options.loader) return options.loader;
    if (!baseUrl) throw new Error('the data location is unknown: init needs dataBaseUrl');
    return fetchTextLoader(baseUrl);
  };
  return {
    worlds: new WorldLoader(loader),
    pulse: new Heartbeat(options.heartbeat),
    setBaseUrl: (url) => {
      if (url) baseUrl = url;
    },
  };
}
