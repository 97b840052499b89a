/**
 * First- and total-order Sobol' indices from a Saltelli design (saltelli.ts: blocks of d + 2 outputs
 * per base sample j: f(A_j), f(B_j), f(AB_j^(1)) … f(AB_j^(d))). Estimators of Saltelli et al. 2010
 * (Comput. Phys. Commun. 181, 259–270, Table 2):
 *   S_i  = (1/N) Σ_j f(B_j)·(f(AB_j^(i)) − f(A_j)) / V                    (first order, their (b))
 *   ST_i = (1/2N) Σ_j (f(A_j) − f(AB_j^(i)))² / V                         (total order, Jansen 1999)
 * with V the variance of all f(A) and f(B) values. Confidence intervals: percentile bootstrap over
 * base samples (a block is resampled whole, keeping A, B and AB together).
 */
import { bootstrapIntervals, type Interval } from './bootstrap.ts';

export interface SobolIndices {
  /** first order per factor */
  first: number[];
  /** total order per factor */
  total: number[];
  firstCi: Interval[];
  totalCi: Interval[];
  /** variance of the output over A and B */
  variance: number;
  samples: number;
}

export interface BootstrapOptions {
  resamples: number;
  /** confidence level, e.g. 0.95 */
  level: number;
  random: () => number;
}

/** Indices from outputs `y` in Saltelli block order; N = y.length / (d + 2). */
export function sobolIndices(y: ArrayLike<number>, factorCount: number, bootstrap: BootstrapOptions): SobolIndices {
  const d = factorCount;
  const block = d + 2;
  if (y.length % block !== 0 || y.length === 0) throw new Error(`expected a multiple of ${block} outputs (d + 2 per base sample), got ${y.length}`);
  const N = y.length / block;
  const all = Int32Array.from({ length: N }, (_, j) => j);
  const estimate = (rows: Int32Array): { first: number[]; total: number[]; variance: number } => {
    const n = rows.length;
    let mean = 0;
    for (const j of rows) mean += y[j * block] + y[j * block + 1];
    mean /= 2 * n;
    let variance = 0;
    for (const j of rows) variance += (y[j * block] - mean) ** 2 + (y[j * block + 1] - mean) ** 2;
    variance /= 2 * n - 1;
    const first: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < d; i++) {
      let s = 0;
      let t = 0;
      for (const j of rows) {
        const a = y[j * block];
        const b = y[j * block + 1];
        const ab = y[j * block + 2 + i];
        s += b * (ab - a);
        t += (a - ab) ** 2;
      }
      first.push(s / n / variance);
      total.push(t / (2 * n) / variance);
    }
    return { first, total, variance };
  };
  const point = estimate(all);
  const intervals = bootstrapIntervals(N, bootstrap.resamples, bootstrap.level, bootstrap.random, (rows) => {
    const e = estimate(rows);
    return [...e.first, ...e.total];
  });
  return {
    first: point.first,
    total: point.total,
    firstCi: intervals.slice(0, d),
    totalCi: intervals.slice(d),
    variance: point.variance,
    samples: N,
  };
}
