/**
 * e^x, the same double on every engine: a port of fdlibm's e_exp.c (Sun Microsystems, 1993; "Permission
 * to use, copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), in the variant V8 ships in src/base/ieee754.cc (exp(1) returns the correctly rounded e).
 * It reproduces Node's Math.exp bit for bit (checked over millions of arguments by
 * test/model/math/libm.test.ts), so results computed before this port are unchanged.
 *
 * Method (fdlibm): reduce x = k·ln2 + r with |r| ≤ ln2/2, r = hi − lo carried in two parts; approximate
 * exp(r) = 1 + r + r·c/(2 − c) with c = r − r²·P(r²) (Remez, error < 2^−59); scale by 2^k. Error < 1 ulp.
 */
import { LN2_REDUCED, reduceLn2 } from './reduceLn2.ts';
import { fromWords, highWord, lowWord } from './words.ts';

const O_THRESHOLD = 7.09782712893383973096e2; // above: overflow
const U_THRESHOLD = -7.45133219101941108420e2; // below: underflow
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const E = 2.718281828459045; // 0x4005BF0A_8B145769
const TWO_M1000 = 9.33263618503218878990e-302; // 2^−1000
const TWO_1023 = 8.988465674311579539e307; // 2^1023

export function exp(x: number): number {
  let hx = highWord(x);
  const xsb = hx >>> 31; // sign bit
  hx &= 0x7fffffff; // |x|
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78…: non-finite, overflow or underflow
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0; // exp(±∞) = ∞, 0
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    if (x === 1) return E;
    k = reduceLn2(x, hx, xsb !== 0);
    hi = LN2_REDUCED[0];
    lo = LN2_REDUCED[1];
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^−28: 1 + x is exp(x) rounded
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2 * TWO_1023;
    return y * fromWords((0x3ff00000 + (k << 20)) | 0, 0);
  }
  return y * fromWords((0x3ff00000 + ((k + 1000) << 20)) | 0, 0) * TWO_M1000;
}
