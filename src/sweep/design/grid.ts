/**
 * Full factorial grid: every combination of every factor's levels (its values, or `levels` evenly
 * spaced over its range), the first factor varying slowest, as nested loops in factor order.
 */
import type { ResolvedFactor } from '../types.ts';
import { gridLevels } from './factorValue.ts';
import type { DesignPoint } from './designPoint.ts';

export function gridSize(factors: readonly ResolvedFactor[]): number {
  return factors.reduce((n, f) => n * (f.kind === 'values' ? f.values.length : f.kind === 'range' ? (f.levels ?? 1) : 1), 1);
}

export function gridDesign(factors: readonly ResolvedFactor[]): DesignPoint[] {
  const levels = factors.map(gridLevels);
  const total = levels.reduce((n, l) => n * l.length, 1);
  const points: DesignPoint[] = [];
  for (let p = 0; p < total; p++) {
    const values = new Array(factors.length);
    let rest = p;
    for (let f = factors.length - 1; f >= 0; f--) {
      values[f] = levels[f][rest % levels[f].length];
      rest = Math.floor(rest / levels[f].length);
    }
    points.push({ values, u: null });
  }
  return points;
}
