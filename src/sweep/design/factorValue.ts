/**
 * A point of the unit cube → factor values. Every design but the grid draws u ∈ [0, 1] per factor
 * and maps it through the factor's quantile function, so one design serves values, ranges and
 * distributions alike: values are equally likely (u picks one of n bins), a range is uniform, a
 * distribution is inverted (normal: truncated to [min, max]). Integer parameters are rounded.
 */
import type { FactorValue, ResolvedFactor } from '../types.ts';
import { normalCdf, normalQuantile } from './normal.ts';
import { exp, log } from '../../model/math/index.ts';

export function factorValue(factor: ResolvedFactor, u: number): FactorValue {
  const x = rawValue(factor, Math.min(1, Math.max(0, u)));
  return factor.integer && typeof x === 'number' ? Math.round(x) : x;
}

function rawValue(factor: ResolvedFactor, u: number): FactorValue {
  switch (factor.kind) {
    case 'values':
      return factor.values[Math.min(factor.values.length - 1, Math.floor(u * factor.values.length))];
    case 'range':
      return factor.min + u * (factor.max - factor.min);
    case 'distribution': {
      const d = factor.distribution;
      switch (d.type) {
        case 'uniform':
          return d.min + u * (d.max - d.min);
        case 'loguniform':
          return exp(log(d.min) + u * (log(d.max) - log(d.min)));
        case 'triangular': {
          const cut = (d.mode - d.min) / (d.max - d.min);
          return u < cut
            ? d.min + Math.sqrt(u * (d.max - d.min) * (d.mode - d.min))
            : d.max - Math.sqrt((1 - u) * (d.max - d.min) * (d.max - d.mode));
        }
        case 'normal': {
          const lo = normalCdf((d.min - d.mean) / d.sd);
          const hi = normalCdf((d.max - d.mean) / d.sd);
          const x = d.mean + d.sd * normalQuantile(lo + u * (hi - lo));
          // the inversion may step a rounding error outside [min, max] (or to ±∞ at u = 0, 1)
          return Math.min(d.max, Math.max(d.min, x));
        }
      }
    }
  }
}

/** The levels a grid takes for a factor: its values, or `levels` evenly spaced over its range (ends exact). */
export function gridLevels(factor: ResolvedFactor): FactorValue[] {
  if (factor.kind === 'values') return factor.values;
  if (factor.kind !== 'range' || factor.levels === null) throw new Error(`grid factor ${factor.path} has no levels`);
  const { min, max, levels } = factor;
  const out: FactorValue[] = [];
  for (let j = 0; j < levels; j++) {
    // 12 significant digits: 0.1 + 0.4 · 2/4 is 0.3 in the run list, not 0.30000000000000004
    const x = j === 0 ? min : j === levels - 1 ? max : Number((min + ((max - min) * j) / (levels - 1)).toPrecision(12));
    out.push(factor.integer ? Math.round(x) : x);
  }
  return out;
}
