/**
 * Output paths that would destroy something: an output that is one of the command's inputs (the
 * scenario, the attribute overrides, a plan's files) or lies in a protected folder (a plan's
 * results/), and two outputs that name the same file. Paths are compared as the files they reach —
 * symbolic links, `..` and hard links resolved — not as strings.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface NamedPath {
  /** how messages name it: "--out", "the scenario" */
  what: string;
  path: string;
}

/** The file a path reaches: device and inode when it exists, else its real folder and its name. */
function identity(path: string): string {
  const absolute = resolve(path);
  try {
    const stat = statSync(absolute);
    return `inode ${stat.dev}:${stat.ino}`;
  } catch {
    return `path ${join(realFolder(dirname(absolute)), basename(absolute))}`;
  }
}

function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** One problem line per output that is an input, lies in a protected folder, or repeats another output. */
export function outputConflicts(outputs: readonly NamedPath[], inputs: readonly NamedPath[], folders: readonly NamedPath[] = []): string[] {
  const problems: string[] = [];
  const inputIds = inputs.map((i) => ({ ...i, id: identity(i.path) }));
  const folderIds = folders.map((f) => ({ ...f, real: realFolder(f.path) }));
  const seen: (NamedPath & { id: string })[] = [];
  for (const output of outputs) {
    const id = identity(output.path);
    const input = inputIds.find((i) => i.id === id);
    const folder = folderIds.find((f) => realFolder(dirname(resolve(output.path))) === f.real);
    const earlier = seen.find((s) => s.id === id);
    if (input) problems.push(`invalid ${output.what}: '${output.path}' is ${input.what} (${input.path}); write the output to another file`);
    else if (folder) problems.push(`invalid ${output.what}: '${output.path}' is inside ${folder.what} (${folder.path}); write the output elsewhere`);
    else if (earlier) problems.push(`invalid ${output.what}: '${output.path}' is the same file as ${earlier.what} ('${earlier.path}'); give each output its own file`);
    seen.push({ ...output, id });
  }
  return problems;
}
