/**
 * The scenario of one design point: the sweep's resolved base scenario with the point's factor values
 * set at their paths (`params.q` → scenario.params.q), resolved again so a value is validated like
 * any scenario field and the point's digest is the digest `idlab run` would print for the same file.
 */
import { resolveScenario } from '../model/scenario/resolve.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import type { FactorValue, ResolvedFactor } from './types.ts';

/** The scenario file of a point (the base scenario with the values set); a valid `idlab run` input. */
export function pointScenarioFile(base: ResolvedScenario, factors: readonly ResolvedFactor[], values: readonly FactorValue[]): ResolvedScenario {
  const params = { ...base.params } as Record<string, unknown>;
  const levers = { ...base.levers } as Record<string, unknown>;
  factors.forEach((f, i) => {
    if (f.section === 'params') params[f.key] = values[i];
    else levers[f.key] = values[i];
  });
  return { ...base, params, levers } as unknown as ResolvedScenario;
}

export function pointScenario(base: ResolvedScenario, factors: readonly ResolvedFactor[], values: readonly FactorValue[]): ResolvedScenario {
  return resolveScenario(pointScenarioFile(base, factors, values), {
    loadPreset: (id) => {
      throw new Error(`a resolved scenario has no extends (got "${id}")`);
    },
  });
}
