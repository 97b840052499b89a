/**
 * The scenario a command names: a JSON file, or a preset id (`idlab run fengqiao`), read, parsed and
 * resolved (extends → defaults → validation) with presets from public/scenarios. Every problem
 * becomes one line of a CliError: unreadable file, invalid JSON with line and column, unknown preset
 * with a did-you-mean, and each ScenarioError issue with its field path, value and allowed range.
 */
import { existsSync, statSync } from 'node:fs';
import { CliError, EXIT } from './cli-error.ts';
import { readInputText } from './read-input.ts';
import { parseJsonText } from '../model/scenario/parseJsonText.ts';
import { didYouMean } from './did-you-mean.ts';
import { loadPresetForExtends, presetExists, presetIds } from './presets.ts';
import { resolveScenarioWithNotes } from '../model/scenario/resolve.ts';
import { ScenarioError, type ScenarioNote } from '../model/scenario/issues.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';

export interface ScenarioSource {
  /** the parsed scenario file (`{ extends: id }` for a preset id) */
  file: unknown;
  /** how messages name it: the path, or "preset fengqiao" */
  label: string;
}

/** Reads a path to a JSON file or a preset id. */
export function readScenarioSource(arg: string): ScenarioSource {
  const looksLikePath = arg.endsWith('.json') || arg.includes('/') || arg.includes('\\') || (existsSync(arg) && statSync(arg).isFile());
  if (!looksLikePath) {
    if (presetExists(arg)) return { file: { extends: arg }, label: `preset ${arg}` };
    const guess = didYouMean(arg, presetIds());
    throw new CliError(`unknown preset '${arg}'${guess ? ` (did you mean '${guess}'?)` : ''}; presets: ${presetIds().join(', ')} — or give a path to a scenario .json file`, EXIT.invalid);
  }
  return { file: readJsonFile(arg), label: arg };
}

/** Reads and parses a JSON file (parseJsonText); unreadable files, invalid JSON, too deep nesting and reserved keys are CliErrors. */
export function readJsonFile(path: string): unknown {
  const parsed = parseJsonText(readInputText(path));
  if (!parsed.ok) throw new CliError(parsed.problems.map((p) => `${path}: ${p.message}`), EXIT.invalid);
  return parsed.value;
}

/** "no such file", "permission denied", … from a Node fs error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EFBIG') return 'file too large (a file-size limit was reached)';
  if (code === 'EROFS') return 'read-only file system';
  return error instanceof Error ? error.message : String(error);
}

export interface Resolved {
  scenario: ResolvedScenario;
  notes: ScenarioNote[];
}

/** Resolves a parsed scenario file; ScenarioError issues become CliError lines prefixed by `label`. */
export function resolveSource(file: unknown, label: string): Resolved {
  try {
    return resolveScenarioWithNotes(file, { loadPreset: loadPresetForExtends });
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliError(error.issues.map((i) => `${label}: ${i.message}`), EXIT.invalid);
    throw error;
  }
}
