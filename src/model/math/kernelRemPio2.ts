/**
 * Payne–Hanek reduction of a large argument modulo π/2: fdlibm's k_rem_pio2.c (Sun Microsystems, 1993;
 * "Permission to use, copy, modify, and distribute this software is freely granted, provided that this
 * notice is preserved"), for the precision fdlibm's e_rem_pio2.c asks (prec 2: jk = 4). The argument
 * comes as `nx` 24-bit pieces in `x` (x[0] scaled by 2^e0); the product with 2/π is formed only over
 * the bits of 2/π that matter modulo 8. Writes the remainder's head and tail to y[0], y[1] and returns
 * the last three bits of n. Only for |x| > 2^19·π/2, which the model never needs; kept complete so that
 * cos is exact everywhere.
 */
import { pow2 } from './pow2.ts';

/** 2/π in 24-bit pieces (396 hex digits). */
const IPIO2 = Int32Array.of(
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb,
  0xc561b7, 0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5,
  0x2ebb44, 0x84e99c, 0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8,
  0x97ffde, 0x05980f, 0xef2f11, 0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d,
  0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7, 0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b,
  0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e, 0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880,
  0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
);

/** π/2 in 24-bit pieces. */
const PIO2 = Float64Array.of(
  1.57079625129699707031e0, 7.54978941586159635335e-8, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
  1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
);

const TWO24 = 16777216;
const TWON24 = 5.9604644775390625e-8;
const JK = 4;

const IQ = new Int32Array(20);
const F = new Float64Array(20);
const FQ = new Float64Array(20);
const Q = new Float64Array(20);

export function kernelRemPio2(x: Float64Array, y: Float64Array, e0: number, nx: number): number {
  const jp = JK;
  const jx = nx - 1;
  let jv = ((e0 - 3) / 24) | 0; // C's integer division truncates
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);
  // f[0 … jx + jk] = ipio2[jv − jx … jv + jk]
  for (let i = 0, j = jv - jx; i <= jx + JK; i++, j++) F[i] = j < 0 ? 0 : IPIO2[j];
  for (let i = 0; i <= JK; i++) {
    let fw = 0;
    for (let j = 0; j <= jx; j++) fw += x[j] * F[jx + i - j];
    Q[i] = fw;
  }
  let jz = JK;
  let z: number;
  let n: number;
  let ih: number;
  for (;;) {
    // distill q[] into iq[], most significant last
    let i = 0;
    z = Q[jz];
    for (let j = jz; j > 0; i++, j--) {
      const fw = (TWON24 * z) | 0;
      IQ[i] = (z - TWO24 * fw) | 0;
      z = Q[j - 1] + fw;
    }
    z *= pow2(q0);
    z -= 8 * Math.floor(z * 0.125); // drop the integer part ≥ 8
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz − 1] holds bits of n
      const k = IQ[jz - 1] >> (24 - q0);
      n += k;
      IQ[jz - 1] -= k << (24 - q0);
      ih = IQ[jz - 1] >> (23 - q0);
    } else if (q0 === 0) {
      ih = IQ[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // fraction > 0.5: take 1 − fraction
      n += 1;
      let carry = 0;
      for (let k = 0; k < jz; k++) {
        const j = IQ[k];
        if (carry === 0) {
          if (j !== 0) {
            carry = 1;
            IQ[k] = 0x1000000 - j;
          }
        } else {
          IQ[k] = 0xffffff - j;
        }
      }
      if (q0 === 1) IQ[jz - 1] &= 0x7fffff;
      else if (q0 === 2) IQ[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= pow2(q0);
      }
    }
    if (z !== 0) break;
    let j = 0;
    for (let k = jz - 1; k >= JK; k--) j |= IQ[k];
    if (j !== 0) break;
    // cancellation: take more terms of 2/π and recompute
    let k = 1;
    while (JK >= k && IQ[JK - k] === 0) k++;
    for (let m = jz + 1; m <= jz + k; m++) {
      F[jx + m] = IPIO2[jv + m];
      let fw = 0;
      for (let j2 = 0; j2 <= jx; j2++) fw += x[j2] * F[jx + m - j2];
      Q[m] = fw;
    }
    jz += k;
  }
  // chop off zero terms
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (IQ[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    // break z into 24-bit pieces if needed
    z *= pow2(-q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      IQ[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      IQ[jz] = fw;
    } else {
      IQ[jz] = z | 0;
    }
  }
  // the integer pieces as doubles
  let fw = pow2(q0);
  for (let i = jz; i >= 0; i--) {
    Q[i] = fw * IQ[i];
    fw *= TWON24;
  }
  // PIo2[0 … jp] · q[jz … 0]
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k] * Q[i + k];
    FQ[jz - i] = fw;
  }
  // compress fq[] into y[0], y[1]
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += FQ[i];
  y[0] = ih === 0 ? fw : -fw;
  fw = FQ[0] - fw;
  for (let i = 1; i <= jz; i++) fw += FQ[i];
  y[1] = ih === 0 ? fw : -fw;
  return n & 7;
}
