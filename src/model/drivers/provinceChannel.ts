/**
 * Province channel (ω_p): a_p = visible adopters among the *rest* of i's province / (province size − 1).
 * A locality in stage 0 is not visible itself, so the province count needs no correction when it is
 * read for a 0 → 1 hazard. Kept per (province, innovation) incrementally.
 */
import type { Kernel } from '../simulation/kernel.ts';

export function addProvince(m: Kernel, k: number, j: number, delta: 1 | -1): void {
  m.visProv[k * m.P + m.province[j]] += delta;
}

/** The r-th visible locality of i's province other than i (r = floor(u·count)); −1 if none. */
export function pickProvince(m: Kernel, k: number, i: number, u: number): number {
  const base = k * m.N;
  const p = m.province[i];
  const self = m.stage[base + i];
  const count = m.visProv[k * m.P + p] - (self >= 1 && self <= 4 ? 1 : 0);
  let r = Math.floor(u * count);
  const { provOff, provMembers, stage } = m;
  for (let e = provOff[p], end = provOff[p + 1]; e < end; e++) {
    const j = provMembers[e];
    if (j === i) continue;
    const s = stage[base + j];
    if (s >= 1 && s <= 4 && r-- === 0) return j;
  }
  return -1;
}
