/**
 * Global channel (ω_g): V_k = visible adopters of k / N. Kept as a count plus an unordered list of
 * the visible adopters with each one's position (swap-remove), so a source can be drawn uniformly
 * in O(1) whatever N (docs/model.md §7 "for a peer channel draw the source among that channel's
 * visible adopters").
 */
import type { Kernel } from '../simulation/kernel.ts';

export function addGlobal(m: Kernel, k: number, i: number, delta: 1 | -1): void {
  const base = k * m.N;
  if (delta > 0) {
    const pos = m.visCount[k]++;
    m.visList[base + pos] = i;
    m.visPos[base + i] = pos;
  } else {
    const pos = m.visPos[base + i];
    const last = --m.visCount[k];
    const moved = m.visList[base + last];
    m.visList[base + pos] = moved;
    m.visPos[base + moved] = pos;
    m.visPos[base + i] = -1;
  }
}

/** A uniformly drawn visible adopter of k (u uniform on [0,1)); −1 if there is none. */
export function pickGlobal(m: Kernel, k: number, u: number): number {
  const count = m.visCount[k];
  return count > 0 ? m.visList[k * m.N + Math.floor(u * count)] : -1;
}
