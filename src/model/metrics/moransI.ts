/**
 * Moran's I of a value over a CSR graph with binary symmetric weights, restricted to the localities
 * where `include` is 1 (edges with both ends included):
 * I = (n / W)·Σ_ij w_ij (x_i − x̄)(x_j − x̄) / Σ_i (x_i − x̄)². Null without a graph, with fewer than
 * three included localities, no edge among them, or zero variance.
 */
export function moransI(x: Float64Array, include: Uint8Array, offsets: Int32Array | null, indices: Int32Array | null): number | null {
  if (!offsets || !indices) return null;
  const n = x.length;
  let count = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (include[i]) {
      count++;
      sum += x[i];
    }
  }
  if (count < 3) return null;
  const mean = sum / count;
  let den = 0;
  let num = 0;
  let W = 0;
  for (let i = 0; i < n; i++) {
    if (!include[i]) continue;
    const di = x[i] - mean;
    den += di * di;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = indices[e];
      if (!include[j]) continue;
      num += di * (x[j] - mean);
      W++;
    }
  }
  if (W === 0 || !(den > 0)) return null;
  return (count / W) * (num / den);
}
