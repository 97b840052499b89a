/**
 * Writes a file atomically: to a temporary name in the same folder, then rename — so a reader (the
 * merge step, another shard checking what is done) never sees half a file, and a run killed while
 * writing leaves only a `.tmp-…` file that the next run overwrites.
 */
import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}-${threadId}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
