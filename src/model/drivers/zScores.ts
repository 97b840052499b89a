/**
 * z(x) = clamp((x − m_x)/s_x, −3, 3) with m_x, s_x the mean and (population) SD of the *baseline*
 * world — after the scenario's attribute overrides, before levers — so a lever that raises x for
 * every locality raises z for every locality (docs/model.md §6). z = 0 where s_x = 0.
 */
export interface Moments {
  mean: number;
  sd: number;
}

export function moments(x: Float64Array): Moments {
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i];
  const mean = n ? sum / n : 0;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i] - mean) * (x[i] - mean);
  return { mean, sd: n ? Math.sqrt(ss / n) : 0 };
}

/** z-scores of `values` against frozen baseline moments. */
export function zScores(values: Float64Array, baseline: Moments): Float64Array {
  const out = new Float64Array(values.length);
  if (!(baseline.sd > 1e-12)) return out;
  for (let i = 0; i < values.length; i++) {
    const z = (values[i] - baseline.mean) / baseline.sd;
    out[i] = z < -3 ? -3 : z > 3 ? 3 : z;
  }
  return out;
}
