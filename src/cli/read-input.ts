/**
 * Reads a file the user names (a scenario, a sweep file, attribute overrides) as UTF-8 text, at most
 * MAX_INPUT_BYTES: a device that never ends (/dev/zero, /dev/urandom) or a huge file is refused with
 * one line instead of exhausting memory. Pipes and process substitutions (`<(jq … )`) still work:
 * the cap, not the kind of file, is what keeps a read bounded.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError, EXIT } from './cli-error.ts';
import { describeFsError } from './load-scenario.ts';

/** The largest input file read, in bytes (64 MiB; a national scenario with every override is < 1 MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const CHUNK = 1 << 20;

export function readInputText(path: string, maxBytes = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`, EXIT.invalid);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`, EXIT.invalid);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new CliError(`cannot read ${path}: more than ${maxBytes / (1024 * 1024)} MiB, the most an input file may have (is it a device, or the wrong file?)`, EXIT.invalid);
      chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`, EXIT.invalid);
  } finally {
    closeSync(fd);
  }
}
