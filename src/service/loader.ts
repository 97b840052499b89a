import type { TextLoader } from './types.ts';

/**
 * The default loader: `fetch` relative to the app's public root (`dataBaseUrl`, with a trailing
 * slash). In the worker the page passes its own base URL, since a worker's location is the bundled
 * script's, not the app's. Missing files reject with the URL and HTTP status.
 */
export function fetchTextLoader(dataBaseUrl: string): TextLoader {
  return async (path) => {
    const url = new URL(path, dataBaseUrl).href;
    let res: Response;
    try {
      res = await fetch(url);
    } catch (e) {
      throw new Error(`cannot load ${path} from ${url}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!res.ok) throw new Error(`cannot load ${path} from ${url}: HTTP ${res.status}`);
    return res.text();
  };
}
