/**
 * e^x − 1, accurate near 0, the same double on every engine: a port of fdlibm's s_expm1.c (Sun
 * Microsystems, 1993; "Permission to use, copy, modify, and distribute this software is freely
 * granted, provided that this notice is preserved"), as V8 ships it in src/base/ieee754.cc. It
 * reproduces Node's Math.expm1 bit for bit (test/model/math/libm.test.ts).
 *
 * Method (fdlibm): reduce x = k·ln2 + r (|r| ≤ ln2/2) with a correction c for the rounding of r;
 * expm1(r) from a rational form r + r²/2 + r³/2·(3 − (R1 + R1·r/2))/(6 − r(3 − R1·r/2)), R1 a degree-5
 * polynomial in r² (Remez, error < 2^−61, coefficients Q1 … Q5 scaled by 2^n); scale back by 2^k
 * choosing the form that loses the least. Error < 1 ulp.
 *
 * As in exp.ts, high-word thresholds are compared as the doubles they stand for, and the constants
 * (ln2 split as in exp.ts, 1/ln2, Q1 … Q5) are written in place: this is the model's hot path.
 */
import { POW2, POW2_ZERO } from './pow2.ts';
import { LN2_REDUCED, reduceLn2 } from './reduceLn2.ts';

export function expm1(x: number): number {
  const ax = x < 0 ? -x : x;
  // the common case first and small, so that V8 inlines it: |x| ≤ ln2/2 (high word ≤ 0x3FD62E42), k = 0
  if (ax > 0.34657359123229975 || x !== x) return expm1Reduced(x, ax);
  if (ax < 5.551115123125783e-17) return x; // |x| < 2^−54
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  return x - (x * correction(x, hfx, hxs) - hxs);
}

/** fdlibm's E term before the reduction's correction: hxs·(R1 − t)/(6 − x·t), t = 3 − R1·x/2. */
function correction(x: number, hfx: number, hxs: number): number {
  const r1 =
    1 +
    hxs *
      (-3.33333333333331316428e-2 +
        hxs * (1.58730158725481460165e-3 + hxs * (-7.93650757867487942473e-5 + hxs * (4.00821782732936239552e-6 + hxs * -2.01099218183624371326e-7))));
  const t = 3 - r1 * hfx;
  return hxs * ((r1 - t) / (6 - x * t));
}

/** |x| > ln2/2 or NaN: reduce x = k·ln2 + r (k ≠ 0) and scale back. */
function expm1Reduced(x: number, ax: number): number {
  if (!(ax < 38.81622314453125)) {
    // high word ≥ 0x4043687A (|x| ≥ 56·ln2), or NaN
    if (x !== x) return x + x;
    if (!(ax < 709.7822265625)) {
      // high word ≥ 0x40862E42
      if (ax === Infinity) return x > 0 ? x : -1; // expm1(±∞) = ∞, −1
      if (x > 7.09782712893383973096e2) return Infinity;
    }
    if (x < 0) return -1; // x < −56·ln2: −1 rounded
  }
  const k = reduceLn2(x, ax);
  const hi = LN2_REDUCED[0];
  const lo = LN2_REDUCED[1];
  x = hi - lo;
  const c = hi - x - lo;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  let e = correction(x, hfx, hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    if (k === 1024) y = y * 2 * 8.98846567431158e307; // as V8 writes 0x1p1023
    else y = y * POW2[k + POW2_ZERO];
    return y - 1;
  }
  let y: number;
  if (k < 20) {
    y = 1 - POW2[POW2_ZERO - k] - (e - x); // (1 − 2^−k, exact) − (e − x)
  } else {
    y = x - (e + POW2[POW2_ZERO - k]); // 2^−k
    y += 1;
  }
  return y * POW2[k + POW2_ZERO];
}
