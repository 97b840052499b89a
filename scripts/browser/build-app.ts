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
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
