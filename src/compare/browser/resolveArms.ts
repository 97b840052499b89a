/**
 * The two arms of a comparison as the app holds them (a preset id or an imported file's text, plus
 * the UI's lever and assumption changes) → resolved scenarios, with an optional horizon override.
 * Presets a file `extends` are fetched first (resolveScenario is synchronous). A problem is a
 * CompareArmError naming the arm, with the schema's messages.
 */
import { resolveScenario } from '../../model/scenario/resolve.ts';
import { ScenarioError } from '../../model/scenario/issues.ts';
import type { ResolvedScenario, ScenarioFile } from '../../model/scenario/types.ts';
import type { PresetStore } from '../../service/presetStore.ts';
import { withChanges } from '../../service/runChanges.ts';
import { parseScenarioText, ScenarioTextError } from '../../service/scenarioText.ts';
import type { CompareArm } from '../types.ts';
import type { CompareArmSource } from './types.ts';

export class CompareArmError extends Error {
  constructor(
    readonly arm: CompareArm,
    readonly issues: readonly string[],
  ) {
    super(`${arm}: ${issues.join('; ')}`);
    this.name = 'CompareArmError';
  }
}

export async function resolveArm(arm: CompareArm, source: CompareArmSource, presets: PresetStore, years?: number): Promise<ResolvedScenario> {
  try {
    let file: ScenarioFile = 'presetId' in source ? { extends: source.presetId } : parseScenarioText(source.text);
    if (source.changes) file = withChanges(file, source.changes);
    if (years !== undefined) file = { ...file, time: { ...(file.time ?? {}), years } };
    await presets.prefetchFor(file);
    return resolveScenario(file, { loadPreset: presets.get });
  } catch (e) {
    if (e instanceof ScenarioError) throw new CompareArmError(arm, e.issues.map((i) => i.message));
    if (e instanceof ScenarioTextError) throw new CompareArmError(arm, e.issues);
    throw new CompareArmError(arm, [e instanceof Error ? e.message : String(e)]);
  }
}
