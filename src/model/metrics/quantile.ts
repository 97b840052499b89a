/**
 * Quantiles by the (n + 1)p rule (Hyndman & Fan's type 6, the Weibull plotting position): the
 * p-quantile lies at rank (n + 1)p of the sorted values, interpolated linearly between neighbours
 * and clamped to the extremes. The calibration, the validation figures and paired comparisons use it.
 */

/** The p-quantile (0 ≤ p ≤ 1) of values sorted ascending; NaN for an empty sample. */
export function quantileSorted(s: ArrayLike<number>, p: number): number {
  if (s.length === 0) return NaN;
  const h = Math.min(Math.max((s.length + 1) * p, 1), s.length) - 1; // 0-based position
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

/** The p-quantile (0 ≤ p ≤ 1) of `values` (not modified); NaN for an empty sample. */
export function quantile(values: readonly number[], p: number): number {
  return quantileSorted([...values].sort((a, b) => a - b), p);
}
