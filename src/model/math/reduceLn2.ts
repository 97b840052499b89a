/**
 * fdlibm's argument reduction for exp and expm1 (e_exp.c, s_expm1.c; Sun Microsystems, 1993;
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved"): for |x| > ln2/2 find the integer k nearest x/ln2 (k = ±1 directly below
 * 1.5·ln2) and r = x − k·ln2 as hi − lo, with ln2 split so that k·LN2_HI is exact. Returns k; hi and
 * lo are left in LN2_REDUCED[0] and LN2_REDUCED[1].
 */
export const LN2_HI = 6.93147180369123816490e-1; // 0x3FE62E42_FEE00000, k·LN2_HI exact for |k| < 2000
export const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF_35793C76
const INV_LN2 = 1.44269504088896338700; // 0x3FF71547_652B82FE

/** hi, lo of the last reduction */
export const LN2_REDUCED = new Float64Array(2);

/** `hx`: the high word of |x|; `negative`: x's sign bit. Only for |x| > ln2/2. */
export function reduceLn2(x: number, hx: number, negative: boolean): number {
  let k: number;
  if (hx < 0x3ff0a2b2) {
    // |x| < 1.5·ln2: k = ±1
    k = negative ? -1 : 1;
    LN2_REDUCED[0] = negative ? x + LN2_HI : x - LN2_HI;
    LN2_REDUCED[1] = negative ? -LN2_LO : LN2_LO;
  } else {
    k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0; // C's conversion truncates toward 0
    LN2_REDUCED[0] = x - k * LN2_HI;
    LN2_REDUCED[1] = k * LN2_LO;
  }
  return k;
}
