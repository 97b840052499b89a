/**
 * Percentile bootstrap (Efron & Tibshirani 1993, §13.3): resample the n independent units (base
 * samples of a Saltelli design, trajectories of a Morris design) with replacement B times, recompute
 * the statistic, and take the (α/2, 1 − α/2) quantiles. Resampling draws from a seeded stream, so
 * confidence intervals are reproducible like everything else.
 */

export interface Interval {
  low: number;
  high: number;
}

/**
 * Runs `statistic(indices)` on B resamples of 0 … n−1 and returns, per output component, the
 * percentile interval at `level` (e.g. 0.95). `statistic` returns a fixed-length array.
 */
export function bootstrapIntervals(
  n: number,
  resamples: number,
  level: number,
  random: () => number,
  statistic: (indices: Int32Array) => readonly number[],
): Interval[] {
  const draws: number[][] = [];
  const indices = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) indices[j] = Math.floor(random() * n);
    const s = statistic(indices);
    s.forEach((x, c) => (draws[c] ??= []).push(x));
  }
  const alpha = (1 - level) / 2;
  return draws.map((column) => {
    const sorted = column.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    return { low: quantile(sorted, alpha), high: quantile(sorted, 1 - alpha) };
  });
}

/** Linear-interpolation quantile (type 7) of sorted values; NaN when empty. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
