/**
 * Capacity and digital gap (小马拉大车 / 数字化陷阱), docs/model.md §6:
 * gap_ik = max(0, c_k − r_i) + max(0, g_k − d_i) ∈ [0, 2], with the levered r and d. Static per
 * (locality, innovation): computed once per run into an N×K field (index k·N + i).
 */
export function gap(complexity: number, digital: number, r: number, d: number): number {
  return Math.max(0, complexity - r) + Math.max(0, digital - d);
}

export function gapField(innovations: readonly { complexity: number; digital: number }[], r: Float64Array, d: Float64Array): Float64Array {
  const n = r.length;
  const out = new Float64Array(n * innovations.length);
  for (let k = 0; k < innovations.length; k++) {
    const { complexity, digital } = innovations[k];
    for (let i = 0; i < n; i++) out[k * n + i] = gap(complexity, digital, r[i], d[i]);
  }
  return out;
}
