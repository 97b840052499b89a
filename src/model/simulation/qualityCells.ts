/**
 * The cells whose quality moves: stages 2–4 (drivers/quality.ts), kept as a bitset over the N·K
 * cells, updated on every stage change, so the per-tick quality step touches only them instead of
 * testing the stage of all N·K cells (a branch the predictor cannot learn). The set is read word by
 * word, so the step walks the cells in ascending index: quality, growth and erosion are then read
 * as forward streams the prefetcher follows (an unordered list sent every step to a random cache
 * line; on the 800 × 800 lattice that was a third of the run). Each cell's step reads only its own
 * Q and demonstration refreshes only add ±1 to counts, so the order changes no result. The bitset
 * is a function of the stages: not checkpointed, rebuilt by `rebuildQualityCells` after a restore.
 */
import type { Kernel } from './kernel.ts';

const moves = (s: number): boolean => s >= 2 && s <= 4;

/** Keeps the set in step with a stage change from → to of cell idx. */
export function updateQualityCell(m: Kernel, idx: number, from: number, to: number): void {
  const was = moves(from);
  if (was === moves(to)) return;
  if (was) m.qBits[idx >>> 5] &= ~(1 << (idx & 31));
  else m.qBits[idx >>> 5] |= 1 << (idx & 31);
}

/** The set from the stage array (after restoring a checkpoint). */
export function rebuildQualityCells(m: Kernel): void {
  const { stage, qBits } = m;
  qBits.fill(0);
  for (let idx = 0; idx < stage.length; idx++) if (moves(stage[idx])) qBits[idx >>> 5] |= 1 << (idx & 31);
}

/**
 * Quality steps of the tick, in place, after decide.ts has read the start-of-tick Q: one Euler step
 * Q + g(1 − Q) − eQ for every cell in stages 2–4, clamped to [0,1], stored as float32. Optimizing
 * cells whose Q crosses Q_demo are noted for refreshQualityDemo (after the tick's stage changes).
 */
export function stepQualities(m: Kernel): void {
  const { qBits, quality, qRates, demoIdx, qDemo, stage } = m;
  const words = qBits.length;
  let dc = 0;
  for (let w = 0; w < words; w++) {
    let b = qBits[w];
    if (b === 0) continue;
    const base = w << 5;
    do {
      const low = b & -b;
      b ^= low;
      const idx = base + 31 - Math.clz32(low);
      const q0 = quality[idx];
      let q1 = q0 + qRates[2 * idx] * (1 - q0) - qRates[2 * idx + 1] * q0; // growth, erosion
      q1 = Math.fround(q1 < 0 ? 0 : q1 > 1 ? 1 : q1);
      quality[idx] = q1;
      if ((q1 >= qDemo ? q0 < qDemo : q0 >= qDemo) && stage[idx] === 4) demoIdx[dc++] = idx;
    } while (b !== 0);
  }
  m.demoCount = dc;
}
