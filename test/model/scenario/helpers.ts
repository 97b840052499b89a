import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ScenarioError } from '../../../src/model/scenario/issues.ts';
import { resolveScenario } from '../../../src/model/scenario/resolve.ts';

export const ROOT = resolve(__dirname, '../../..');

/** Loads the committed presets from public/scenarios, as the CLI does. */
export function loadPreset(id: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'public/scenarios', `${id}.json`), 'utf8'));
}

/** A loader over an in-memory map of presets; unknown ids throw like a missing file. */
export function presetMap(presets: Record<string, unknown>): (id: string) => unknown {
  return (id) => {
    if (!(id in presets)) throw new Error(`no preset "${id}"`);
    return presets[id];
  };
}

/** The messages of the ScenarioError a file raises (fails the test when it resolves). */
export function problems(file: unknown, load: (id: string) => unknown = presetMap({})): string[] {
  try {
    resolveScenario(file, { loadPreset: load });
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map((i) => i.message);
    throw error;
  }
  throw new Error('expected a ScenarioError, but the scenario resolved');
}

/** The smallest valid innovation. */
export const K = { id: 'k', complexity: 0.3, digital: 0.1 };
