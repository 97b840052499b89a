/**
 * Neighbour channel (ω_n): a_n = visible adopters among i's map neighbours / degree (0 without
 * neighbours). The count per (i,k) is kept incrementally: when j becomes visible or stops being
 * visible, each neighbour's count moves by one — never recounted.
 */
import type { Kernel } from '../simulation/kernel.ts';

export function addNeighbour(m: Kernel, k: number, j: number, delta: 1 | -1): void {
  const base = k * m.N;
  const { adjOff, adjIdx, nb } = m;
  for (let e = adjOff[j], end = adjOff[j + 1]; e < end; e++) nb[4 * (base + adjIdx[e])] += delta; // NB_VIS
}

/** The r-th visible neighbour of i (r = floor(u·count)); −1 if none. Reads the start-of-tick stages. */
export function pickNeighbour(m: Kernel, k: number, i: number, u: number): number {
  const base = k * m.N;
  let r = Math.floor(u * m.nb[4 * (base + i)]);
  const { adjOff, adjIdx, stage } = m;
  for (let e = adjOff[i], end = adjOff[i + 1]; e < end; e++) {
    const j = adjIdx[e];
    const s = stage[base + j];
    if (s >= 1 && s <= 4 && r-- === 0) return j;
  }
  return -1;
}
