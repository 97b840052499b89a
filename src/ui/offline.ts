/**
 * Registers the offline service worker (sw.js, written by the build beside index.html) so the app
 * works without a network after the first visit. Only in the built app: the dev server has no sw.js
 * and must not be cached. Relative URL → the worker's scope is the site's directory, whatever
 * sub-path the site is served from. A failure is only logged as a warning: the app works online.
 */
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((e: unknown) => {
    console.warn(`offline mode unavailable: ${e instanceof Error ? e.message : String(e)}`);
  });
}
