/**
 * x − n·π/2 with |result| ≤ π/4, as a head and a tail: fdlibm's e_rem_pio2.c (Sun Microsystems, 1993;
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved"). Below 3π/4 one step with π/2 split 33 + 53 bits; up to 2^19·π/2 Cody–Waite
 * with π/2 in three 33-bit parts (good to 151 bits); beyond, Payne–Hanek (kernelRemPio2).
 * Returns n; the remainder is left in REM_PIO2[0] (head) and REM_PIO2[1] (tail).
 */
import { kernelRemPio2 } from './kernelRemPio2.ts';
import { highWord, lowWord, withHighWord, withLowWord } from './words.ts';

/** The remainder of the last remPio2 call: head, tail. */
export const REM_PIO2 = new Float64Array(2);

const INV_PIO2 = 6.36619772367581382433e-1; // 53 bits of 2/π
const PIO2_1 = 1.57079632673412561417; // first 33 bits of π/2
const PIO2_1T = 6.07710050650619224932e-11; // π/2 − PIO2_1
const PIO2_2 = 6.07710050630396597660e-11; // second 33 bits
const PIO2_2T = 2.02226624879595063154e-21; // π/2 − (PIO2_1 + PIO2_2)
const PIO2_3 = 2.02226624871116645580e-21; // third 33 bits
const PIO2_3T = 8.47842766036889956997e-32; // π/2 − (PIO2_1 + PIO2_2 + PIO2_3)
const TWO24 = 16777216;
/** The second and third rounds of the medium range: π/2's next part, its tail, the bits cancelled before it. */
const PIO2_PART = Float64Array.of(PIO2_2, PIO2_3);
const PIO2_PART_TAIL = Float64Array.of(PIO2_2T, PIO2_3T);
const ROUND_CANCELLED = Int32Array.of(16, 49);

/** High words of n·π/2, n = 1 … 32: arguments this close to a multiple need the longer π/2. */
const NPIO2_HW = Int32Array.of(
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb,
  0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb,
  0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c,
  0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
);

const TX = new Float64Array(3);

export function remPio2(x: number): number {
  const y = REM_PIO2;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≤ π/4: nothing to reduce
    y[0] = x;
    y[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3π/4: n = ±1
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        y[0] = z - PIO2_1T;
        y[1] = z - y[0] - PIO2_1T;
      } else {
        // near π/2: 33 + 33 + 53 bits of π/2
        z -= PIO2_2;
        y[0] = z - PIO2_2T;
        y[1] = z - y[0] - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      y[0] = z + PIO2_1T;
      y[1] = z - y[0] + PIO2_1T;
    } else {
      z += PIO2_2;
      y[0] = z + PIO2_2T;
      y[1] = z - y[0] + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| ≤ 2^19·π/2: medium size
    let t = Math.abs(x);
    const n = (t * INV_PIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T; // first round, good to 85 bits
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      y[0] = r - w; // no cancellation
    } else {
      const j = ix >> 20;
      y[0] = r - w;
      // a second round (good to 118 bits) when more than 16 bits cancelled, a third (151 bits, covers
      // every case) when more than 49 did
      for (let round = 0; round < 2; round++) {
        if (j - ((highWord(y[0]) >> 20) & 0x7ff) <= ROUND_CANCELLED[round]) break;
        t = r;
        w = fn * PIO2_PART[round];
        r = t - w;
        w = fn * PIO2_PART_TAIL[round] - (t - r - w);
        y[0] = r - w;
      }
    }
    y[1] = r - y[0] - w;
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }
  if (ix >= 0x7ff00000) {
    // ±∞ or NaN
    y[0] = y[1] = x - x;
    return 0;
  }
  // large: split |x|·2^−e0 into three 24-bit pieces, e0 = ilogb(x) − 23
  let z = withLowWord(0, lowWord(x));
  const e0 = (ix >> 20) - 1046;
  z = withHighWord(z, ix - (e0 << 20));
  for (let i = 0; i < 2; i++) {
    TX[i] = z | 0;
    z = (z - TX[i]) * TWO24;
  }
  TX[2] = z;
  let nx = 3;
  while (TX[nx - 1] === 0) nx--;
  const n = kernelRemPio2(TX, y, e0, nx);
  if (hx < 0) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}
