/**
 * Morris elementary effects (Morris 1991) and their summaries: for each trajectory and factor,
 * EE_i = (f(after) − f(before)) / (u_i(after) − u_i(before)), the change of the output per unit of
 * the factor's normalized range (u ∈ [0, 1]; multiply by the range to get per-unit effects).
 *   μ  = mean EE_i,   μ* = mean |EE_i| (Campolongo, Cariboni & Saltelli 2007),   σ = SD of EE_i
 * over the r trajectories. Confidence intervals: percentile bootstrap over trajectories.
 */
import { bootstrapIntervals, type Interval } from './bootstrap.ts';
import type { BootstrapOptions } from './sobolIndices.ts';

export interface MorrisIndices {
  mu: number[];
  muStar: number[];
  sigma: number[];
  muCi: Interval[];
  muStarCi: Interval[];
  sigmaCi: Interval[];
  trajectories: number;
}

/**
 * Elementary effects [trajectory][factor] from outputs `y` and unit coordinates `u` in trajectory
 * order (d + 1 points per trajectory, one factor moving per step).
 */
export function elementaryEffects(y: ArrayLike<number>, u: readonly (readonly number[])[], factorCount: number): number[][] {
  const d = factorCount;
  const r = y.length / (d + 1);
  if (!Number.isInteger(r) || r === 0 || u.length !== y.length) throw new Error(`expected a multiple of ${d + 1} outputs (d + 1 per trajectory), got ${y.length}`);
  const effects: number[][] = [];
  for (let t = 0; t < r; t++) {
    const ee = new Array<number>(d).fill(NaN);
    for (let s = 1; s <= d; s++) {
      const before = t * (d + 1) + s - 1;
      const after = before + 1;
      const moved = u[after].findIndex((x, i) => x !== u[before][i]);
      if (moved < 0) throw new Error(`trajectory ${t} step ${s} moves no factor`);
      ee[moved] = (y[after] - y[before]) / (u[after][moved] - u[before][moved]);
    }
    effects.push(ee);
  }
  return effects;
}

export function morrisIndices(y: ArrayLike<number>, u: readonly (readonly number[])[], factorCount: number, bootstrap: BootstrapOptions): MorrisIndices {
  const d = factorCount;
  const effects = elementaryEffects(y, u, d);
  const r = effects.length;
  const summarize = (rows: ArrayLike<number>): { mu: number[]; muStar: number[]; sigma: number[] } => {
    const mu: number[] = [];
    const muStar: number[] = [];
    const sigma: number[] = [];
    for (let i = 0; i < d; i++) {
      let sum = 0;
      let abs = 0;
      for (let k = 0; k < rows.length; k++) {
        const e = effects[rows[k]][i];
        sum += e;
        abs += Math.abs(e);
      }
      const m = sum / rows.length;
      let ss = 0;
      for (let k = 0; k < rows.length; k++) ss += (effects[rows[k]][i] - m) ** 2;
      mu.push(m);
      muStar.push(abs / rows.length);
      sigma.push(rows.length > 1 ? Math.sqrt(ss / (rows.length - 1)) : NaN);
    }
    return { mu, muStar, sigma };
  };
  const point = summarize(Int32Array.from({ length: r }, (_, t) => t));
  const intervals = bootstrapIntervals(r, bootstrap.resamples, bootstrap.level, bootstrap.random, (rows) => {
    const s = summarize(rows);
    return [...s.mu, ...s.muStar, ...s.sigma];
  });
  return {
    ...point,
    muCi: intervals.slice(0, d),
    muStarCi: intervals.slice(d, 2 * d),
    sigmaCi: intervals.slice(2 * d),
    trajectories: r,
  };
}
