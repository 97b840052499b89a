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
 */
import { LN2_HI, LN2_LO } from './reduceLn2.ts';
import { highWord, lowWord, withHighWord } from './words.ts';

const TWO54 = 1.8014398509481984e16; // 2^54
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^−1022: zero, negative or subnormal
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity; // log(±0)
    if (hx < 0) return NaN; // log(negative)
    k -= 54;
    x *= TWO54; // scale a subnormal up
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^−20 ≤ f < 2^−20
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const r = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}
