/**
 * The cosine, the same double on every engine: fdlibm's s_cos.c (Sun Microsystems, 1993; "Permission
 * to use, copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved"), the algorithm Node 20's Math.cos runs; it reproduces that Math.cos bit for bit
 * (test/model/math/libm.test.ts). Newer V8 (Chromium) computes Math.cos with another library, whose
 * last bit differs for some arguments.
 *
 * Method: reduce x to y = x − n·π/2 (|y| ≤ π/4, head + tail, remPio2), then by n mod 4 take
 * cos(y), −sin(y), −cos(y) or sin(y) from the kernels on [−π/4, π/4]. Error < 1 ulp.
 */
import { kernelCos } from './kernelCos.ts';
import { kernelSin } from './kernelSin.ts';
import { REM_PIO2, remPio2 } from './remPio2.ts';
import { highWord } from './words.ts';

export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0); // |x| ≤ π/4
  if (ix >= 0x7ff00000) return x - x; // ±∞, NaN → NaN
  const n = remPio2(x);
  const y0 = REM_PIO2[0];
  const y1 = REM_PIO2[1];
  switch (n & 3) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1, true);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1, true);
  }
}
