/**
 * Morris elementary-effects trajectories (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33, 161–174; notation of Campolongo, Cariboni & Saltelli
 * 2007). The unit cube is a grid of p levels {0, 1/(p−1), …, 1}; Δ = p / (2(p−1)). Each trajectory
 * starts at a random grid point x* with x*_i ≤ 1 − Δ, draws a random direction per factor (D*) and a
 * random order (P*), and moves one factor at a time by ±Δ: d + 1 points per trajectory,
 *   t·(d+1) + 0 → start,   t·(d+1) + s → after the s-th move.
 * Which factor moved at step s is the coordinate that differs from step s − 1 (morrisIndices.ts).
 */
import type { ResolvedFactor } from '../types.ts';
import { factorValue } from './factorValue.ts';
import type { DesignPoint } from './designPoint.ts';

export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

export function morrisDesign(factors: readonly ResolvedFactor[], trajectories: number, levels: number, random: () => number): DesignPoint[] {
  const d = factors.length;
  const delta = morrisDelta(levels);
  // start levels 0 … p/2 − 1, so that x* + Δ stays on the grid (≤ 1)
  const startLevels = levels / 2;
  const point = (u: number[]): DesignPoint => ({ values: factors.map((f, i) => factorValue(f, u[i])), u });
  const points: DesignPoint[] = [];
  for (let t = 0; t < trajectories; t++) {
    const base = factors.map(() => Math.floor(random() * startLevels) / (levels - 1));
    const up = factors.map(() => random() < 0.5);
    const order = Array.from({ length: d }, (_, i) => i);
    for (let j = d - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [order[j], order[k]] = [order[k], order[j]];
    }
    // a factor moving down starts at x* + Δ and ends at x*
    const x = base.map((b, i) => (up[i] ? b : b + delta));
    points.push(point(x.slice()));
    for (const i of order) {
      x[i] = up[i] ? base[i] + delta : base[i];
      points.push(point(x.slice()));
    }
  }
  return points;
}
