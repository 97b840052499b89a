/** Scenarios of the comparison tests: a 20 × 20 lattice over 20 years (fast), and fengqiao on the China map. */
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import type { ResolvedScenario } from '../../src/model/scenario/types.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';

export const LATTICE = {
  meta: { title: { en: 'Test: lattice', zh: '测试：格点' } },
  world: { kind: 'lattice', width: 20, height: 20, neighbourhood: 'moore', provinceSide: 10, attributeSeed: 2, heterogeneity: 0.2 },
  time: { startYear: 2000, years: 20, dt: 0.25 },
  params: { p: 0.02 },
  innovations: [{ id: 'alpha', complexity: 0.3, digital: 0.2, origins: ['10,10'] }],
};

/** A scenario file resolved with the shipped presets. */
export function resolved(file: unknown): ResolvedScenario {
  return resolveScenario(file, { loadPreset: loadPresetForExtends });
}

/** The lattice scenario with `patch` merged into its params and levers. */
export function lattice(patch: { params?: object; levers?: object } = {}): ResolvedScenario {
  return resolved({ ...LATTICE, params: { ...LATTICE.params, ...patch.params }, levers: patch.levers ?? {} });
}
