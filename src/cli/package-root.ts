/**
 * The installed package's root folder, where public/data and public/scenarios live. Found by walking
 * up from this module (src/cli/… under tsx and Vitest, dist-cli/idlab.js once bundled) to the
 * package.json named innovation-diffusion-lab — never from the current directory, so `npx idlab`
 * works from anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'innovation-diffusion-lab';
let cached: string | null = null;

export function packageRoot(): string {
  if (cached !== null) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return (cached = dir);
      } catch {
        // not ours or unreadable: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`idlab: cannot find the ${PACKAGE_NAME} package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** A path inside the package ("public/data/china-units.csv"). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
