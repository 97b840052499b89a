/**
 * The presets shipped in public/scenarios: their ids (from index.json, else the *.json files), and
 * loading one by id for `extends` and for `idlab run <preset-id>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from './package-root.ts';
import { parseJson } from './json-syntax.ts';
import { didYouMean } from './did-you-mean.ts';

export interface PresetEntry {
  id: string;
  title: { en: string; zh: string };
  description: { en: string; zh: string };
}

export function presetsDir(): string {
  return packagePath('public', 'scenarios');
}

/** Preset ids in index order (index.json), or sorted file names when there is no index. */
export function presetIds(): string[] {
  return listPresets().map((p) => p.id);
}

/** Every preset with its title and description (from index.json, else from each file's meta). */
export function listPresets(): PresetEntry[] {
  const dir = presetsDir();
  const index = join(dir, 'index.json');
  if (existsSync(index)) {
    const parsed = parseJson(readFileSync(index, 'utf8'));
    if (!parsed.ok) throw new Error(`${index}: invalid JSON at line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.reason}`);
    const list = Array.isArray(parsed.value) ? parsed.value : (parsed.value as { presets?: unknown }).presets;
    if (Array.isArray(list)) return list.map((entry) => toEntry(entry as Record<string, unknown>));
  }
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => toEntry({ id: f.slice(0, -5) }));
}

function toEntry(entry: Record<string, unknown>): PresetEntry {
  const id = String(entry.id);
  let title = entry.title as PresetEntry['title'] | undefined;
  let description = entry.description as PresetEntry['description'] | undefined;
  if (!title || !description) {
    const file = loadPresetFile(id) as { meta?: { title?: PresetEntry['title']; description?: PresetEntry['description'] } } | undefined;
    title ??= file?.meta?.title;
    description ??= file?.meta?.description;
  }
  return { id, title: title ?? { en: id, zh: id }, description: description ?? { en: '', zh: '' } };
}

/** Whether preset `id` exists (without reading it: resolving the scenario reads it once). */
export function presetExists(id: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(id) && existsSync(join(presetsDir(), `${id}.json`));
}

/**
 * The file a scenario argument reads, for the check that no output overwrites an input: the
 * preset's shipped file when `arg` names a preset (and no file of that name exists here), else `arg`.
 */
export function scenarioInputPath(arg: string): string {
  return presetExists(arg) && !existsSync(arg) ? join(presetsDir(), `${arg}.json`) : arg;
}

/**
 * The parsed JSON of preset `id`, or undefined when there is no such preset. Invalid JSON in a
 * shipped preset is an Error naming the file, line and column.
 */
export function loadPresetFile(id: string): unknown {
  if (!presetExists(id)) return undefined; // ids are plain names: no paths
  const path = join(presetsDir(), `${id}.json`);
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: invalid JSON at line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.reason}`);
  return parsed.value;
}

/** `loadPreset` for resolveScenario: unknown ids get a did-you-mean. */
export function loadPresetForExtends(id: string): unknown {
  const file = loadPresetFile(id);
  if (file !== undefined) return file;
  const guess = didYouMean(id, presetIds());
  throw new Error(`no such preset${guess ? `; did you mean "${guess}"?` : ` (presets: ${presetIds().join(', ')})`}`);
}
