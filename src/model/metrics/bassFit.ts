/**
 * Fits the Bass p and q to an ever-adopted share curve F(t_j) (docs/model.md §14). Method: nonlinear
 * least squares of the closed-form Bass curve started at the observed initial share F_0,
 *   (p + qF)/(1 − F) = (p + qF_0)/(1 − F_0)·e^{(p+q)t}  ⇒  F(t) = (G(t) − p)/(G(t) + q),
 * over (ln p, ln q): the best point of a 25 × 25 log grid (p 1e-4 … 1, q 1e-3 … 3 per year), then
 * Nelder–Mead from it. Deterministic; returns null when nothing was adopted after t = 0 or fewer than
 * three points are given.
 */
import { exp, hypot, log } from '../math/index.ts';
export interface BassFit {
  /** per year */
  p: number;
  q: number;
  /** root mean square residual of the share */
  rmse: number;
}

export function bassCurve(p: number, q: number, f0: number, t: number): number {
  if (f0 >= 1) return 1;
  const x = (p + q) * t;
  if (x > 700) return 1;
  const g = ((p + q * f0) / (1 - f0)) * exp(x);
  return (g - p) / (g + q);
}

export function fitBass(t: Float64Array, f: Float64Array): BassFit | null {
  const n = t.length;
  if (n < 3 || !(f[n - 1] > f[0])) return null;
  const f0 = f[0];
  const sse = (lp: number, lq: number): number => {
    const p = exp(lp);
    const q = exp(lq);
    let s = 0;
    for (let j = 0; j < n; j++) {
      const r = bassCurve(p, q, f0, t[j]) - f[j];
      s += r * r;
    }
    return s;
  };
  const G = 25;
  let best: [number, number] = [0, 0];
  let bestVal = Infinity;
  for (let a = 0; a < G; a++) {
    const lp = log(1e-4) + (a / (G - 1)) * (log(1) - log(1e-4));
    for (let b = 0; b < G; b++) {
      const lq = log(1e-3) + (b / (G - 1)) * (log(3) - log(1e-3));
      const v = sse(lp, lq);
      if (v < bestVal) {
        bestVal = v;
        best = [lp, lq];
      }
    }
  }
  // Nelder–Mead in two dimensions
  let simplex: [number, number, number][] = [
    [best[0], best[1], bestVal],
    [best[0] + 0.3, best[1], sse(best[0] + 0.3, best[1])],
    [best[0], best[1] + 0.3, sse(best[0], best[1] + 0.3)],
  ];
  for (let iter = 0; iter < 400; iter++) {
    simplex.sort((x, y) => x[2] - y[2]);
    const [b0, b1, w] = simplex;
    if (Math.abs(w[2] - b0[2]) <= 1e-15 * (1 + b0[2]) && hypot(w[0] - b0[0], w[1] - b0[1]) < 1e-9) break;
    const cx = (b0[0] + b1[0]) / 2;
    const cy = (b0[1] + b1[1]) / 2;
    const at = (c: number): [number, number, number] => {
      const x = cx + c * (w[0] - cx);
      const y = cy + c * (w[1] - cy);
      return [x, y, sse(x, y)];
    };
    const r = at(-1);
    if (r[2] < b0[2]) {
      const e = at(-2);
      simplex = [b0, b1, e[2] < r[2] ? e : r];
    } else if (r[2] < b1[2]) {
      simplex = [b0, b1, r];
    } else {
      const c = r[2] < w[2] ? at(-0.5) : at(0.5);
      if (c[2] < Math.min(r[2], w[2])) simplex = [b0, b1, c];
      else {
        const shrink = (v: [number, number, number]): [number, number, number] => {
          const x = (v[0] + b0[0]) / 2;
          const y = (v[1] + b0[1]) / 2;
          return [x, y, sse(x, y)];
        };
        simplex = [b0, shrink(b1), shrink(w)];
      }
    }
  }
  simplex.sort((x, y) => x[2] - y[2]);
  const [lp, lq, v] = simplex[0];
  return { p: exp(lp), q: exp(lq), rmse: Math.sqrt(v / n) };
}
