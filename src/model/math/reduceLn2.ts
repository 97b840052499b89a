/**
 * fdlibm's argument reduction for exp and expm1 (e_exp.c, s_expm1.c; Sun Microsystems, 1993;
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved"): for |x| > ln2/2 the integer k nearest x/ln2 (k = ±1 directly below
 * 1.5·ln2, where the high word of |x| is below 0x3FF0A2B2) and r = x − k·ln2 as hi − lo, with ln2
 * split as 0x3FE62E42_FEE00000 + 0x3DEA39EF_35793C76 so that k·ln2_hi is exact (|k| < 2000); 1/ln2
 * is 0x3FF71547_652B82FE. Constants are written in place: V8 folds literals, not module constants.
 * Returns k; hi and lo are left in LN2_REDUCED[0] and LN2_REDUCED[1].
 */

/** hi, lo of the last reduction */
export const LN2_REDUCED = new Float64Array(2);

/** `ax` = |x| > ln2/2. */
export function reduceLn2(x: number, ax: number): number {
  if (ax < 1.0397205352783203) {
    const k = x > 0 ? 1 : -1;
    LN2_REDUCED[0] = x - k * 6.93147180369123816490e-1; // k·ln2_hi exact
    LN2_REDUCED[1] = k * 1.90821492927058770002e-10;
    return k;
  }
  const k = (1.44269504088896338700 * x + (x > 0 ? 0.5 : -0.5)) | 0; // C's conversion truncates toward 0
  LN2_REDUCED[0] = x - k * 6.93147180369123816490e-1;
  LN2_REDUCED[1] = k * 1.90821492927058770002e-10;
  return k;
}
