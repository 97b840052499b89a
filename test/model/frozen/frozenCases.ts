/**
 * The frozen cases: runs whose exact bits pin the kernel. A change that must not alter any result
 * (a refactor, a speed-up, a port of a math function) keeps every digest here; a change of the
 * model changes some, and its commit says which and why (docs/implementation-notes.md, "Frozen cases").
 *
 * Each case is a scenario and a seed; it is recorded as the event log's hash and a SHA-256 of the
 * final stage array and the bits of the final quality array, so one flipped bit of any of them shows.
 */
import { createSyntheticWorld, createSimulation, hashEventLog } from '../../../src/model/index.ts';
import { resolveScenario } from '../../../src/model/scenario/resolve.ts';
import { sha256Hex } from '../../../src/model/hash/sha256.ts';
import { loadPresetForExtends } from '../../../src/cli/presets.ts';
import { loadWorld } from '../../../src/cli/load-world.ts';
import { richScenario } from '../helpers/rich.ts';

/** Every preset the app and the CLI ship (public/scenarios/index.json), two seeds each. */
export const PRESETS = ['bass', 'fengqiao', 'three-governance', 'grid', 'chengdu', 'bottom-up', 'multi', 'digital-trap', 'pressure-lapse'] as const;
export const PRESET_SEEDS = [1, 7] as const;
/** The synthetic rich scenario of the determinism tests (every stage and channel reached), eight seeds. */
export const RICH_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** SHA-256 over the final stage array and the bits of the final quality array. */
function stateDigest(sim: { stage: Uint8Array; quality: Float32Array }): string {
  const bytes = new Uint8Array(sim.stage.length + sim.quality.byteLength);
  bytes.set(sim.stage);
  bytes.set(new Uint8Array(sim.quality.buffer, sim.quality.byteOffset, sim.quality.byteLength), sim.stage.length);
  return sha256Hex(bytes);
}

export function presetCase(id: string, seed: number): string {
  const scenario = resolveScenario({ extends: id }, { loadPreset: loadPresetForExtends });
  const sim = createSimulation(loadWorld(scenario.world), scenario, seed, { checkpointEvery: 0 });
  sim.tick(sim.totalTicks);
  return `${hashEventLog(sim.events)} ${stateDigest(sim)}`;
}

export function richCase(seed: number): string {
  const sc = richScenario(15);
  const sim = createSimulation(createSyntheticWorld(sc.world), sc, seed, { checkpointEvery: 0 });
  sim.tick(sim.totalTicks);
  return `${hashEventLog(sim.events)} ${stateDigest(sim)}`;
}

/** Every case by name, in a fixed order. */
export function allCases(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of PRESETS) for (const seed of PRESET_SEEDS) out[`${id} seed ${seed}`] = presetCase(id, seed);
  for (const seed of RICH_SEEDS) out[`rich seed ${seed}`] = richCase(seed);
  return out;
}
