/**
 * A distribution-free confidence interval for a median from n sorted values: the order statistics
 * x(j) and x(n + 1 − j) with the largest j whose coverage P(j ≤ B ≤ n − j), B ~ Binomial(n, ½), is
 * at least `level`. With 20 pairs that is the 6th and 15th smallest (coverage 95.9 %). With fewer
 * than 6 values no such j exists and the interval is the whole range (coverage 1 − 2^(1−n)).
 */
export function medianInterval(sorted: readonly number[], level = 0.95): readonly [number, number] {
  const n = sorted.length;
  if (n === 0) return [NaN, NaN];
  // pmf of Binomial(n, ½), built up in floating point (n is at most a few thousand pairs)
  const pmf: number[] = [2 ** -n];
  for (let k = 1; k <= n; k++) pmf.push((pmf[k - 1] * (n - k + 1)) / k);
  let j = 1; // 1-based order statistic
  let coverage = 1 - 2 * pmf[0]; // P(1 ≤ B ≤ n − 1)
  while (j + 1 <= n + 1 - (j + 1) && coverage - 2 * pmf[j] >= level) {
    coverage -= 2 * pmf[j];
    j++;
  }
  return [sorted[j - 1], sorted[n - j]];
}
