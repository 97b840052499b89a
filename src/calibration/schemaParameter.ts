/**
 * A model parameter as a calibration parameter (simulators.ts): its default prior from the schema.
 */
import { findParamDef, UNITS } from '../model/params/index.ts';
import type { SimulatorParameter } from './simulators.ts';

/**
 * The default prior of a model parameter: uniform on the schema's plausible range, log-uniform for a
 * rate (per year) whose plausible range starts above 0 (rates spread over orders of magnitude).
 * Log-effects stay uniform: they are logarithms already, so a uniform prior on ln HR is a
 * log-uniform prior on the ratio. Shares, weights and other units are uniform.
 */
export function schemaParameter(key: string): SimulatorParameter {
  const def = findParamDef(key);
  if (!def || (def.type !== 'number' && def.type !== 'integer')) throw new Error(`${key} is not a numeric model parameter`);
  const [lo, hi] = def.plausible;
  const rate = def.unit.en === UNITS.perYear.en && lo > 0;
  return { name: key, scale: rate ? 'log' : 'linear', lo, hi, value: def.default, allowed: def.allowed };
}
