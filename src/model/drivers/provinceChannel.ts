/**
 * Province channel (ω_p): a_p = visible adopters among the *rest* of i's province / (province size − 1).
 * A locality in stage 0 is not visible itself, so the province count needs no correction when it is
 * read for a 0 → 1 hazard. Kept per (province, innovation) incrementally, with a bitset of the
 * visible members (by position in the province, `provPos`) for source draws: picking the r-th visible
 * member reads ⌈size/32⌉ words instead of the stages of the whole province (1,600 localities on the
 * benchmark lattice).
 */
import type { Kernel } from '../simulation/kernel.ts';

export function addProvince(m: Kernel, k: number, j: number, delta: 1 | -1): void {
  const p = m.province[j];
  m.visProv[k * m.P + p] += delta;
  const pos = m.provPos[j];
  const w = k * m.provWords + m.provWordOff[p] + (pos >>> 5);
  if (delta > 0) m.provBits[w] |= 1 << (pos & 31);
  else m.provBits[w] &= ~(1 << (pos & 31));
}

/** Set bits in a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * The r-th visible locality of i's province other than i (r = floor(u·count)), in ascending locality
 * order; −1 if none. Reads the start-of-tick state (the bits change only in the write phase).
 */
export function pickProvince(m: Kernel, k: number, i: number, u: number): number {
  const p = m.province[i];
  const self = m.stage[k * m.N + i];
  const count = m.visProv[k * m.P + p] - (self >= 1 && self <= 4 ? 1 : 0);
  let r = Math.floor(u * count);
  const { provBits, provOff, provMembers } = m;
  const w0 = k * m.provWords + m.provWordOff[p];
  const w1 = w0 + ((m.provSize[p] + 31) >>> 5);
  const selfPos = m.provPos[i];
  const selfWord = w0 + (selfPos >>> 5);
  for (let w = w0; w < w1; w++) {
    let b = provBits[w];
    if (w === selfWord) b &= ~(1 << (selfPos & 31));
    const c = popcount(b);
    if (r >= c) {
      r -= c;
      continue;
    }
    while (r-- > 0) b &= b - 1; // drop the r lowest set bits
    return provMembers[provOff[p] + ((w - w0) << 5) + 31 - Math.clz32(b & -b)];
  }
  return -1;
}
