/**
 * An output flag (--out, --events …): its extension picks the format, which must be one of the
 * command's; the folder must exist and the path must not be a folder. Problems are collected as
 * one line each, naming the flag, the path and what is allowed.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { ParsedArgs } from './args.ts';

export interface OutputSpec {
  path: string;
  /** the extension without its dot, lower case: one of the allowed formats */
  format: string;
}

/** Reads an output flag: its extension picks the format; the folder must exist. */
export function outputFlag(args: ParsedArgs, name: string, formats: readonly string[], problems: string[], notYet: Readonly<Record<string, string>> = {}): OutputSpec | null {
  const path = args.flags.get(name);
  if (typeof path !== 'string') return null;
  const ext = extname(path).slice(1).toLowerCase();
  if (!formats.includes(ext)) {
    const why = Object.hasOwn(notYet, ext) ? `${notYet[ext]}; ` : '';
    problems.push(`invalid --${name}: '${path}' (${why}allowed file extensions: ${formats.map((f) => `.${f}`).join(', ')})`);
    return null;
  }
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push(`invalid --${name}: '${path}' (folder ${dirname(path)} does not exist)`);
    return null;
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    problems.push(`invalid --${name}: '${path}' is a folder`);
    return null;
  }
  return { path, format: ext };
}

