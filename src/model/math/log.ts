/**
 * The natural logarithm, the same double on every engine: a port of fdlibm's e_log.c (Sun
 * Microsystems, 1993; "Permission to use, copy, modify, and distribute this software is freely
 * granted, provided that this notice is preserved"), the algorithm Node 20's Math.log runs. It
 * reproduces that Math.log bit for bit (test/model/math/libm.test.ts); newer V8 (Chromium) switched
 * Math.log to a correctly rounded library, which differs from fdlibm in the last bit for some
 * arguments — ln 3 among them — and that is why the model does not call Math.log.
 *
 * Method (fdlibm): x = 2^k·(1 + f) with √2/2 < 1 + f < √2; s = f/(2 + f) and
 * log(1 + f) = f − (f²/2 − s·(f²/2 + R(s²))), R a degree-7 polynomial in s² (Remez, error < 2^−58.45);
 * log(x) = k·ln2_hi + (log(1 + f) + k·ln2_lo). Error < 1 ulp.
 *
 * The constants are written in place (V8 folds literals, not module constants): ln2 split as
 * 0x3FE62E42_FEE00000 + 0x3DEA39EF_35793C76 (k·ln2_hi exact for |k| < 2000), 2^54, and the Remez
 * coefficients Lg1 … Lg7.
 */
import { POW2, POW2_ZERO } from './pow2.ts';
import { highWord, lowWord } from './words.ts';

export function log(x: number): number {
  const hx = highWord(x);
  if (hx < 0x00100000 || hx >= 0x7ff00000) return logOffRange(x, hx);
  return logNormal(x, hx, 0);
}

/** Zero, negative, subnormal, +∞ or NaN (kept apart so that the common path stays small enough to inline). */
function logOffRange(x: number, hx: number): number {
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity; // log(±0)
  if (hx < 0) return NaN; // log(negative), log(−∞), −NaN
  x *= 1.8014398509481984e16; // scale a subnormal up by 2^54
  return logNormal(x, highWord(x), -54);
}

/** log of a positive normal x with high word hx, plus k·ln2. */
function logNormal(x: number, hx0: number, k: number): number {
  let hx = hx0;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  // fdlibm sets x's exponent to 0 (or −1 when its fraction is above ≈ √2 − 1, i = 0x100000): the same
  // as scaling by 2^−e exactly, which does not write a word into the double (a stall on x86)
  const e = (hx0 >> 20) - 1023 + (i >> 20);
  x *= POW2[POW2_ZERO - e];
  k += e;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) return logNearOne(f, k); // −2^−20 ≤ f < 2^−20
  const s = f / (2 + f);
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (3.999999999940941908e-1 + w * (2.222219843214978396e-1 + w * 1.531383769920937332e-1));
  const t2 = z * (6.666666666666735130e-1 + w * (2.857142874366239149e-1 + w * (1.818357216161805012e-1 + w * 1.479819860511658591e-1)));
  i |= j;
  const r = t2 + t1;
  // fdlibm writes k = 0 apart (f − (hfsq − s·(hfsq + R)), f − s·(f − R)); the general form gives the
  // same double there (0·ln2 terms vanish, and −(a − b) is b − a exactly; the result is never 0
  // since |f| ≥ 2^−20), and one form keeps log small enough to inline
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k * 6.93147180369123816490e-1 - (hfsq - (s * (hfsq + r) + k * 1.90821492927058770002e-10) - f);
  }
  return k * 6.93147180369123816490e-1 - (s * (f - r) - k * 1.90821492927058770002e-10 - f);
}

/** log(2^k·(1 + f)) for |f| < 2^−20. */
function logNearOne(f: number, k: number): number {
  if (f === 0) {
    if (k === 0) return 0;
    return k * 6.93147180369123816490e-1 + k * 1.90821492927058770002e-10;
  }
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  if (k === 0) return f - r;
  return k * 6.93147180369123816490e-1 - (r - k * 1.90821492927058770002e-10 - f);
}
