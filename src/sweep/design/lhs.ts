/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979): for each factor the n points fall one in
 * each of n equal strata of [0, 1], at a uniform position inside the stratum; the strata are
 * matched across factors by independent random permutations.
 */
import type { ResolvedFactor } from '../types.ts';
import { factorValue } from './factorValue.ts';
import type { DesignPoint } from './designPoint.ts';

export function lhsDesign(factors: readonly ResolvedFactor[], samples: number, random: () => number): DesignPoint[] {
  const d = factors.length;
  const columns = factors.map(() => {
    const perm = Array.from({ length: samples }, (_, j) => j);
    for (let j = samples - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [perm[j], perm[k]] = [perm[k], perm[j]];
    }
    return perm.map((stratum) => (stratum + random()) / samples);
  });
  const points: DesignPoint[] = [];
  for (let j = 0; j < samples; j++) {
    const u = Array.from({ length: d }, (_, i) => columns[i][j]);
    points.push({ values: factors.map((f, i) => factorValue(f, u[i])), u });
  }
  return points;
}
