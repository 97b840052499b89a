/**
 * Forum and pairing channel (ω_f): a_f = visible adopters among i's forum ties and the localities of
 * the provinces paired with i's (east–west pairing) / their number. Forum-tie counts are kept per
 * (i,k) incrementally; the pairing part is the province counts of the partner provinces, summed once
 * per tick per (province, innovation) into `pairVis`.
 */
import type { Kernel } from '../simulation/kernel.ts';

export function addForum(m: Kernel, k: number, j: number, delta: 1 | -1): void {
  const base = k * m.N;
  const { tieOff, tieIdx, nb, stage } = m;
  // as for neighbours (neighbourChannel.ts): only stage-0 cells read the count and are kept in step
  for (let e = tieOff[j], end = tieOff[j + 1]; e < end; e++) {
    const at = base + tieIdx[e];
    if (stage[at] === 0) nb[8 * at + 1] += delta; // NB_FORUM
  }
}

/** Start of tick: visible adopters in the partner provinces of every province, per innovation. */
export function refreshPairing(m: Kernel): void {
  const { P, K, pairOff, pairIdx, visProv, pairVis } = m;
  if (pairIdx.length === 0) return;
  for (let k = 0; k < K; k++) {
    for (let p = 0; p < P; p++) {
      let sum = 0;
      for (let e = pairOff[p]; e < pairOff[p + 1]; e++) sum += visProv[k * P + pairIdx[e]];
      pairVis[k * P + p] = sum;
    }
  }
}

/** The r-th visible locality among i's forum ties then its partner provinces; −1 if none. */
export function pickForum(m: Kernel, k: number, i: number, u: number): number {
  const base = k * m.N;
  const p = m.province[i];
  let r = Math.floor(u * (m.nb[8 * (base + i) + 1] + m.pairVis[k * m.P + p]));
  const { tieOff, tieIdx, stage, pairOff, pairIdx, provOff, provMembers } = m;
  for (let e = tieOff[i], end = tieOff[i + 1]; e < end; e++) {
    const j = tieIdx[e];
    const s = stage[base + j];
    if (s >= 1 && s <= 4 && r-- === 0) return j;
  }
  for (let e = pairOff[p]; e < pairOff[p + 1]; e++) {
    const q = pairIdx[e];
    for (let f = provOff[q], end = provOff[q + 1]; f < end; f++) {
      const j = provMembers[f];
      const s = stage[base + j];
      if (s >= 1 && s <= 4 && r-- === 0) return j;
    }
  }
  return -1;
}
