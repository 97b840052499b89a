import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextLoader } from '../../src/service/types.ts';

/** Reads the app's public files from the source tree, as the worker fetches them from the site. */
export const PUBLIC_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../public');

export const nodeLoader: TextLoader = (path) => readFile(join(PUBLIC_ROOT, path), 'utf8');
