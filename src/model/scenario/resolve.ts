/**
 * resolveScenario: a scenario file → a ResolvedScenario, or a ScenarioError listing every problem.
 *   0. shape: no reserved keys (`__proto__` …), at most 64 levels of nesting (structureIssues.ts);
 *   1. `extends`: load the preset by id (recursively; cycles and unknown presets are problems);
 *      objects deep-merge, arrays replace (merge.ts);
 *   2. validate the merged file with the one valibot schema (fileSchema.ts): types, allowed ranges,
 *      unknown keys (with "did you mean");
 *   3. fill defaults (defaults.ts) and check the rules that span fields (checks.ts);
 *   4. notes: allowed values outside the plausible range, events outside the run (notes.ts).
 * Synchronous: presets are supplied by the caller (`loadPreset`), from disk in the CLI, from a
 * prefetched map in the browser.
 */
import * as v from 'valibot';
import type { ResolvedScenario, ScenarioFile } from './types.ts';
import { applyExtends } from './merge.ts';
import { scenarioFileSchema } from './fileSchema.ts';
import { issuesFromValibot } from './fromValibot.ts';
import { applyDefaults } from './defaults.ts';
import { crossFieldIssues } from './checks.ts';
import { scenarioNotes } from './notes.ts';
import { ScenarioError, type ScenarioNote } from './issues.ts';
import { structureIssues } from './structureIssues.ts';

export interface ResolveOptions {
  /** Returns the parsed JSON of a preset by id; throws or returns undefined when there is none. */
  loadPreset: (id: string) => unknown;
  /** Receives each note (outside plausible, event after the end …) as it is found. */
  onNote?: (note: ScenarioNote) => void;
}

export interface Resolution {
  scenario: ResolvedScenario;
  notes: ScenarioNote[];
}

/** Resolves and validates a scenario file and returns it with its notes; throws ScenarioError. */
export function resolveScenarioWithNotes(file: unknown, options: ResolveOptions): Resolution {
  const structural = structureIssues(file);
  if (structural.length > 0) throw new ScenarioError(structural);
  const merged = applyExtends(file, options.loadPreset);
  const parsed = v.safeParse(scenarioFileSchema, merged, { abortEarly: false });
  if (!parsed.success) throw new ScenarioError(issuesFromValibot(parsed.issues));
  const scenario = applyDefaults(merged as ScenarioFile);
  const problems = crossFieldIssues(scenario);
  if (problems.length > 0) throw new ScenarioError(problems);
  const notes = scenarioNotes(scenario);
  if (options.onNote) for (const note of notes) options.onNote(note);
  return { scenario, notes };
}

/**
 * Resolves and validates a scenario file (see resolveScenarioWithNotes); notes go to
 * `options.onNote` when given. Throws ScenarioError with one issue per problem.
 */
export function resolveScenario(file: unknown, options: ResolveOptions): ResolvedScenario {
  return resolveScenarioWithNotes(file, options).scenario;
}
