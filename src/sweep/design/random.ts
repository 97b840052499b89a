/** Simple random sampling: each coordinate uniform on [0, 1), from the sweep's seeded design stream. */
import type { ResolvedFactor } from '../types.ts';
import { factorValue } from './factorValue.ts';
import type { DesignPoint } from './designPoint.ts';

export function randomDesign(factors: readonly ResolvedFactor[], samples: number, random: () => number): DesignPoint[] {
  const points: DesignPoint[] = [];
  for (let j = 0; j < samples; j++) {
    const u = factors.map(() => random());
    points.push({ values: factors.map((f, i) => factorValue(f, u[i])), u });
  }
  return points;
}
