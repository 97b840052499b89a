/**
 * Saltelli's sampling scheme for Sobol' indices (Saltelli 2002; Saltelli et al. 2010, "Variance
 * based sensitivity analysis of model output", Comput. Phys. Commun. 181, 259–270): N points of a
 * 2d-dimensional Sobol' sequence give matrices A (first d coordinates) and B (last d); AB_i is A
 * with column i taken from B. Points come in blocks of d + 2 per base sample j:
 *   j·(d+2) + 0 → A_j,   j·(d+2) + 1 → B_j,   j·(d+2) + 2 + i → AB_j^(i)
 * so N·(d + 2) points estimate every first- and total-order index. The sequence starts at point 1:
 * point 0 is the origin, which would map to the lower bound of every factor at once (and to −∞ for
 * an unbounded quantile).
 */
import type { ResolvedFactor } from '../types.ts';
import { factorValue } from './factorValue.ts';
import { sobolSequence } from './sobolSequence.ts';
import type { DesignPoint } from './designPoint.ts';

export const SALTELLI_A = 0;
export const SALTELLI_B = 1;

/** Points per base sample: A, B and one AB_i per factor. */
export function saltelliBlock(factorCount: number): number {
  return factorCount + 2;
}

export function saltelliDesign(factors: readonly ResolvedFactor[], samples: number): DesignPoint[] {
  const d = factors.length;
  const seq = sobolSequence(2 * d);
  seq.next(); // skip the origin
  const point = (u: number[]): DesignPoint => ({ values: factors.map((f, i) => factorValue(f, u[i])), u });
  const points: DesignPoint[] = [];
  for (let j = 0; j < samples; j++) {
    const x = seq.next();
    const a = Array.from(x.subarray(0, d));
    const b = Array.from(x.subarray(d));
    points.push(point(a), point(b));
    for (let i = 0; i < d; i++) {
      const ab = a.slice();
      ab[i] = b[i];
      points.push(point(ab));
    }
  }
  return points;
}
