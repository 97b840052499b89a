/**
 * The small linear algebra and resampling the ABC-SMC engine needs (abcSmc.ts): a weighted
 * covariance, a Cholesky factor that tolerates a degenerate population, the log density of a
 * multivariate normal up to its constant, and systematic resampling. Dimensions are the number of
 * calibrated parameters (a handful), so plain arrays and O(d³) are fine.
 */

/** The weighted mean and covariance (weights summing to 1, no bias correction) of points in R^d. */
export function weightedCovariance(points: readonly (readonly number[])[], weights: readonly number[]): number[][] {
  const d = points[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  points.forEach((x, i) => x.forEach((v, k) => (mean[k] += weights[i] * v)));
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  points.forEach((x, i) => {
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a][b] += weights[i] * (x[a] - mean[a]) * (x[b] - mean[b]);
  });
  return cov;
}

/**
 * The lower Cholesky factor L (L·Lᵀ = A) of a symmetric matrix. A population that has collapsed
 * onto a point or a line gives a singular A: a pivot below `floor` (per diagonal entry, in the units of A)
 * is raised to it, so the kernel keeps exploring every axis.
 */
export function cholesky(a: readonly (readonly number[])[], floor: readonly number[]): number[][] {
  const d = a.length;
  const l = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) l[i][i] = Math.sqrt(Math.max(sum, floor[i]));
      else l[i][j] = sum / l[j][j];
    }
  }
  return l;
}

/** L·z for a lower-triangular L. */
export function lowerTimes(l: readonly (readonly number[])[], z: readonly number[]): number[] {
  return l.map((row, i) => {
    let s = 0;
    for (let k = 0; k <= i; k++) s += row[k] * z[k];
    return s;
  });
}

/**
 * log N(x | m, L·Lᵀ) without the constant −d/2·ln 2π − ln|L| (the same for every term of one
 * generation's weights, so it cancels when they are normalized).
 */
export function logKernel(l: readonly (readonly number[])[], x: readonly number[], m: readonly number[]): number {
  // solve L·y = x − m by forward substitution; the exponent is −|y|²/2
  const y: number[] = [];
  let q = 0;
  for (let i = 0; i < l.length; i++) {
    let s = x[i] - m[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y.push(s / l[i][i]);
    q += y[i] * y[i];
  }
  return -q / 2;
}

/**
 * Systematic resampling: N indices drawn with probabilities `weights` (summing to 1) from one
 * uniform u ∈ [0, 1): the points (u + m)/N, m = 0…N−1, read off the cumulative weights. Lower
 * variance than N independent draws, and a particle of weight w appears ⌊Nw⌋ or ⌈Nw⌉ times.
 */
export function systematicResample(weights: readonly number[], u: number): number[] {
  const n = weights.length;
  const out: number[] = [];
  let cumulative = weights[0];
  let i = 0;
  for (let m = 0; m < n; m++) {
    const point = (u + m) / n;
    while (point > cumulative && i < n - 1) cumulative += weights[++i];
    out.push(i);
  }
  return out;
}
