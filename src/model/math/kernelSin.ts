/**
 * sin(x + y) for |x| ≤ π/4, y the tail of x (used only when `hasTail`): fdlibm's k_sin.c (Sun
 * Microsystems, 1993; "Permission to use, copy, modify, and distribute this software is freely
 * granted, provided that this notice is preserved"). sin(x) ≈ x + x³·S(x²), S of degree 6 (Remez,
 * error < 2^−58), plus (1 − x²/2)·y for the tail.
 */
import { highWord } from './words.ts';

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

export function kernelSin(x: number, y: number, hasTail: boolean): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && Math.trunc(x) === 0) return x; // |x| < 2^−27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!hasTail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}
