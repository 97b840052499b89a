/**
 * The p-quantile of weighted values: the smallest value at which the cumulative weight (values
 * sorted, weights normalized to 1) reaches p — the inverse of the weighted empirical distribution
 * function, as for a posterior sample of weighted particles. Weights ≤ 0 and non-finite values are
 * left out; NaN when nothing is left.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const pairs = values.map((x, i) => [x, weights[i]] as const).filter(([x, w]) => Number.isFinite(x) && w > 0).sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  if (pairs.length === 0 || !(total > 0)) return NaN;
  // a relative slack so that p = 0.5 of two equal weights lands on the first value, not past it by rounding
  const target = p * total * (1 - 1e-12);
  let cumulative = 0;
  for (const [x, w] of pairs) {
    cumulative += w;
    if (cumulative >= target) return x;
  }
  return pairs[pairs.length - 1][0];
}
