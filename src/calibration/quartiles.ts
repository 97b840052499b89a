/**
 * Median and quartiles of a sample by the (n + 1)p rule (Hyndman & Fan's type 6, the Weibull
 * plotting position): the p-quantile lies at rank (n + 1)p of the sorted values, interpolated
 * linearly between neighbours and clamped to the extremes. The validation figures use it throughout.
 */
export interface Quartiles {
  median: number;
  /** 25th percentile */
  q1: number;
  /** 75th percentile */
  q3: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of `values` (not modified); NaN for an empty sample. */
export function quantile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const h = Math.min(Math.max((s.length + 1) * p, 1), s.length) - 1; // 0-based position
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

export function quartiles(values: readonly number[]): Quartiles {
  return { median: quantile(values, 0.5), q1: quantile(values, 0.25), q3: quantile(values, 0.75) };
}
