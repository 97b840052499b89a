/**
 * e^x − 1, accurate near 0, the same double on every engine: a port of fdlibm's s_expm1.c (Sun
 * Microsystems, 1993; "Permission to use, copy, modify, and distribute this software is freely
 * granted, provided that this notice is preserved"), as V8 ships it in src/base/ieee754.cc. It
 * reproduces Node's Math.expm1 bit for bit (test/model/math/libm.test.ts).
 *
 * Method (fdlibm): reduce x = k·ln2 + r (|r| ≤ ln2/2) with a correction c for the rounding of r;
 * expm1(r) from a rational form r + r²/2 + r³/2·(3 − (R1 + R1·r/2))/(6 − r(3 − R1·r/2)), R1 a degree-5
 * polynomial in r² (Remez, error < 2^−61); scale back by 2^k choosing the form that loses the least.
 * Error < 1 ulp.
 */
import { LN2_REDUCED, reduceLn2 } from './reduceLn2.ts';
import { fromWords, highWord, lowWord } from './words.ts';

const O_THRESHOLD = 7.09782712893383973096e2;
// Q_n scaled by 2^n, for R1(2z) with z = x²/2
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;
const TWO_1023 = 8.98846567431158e307; // as V8 writes 0x1p1023

export function expm1(x: number): number {
  let hx = highWord(x);
  const xsb = hx >>> 31;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| ≥ 56·ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
        return xsb === 0 ? x : -1; // expm1(±∞) = ∞, −1
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (xsb !== 0) return -1; // x < −56·ln2: −1 rounded
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    k = reduceLn2(x, hx, xsb !== 0);
    const hi = LN2_REDUCED[0];
    const lo = LN2_REDUCED[1];
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^−54
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    if (k === 1024) y = y * 2 * TWO_1023;
    else y = y * fromWords((0x3ff00000 + (k << 20)) | 0, 0);
    return y - 1;
  }
  let y: number;
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 − 2^−k
    y = t - (e - x);
  } else {
    t = fromWords((0x3ff - k) << 20, 0); // 2^−k
    y = x - (e + t);
    y += 1;
  }
  return y * fromWords((0x3ff00000 + (k << 20)) | 0, 0);
}
