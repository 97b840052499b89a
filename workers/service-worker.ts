// The offline service worker (no install: after the first visit the app also works
// without a network). Written by hand, no framework: it precaches the built site — the HTML, the
// hashed bundles, the map data and the presets — and serves them cache-first; navigations go to the
// network first (so a new deploy is picked up) and fall back to the cached page offline. The build
// (scripts/service-worker-plugin.ts) prepends `IDL_SW` with the cache name (app version + a hash of
// the files) and the file list, so a new version installs a new cache and deletes the old ones.
// It has no imports: it is served as a classic script from the site's root, which the page's CSP
// (`worker-src 'self'`) allows, and its scope is the directory of the site (relative base).

/** Injected by the build: the cache of this version and the files to precache (relative to the scope). */
declare const IDL_SW: { cache: string; files: readonly string[]; index: string };

/** Prefix of every cache this app owns (older versions are deleted on activation). */
const CACHE_PREFIX = 'idl-';

/** Only the parts of the service-worker global scope used here (the project's TypeScript lib is DOM). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
}

const sw = self as unknown as WorkerScope;

export {}; // a module for TypeScript (its names stay local); the build wraps it in an IIFE
const scope = () => sw.registration.scope;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(IDL_SW.cache);
      // `cache: 'reload'` bypasses the HTTP cache, so a new version never precaches stale bytes.
      await cache.addAll(IDL_SW.files.map((f) => new Request(new URL(f, scope()).href, { cache: 'reload' })));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== IDL_SW.cache) await caches.delete(name);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope())) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

/** The page: from the network when there is one (a new deploy shows up), else the cached index.html. */
async function navigation(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(IDL_SW.cache);
    // the link's state is in the query string: any query is the same page
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(new URL(IDL_SW.index, scope()).href));
    if (cached) return cached;
    throw error;
  }
}

/** Bundles, data and presets: precached per version, so the cache is always the right answer. */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(IDL_SW.cache);
  const cached = await cache.match(request);
  return cached ?? fetch(request);
}
