import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/** The repository root (this file is scripts/browser/build-app.ts). */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * `vite build` of the app (with the project's vite.config.ts, hence its CSP) into `outDir`, or a
 * fresh temporary directory, so tests and scripts never touch the user's dist/. Returns the directory.
 */
export async function buildApp(outDir = mkdtempSync(join(tmpdir(), 'idl-app-'))): Promise<string> {
  // A production build even when called from Vitest (NODE_ENV=test): otherwise Vite builds with
  // import.meta.env.PROD false and Lit's development mode — not the app users get (no service worker).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
