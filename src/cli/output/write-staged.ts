/**
 * Writes a command's output files all or nothing: each goes to a temporary file beside its target
 * (same folder, so the rename cannot cross file systems), and only when every one is complete are
 * they renamed into place. A full disk, a file-size limit or any write error leaves the targets as
 * they were (absent, or their previous content) and removes the temporary files.
 */
import { renameSync, rmSync } from 'node:fs';
import { CliError, EXIT } from '../cli-error.ts';
import { describeFsError } from '../load-scenario.ts';

export interface StagedOutput {
  path: string;
  /** writes the complete content to `temporaryPath` */
  write: (temporaryPath: string) => void;
}

export function writeStaged(outputs: readonly StagedOutput[]): void {
  const temporary = outputs.map((o, k) => `${o.path}.tmp-${process.pid}-${k}`);
  let current = 0;
  try {
    for (; current < outputs.length; current++) outputs[current].write(temporary[current]);
    for (current = 0; current < outputs.length; current++) renameSync(temporary[current], outputs[current].path);
  } catch (error) {
    for (const t of temporary) rmSync(t, { force: true });
    throw new CliError(`cannot write ${outputs[Math.min(current, outputs.length - 1)].path}: ${describeFsError(error)}`, EXIT.invalid);
  }
}
