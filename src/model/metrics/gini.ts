/** Gini coefficient of non-negative values (mean absolute difference / twice the mean); null if empty or all 0. */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  for (let j = 0; j < n; j++) {
    total += s[j];
    weighted += (2 * (j + 1) - n - 1) * s[j];
  }
  return total > 0 ? weighted / (n * total) : null;
}
