import { defineConfig } from 'vite';

// Relative base so the built site works from any static host and any sub-path.
export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
