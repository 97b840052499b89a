/**
 * The p-quantile of weighted values (a calibration posterior's particles): the smallest value whose
 * cumulative normalized weight reaches p. NaN values and their weights are left out; NaN when nothing
 * is left.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, j) => j).filter((j) => !Number.isNaN(values[j]) && weights[j] > 0);
  order.sort((a, b) => values[a] - values[b]);
  const total = order.reduce((s, j) => s + weights[j], 0);
  if (order.length === 0 || !(total > 0)) return NaN;
  let cum = 0;
  for (const j of order) {
    cum += weights[j] / total;
    if (cum >= p - 1e-12) return values[j];
  }
  return values[order[order.length - 1]];
}
