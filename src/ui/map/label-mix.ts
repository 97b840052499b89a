import { labelCode } from './label-codes.ts';

/**
 * An antialiased pixel of the label raster explained as a mix of (at most) two labels: canvas
 * compositing is linear in the colours, so a pixel that features a and b share holds
 * wa·code(a) + wb·code(b) (premultiplied), whatever the colours are. Weights are shares of the
 * pixel (0–1); `err` is the squared misfit summed over R, G, B and alpha (in 0–255 units).
 */
export interface LabelMix {
  a: number;
  b: number;
  wa: number;
  wb: number;
  err: number;
}

/**
 * Code colours of labels 0 … count−1 as columns [r, g, b, 255] (the alpha row makes the weights
 * add up to the coverage), for `fitLabelMix`.
 */
export function codeColumns(count: number): Float64Array {
  const cols = new Float64Array(4 * count);
  for (let label = 0; label < count; label++) {
    const c = labelCode(label);
    cols.set([(c >>> 16) & 255, (c >>> 8) & 255, c & 255, 255], 4 * label);
  }
  return cols;
}

/**
 * The best one- or two-label explanation of `target` (premultiplied [r, g, b, a], 0–255) among
 * `labels[0 … count−1]`, by least squares with non-negative weights (`cols` from `codeColumns`).
 * Writes into `out` and returns it; `out.err` is Infinity when there is no candidate.
 */
export function fitLabelMix(target: Float64Array, labels: Int32Array, count: number, cols: Float64Array, out: LabelMix): LabelMix {
  out.a = out.b = 0;
  out.wa = out.wb = 0;
  out.err = Infinity;
  const tr = target[0];
  const tg = target[1];
  const tb = target[2];
  const ta = target[3];
  const tt = tr * tr + tg * tg + tb * tb + ta * ta;
  for (let i = 0; i < count; i++) {
    const x = 4 * labels[i];
    const xx = cols[x] * cols[x] + cols[x + 1] * cols[x + 1] + cols[x + 2] * cols[x + 2] + cols[x + 3] * cols[x + 3];
    const xp = cols[x] * tr + cols[x + 1] * tg + cols[x + 2] * tb + cols[x + 3] * ta;
    // One label: w = <x, p> / <x, x>.
    const w = Math.max(0, xp / xx);
    const e1 = tt - 2 * w * xp + w * w * xx;
    if (e1 < out.err) {
      out.a = out.b = labels[i];
      out.wa = w;
      out.wb = 0;
      out.err = e1;
    }
    for (let j = i + 1; j < count; j++) {
      const y = 4 * labels[j];
      const yy = cols[y] * cols[y] + cols[y + 1] * cols[y + 1] + cols[y + 2] * cols[y + 2] + cols[y + 3] * cols[y + 3];
      const xy = cols[x] * cols[y] + cols[x + 1] * cols[y + 1] + cols[x + 2] * cols[y + 2] + cols[x + 3] * cols[y + 3];
      const yp = cols[y] * tr + cols[y + 1] * tg + cols[y + 2] * tb + cols[y + 3] * ta;
      const det = xx * yy - xy * xy;
      if (det <= 1e-9 * xx * yy) continue;
      const wa = (yy * xp - xy * yp) / det;
      const wb = (xx * yp - xy * xp) / det;
      if (wa < 0 || wb < 0) continue; // the single-label fits cover the boundary
      const e2 = tt - 2 * (wa * xp + wb * yp) + wa * wa * xx + 2 * wa * wb * xy + wb * wb * yy;
      if (e2 < out.err) {
        out.a = labels[i];
        out.b = labels[j];
        out.wa = wa;
        out.wb = wb;
        out.err = e2;
      }
    }
  }
  if (out.wb > out.wa) {
    const b = out.a;
    out.a = out.b;
    out.b = b;
    const w = out.wa;
    out.wa = out.wb;
    out.wb = w;
  }
  return out;
}
