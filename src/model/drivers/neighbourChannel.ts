/**
 * Neighbour channel (ω_n): a_n = visible adopters among i's map neighbours / degree (0 without
 * neighbours). The count per (i,k) is kept incrementally: when j becomes visible or stops being
 * visible, each neighbour's count moves by one. Only stage-0 cells read the count (the 0 → 1 hazard
 * and its source draw), so only they are kept in step: a cell re-entering stage 0 (6 → 0) recounts
 * its own (`recountPeers`), and a change skips neighbours in other stages — reading the 1-byte stage
 * of a neighbour is cheaper than writing its 16-byte record in `nb`.
 */
import type { Kernel } from '../simulation/kernel.ts';
import { raiseNeighbourBound } from '../simulation/thinning.ts';

/**
 * j of innovation k became visible (delta 1) or stopped being visible (−1): its stage-0 neighbours'
 * counts move. With `neighbourBound` (the hazard bound of a stage-0 cell then holds the neighbours'
 * share at its current value) a count that rises raises the cell's bound (simulation/thinning.ts
 * raiseNeighbourBound). Called in the write phase (m.tick is the next decision's tick).
 */
export function addNeighbour(m: Kernel, k: number, j: number, delta: 1 | -1): void {
  const base = k * m.N;
  const { adjOff, adjIdx, nb, stage } = m;
  const raising = delta > 0 && m.neighbourBound;
  for (let e = adjOff[j], end = adjOff[j + 1]; e < end; e++) {
    const at = base + adjIdx[e];
    if (stage[at] !== 0) continue;
    nb[8 * at] += delta; // NB_VIS
    if (raising) raiseNeighbourBound(m, k, adjIdx[e], at);
  }
}

/** Visible neighbours and forum ties of cell (i,k) from the current stages (entering stage 0). */
export function recountPeers(m: Kernel, k: number, i: number): void {
  const base = k * m.N;
  const { adjOff, adjIdx, tieOff, tieIdx, nb, stage } = m;
  let vis = 0;
  for (let e = adjOff[i], end = adjOff[i + 1]; e < end; e++) {
    const s = stage[base + adjIdx[e]];
    if (s >= 1 && s <= 4) vis++;
  }
  let ties = 0;
  for (let e = tieOff[i], end = tieOff[i + 1]; e < end; e++) {
    const s = stage[base + tieIdx[e]];
    if (s >= 1 && s <= 4) ties++;
  }
  nb[8 * (base + i)] = vis; // NB_VIS
  nb[8 * (base + i) + 1] = ties; // NB_FORUM
}

/** The r-th visible neighbour of i (r = floor(u·count)); −1 if none. Reads the start-of-tick stages. */
export function pickNeighbour(m: Kernel, k: number, i: number, u: number): number {
  const base = k * m.N;
  let r = Math.floor(u * m.nb[8 * (base + i)]);
  const { adjOff, adjIdx, stage } = m;
  for (let e = adjOff[i], end = adjOff[i + 1]; e < end; e++) {
    const j = adjIdx[e];
    const s = stage[base + j];
    if (s >= 1 && s <= 4 && r-- === 0) return j;
  }
  return -1;
}
