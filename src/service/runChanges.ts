import type { ScenarioFile } from '../model/scenario/types.ts';
import type { RunChanges } from './types.ts';

/** Whether the UI changed any lever or assumption (the seed aside). */
export function hasChanges(c: RunChanges): boolean {
  return Object.keys(c.levers ?? {}).length > 0 || Object.keys(c.params ?? {}).length > 0;
}

/** The scenario file with the UI's lever and assumption changes on top (validated by resolveScenario). */
export function withChanges(file: ScenarioFile, c: RunChanges): ScenarioFile {
  return {
    ...file,
    levers: { ...(file.levers ?? {}), ...(c.levers ?? {}) },
    params: { ...(file.params ?? {}), ...(c.params ?? {}) },
  };
}
