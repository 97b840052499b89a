/** The repository's text files, for the docs tests. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');

/** Build outputs and caches that are not the project's own text. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.cache', '.git']);
const TEXT = /\.(ts|mts|js|mjs|cjs|json|md|html|css|csv|svg|txt|ya?ml|sh)$/;

/** Every text file under the given repository-relative paths (folders are walked). */
export function textFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (full: string): void => {
    const st = statSync(full, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!SKIPPED_DIRS.has(name)) walk(join(full, name));
    } else if (TEXT.test(full)) out.push(full);
  };
  for (const p of paths) walk(join(REPO_ROOT, p));
  return out;
}
