/**
 * cos(x + y) for |x| ≤ π/4, y the tail of x: fdlibm's k_cos.c (Sun Microsystems, 1993; "Permission to
 * use, copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved"). cos(x) ≈ 1 − x²/2 + x⁴·C(x²), C of degree 5 (Remez, error < 2^−58), with the correction
 * −x·y for the tail and, above 0.3, the split 1 − qx of fdlibm for a smaller rounding error.
 */
import { fromWords, highWord } from './words.ts';

const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.08757232129817482790e-9;
const C6 = -1.13596475577881948265e-11;

export function kernelCos(x: number, y: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && Math.trunc(x) === 0) return 1; // |x| < 2^−27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  const qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0); // |x|/4 with a short mantissa
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - (z * r - x * y));
}
