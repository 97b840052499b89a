import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';
import pkg from './package.json' with { type: 'json' };

// Relative base so the built site works from any static host and any sub-path.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  // No modulepreload polyfill: it would be the only code a strict CSP has to trust beyond our files.
  // The landscape view's chunk carries three.js (≈ 540 kB) and loads only when that view opens.
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 600 },
  // The strict Content-Security-Policy goes into the built index.html (scripts/csp.ts).
  // sw.js (workers/service-worker.ts + the precache list) is written beside index.html: offline use.
  plugins: [contentSecurityPolicy(), serviceWorker({ version: pkg.version, source: 'workers/service-worker.ts' })],
});
