/**
 * The p-quantile of weighted values (a calibration posterior's particles): the smallest value whose
 * cumulative normalized weight reaches p — the inverse of the weighted empirical distribution
 * function. NaN values and weights ≤ 0 are left out; NaN when nothing is left.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, j) => j).filter((j) => !Number.isNaN(values[j]) && weights[j] > 0);
  order.sort((a, b) => values[a] - values[b]);
  const total = order.reduce((s, j) => s + weights[j], 0);
  if (order.length === 0 || !(total > 0)) return NaN;
  let cum = 0;
  for (const j of order) {
    cum += weights[j] / total;
    // the slack keeps p = 0.5 of two equal weights on the first value, not past it by rounding
    if (cum >= p - 1e-12) return values[j];
  }
  return values[order[order.length - 1]];
}
