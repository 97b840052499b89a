/**
 * `extends` (docs/model.md §11): a scenario file may extend a preset by id, which may extend another.
 * Objects deep-merge, arrays and everything else replace. One exception: a file that sets
 * `world.kind` to another kind than its base replaces the whole world (a lattice's width has no
 * meaning in the China world).
 */
import { invalid, ScenarioError, type ScenarioIssue } from './issues.ts';
import { ID_PATTERN, ID_TEXT } from './objectSchema.ts';
import { MAX_EXTENDS_DEPTH } from './limits.ts';

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge: `override` wins; objects merge key by key; arrays replace. Inputs are not mutated. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return clone(override);
  const out: PlainObject = {};
  for (const [key, value] of Object.entries(base)) out[key] = clone(value);
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    out[key] = key in out ? deepMerge(out[key], value) : clone(value);
  }
  return out;
}

/** Merges a scenario file over its base, with the world-kind rule. */
export function mergeScenarioFiles(base: PlainObject, file: PlainObject): PlainObject {
  const merged = deepMerge(base, file) as PlainObject;
  const baseWorld = base.world;
  const world = file.world;
  if (isPlainObject(baseWorld) && isPlainObject(world) && 'kind' in world && world.kind !== baseWorld.kind) {
    merged.world = clone(world);
  }
  return merged;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) {
    const out: PlainObject = {};
    for (const [key, v] of Object.entries(value)) out[key] = clone(v);
    return out;
  }
  return value;
}

/**
 * Follows the `extends` chain of a file and returns the merged file without `extends`.
 * Problems (not an object, unknown or unloadable preset, a cycle, too deep) throw a ScenarioError.
 */
export function applyExtends(file: unknown, loadPreset: (id: string) => unknown): PlainObject {
  return follow(file, loadPreset, [], []);
}

function follow(file: unknown, loadPreset: (id: string) => unknown, chain: string[], path: string[]): PlainObject {
  const where = path.length === 0 ? 'scenario' : `preset "${path[path.length - 1]}"`;
  if (!isPlainObject(file)) {
    throw new ScenarioError([invalid(path.length === 0 ? [] : ['extends'], path.length === 0 ? file : path[path.length - 1], path.length === 0 ? 'expected a JSON object' : `${where} is not a JSON object`)]);
  }
  const { extends: parent, ...rest } = file;
  if (parent === undefined) return rest;
  const problem = extendsProblem(parent, chain);
  if (problem) throw new ScenarioError([problem]);
  const id = parent as string;
  let base: unknown;
  try {
    base = loadPreset(id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScenarioError([invalid(['extends'], id, `cannot load preset: ${reason}`)]);
  }
  if (base === undefined || base === null) throw new ScenarioError([invalid(['extends'], id, 'no such preset')]);
  const merged = follow(base, loadPreset, [...chain, id], [...path, id]);
  return mergeScenarioFiles(merged, rest);
}

function extendsProblem(parent: unknown, chain: string[]): ScenarioIssue | undefined {
  if (typeof parent !== 'string' || !ID_PATTERN.test(parent)) return invalid(['extends'], parent, `${ID_TEXT.replace('expected ', 'expected a preset id: ')}`);
  if (chain.includes(parent)) return invalid(['extends'], parent, `cycle: ${[...chain, parent].join(' → ')}`);
  if (chain.length >= MAX_EXTENDS_DEPTH) return invalid(['extends'], parent, `allowed at most ${MAX_EXTENDS_DEPTH} levels of extends`);
  return undefined;
}
