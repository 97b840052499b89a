import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TextLoader } from '../../src/service/types.ts';

/** Reads the app's public files from the source tree, as the worker fetches them from the site. */
export const PUBLIC_ROOT = resolve(__dirname, '../../public');

export const nodeLoader: TextLoader = (path) => readFile(join(PUBLIC_ROOT, path), 'utf8');
