/**
 * The cells whose quality moves: stages 2–4 (drivers/quality.ts). They are kept in an unordered
 * list with each cell's position (swap-remove), updated on every stage change, so the per-tick
 * quality step touches only them instead of scanning all N·K cells (with a stage test that the
 * branch predictor cannot learn). The order of the list never matters — each cell's step reads
 * only its own Q, and demonstration refreshes only add ±1 to counts — so it is not checkpointed:
 * `rebuildQualityCells` rebuilds it from the stages after a restore.
 */
import type { Kernel } from './kernel.ts';

const moves = (s: number): boolean => s >= 2 && s <= 4;

/** Keeps the list in step with a stage change from → to of cell idx. */
export function updateQualityCell(m: Kernel, idx: number, from: number, to: number): void {
  const was = moves(from);
  if (was === moves(to)) return;
  const { qList, qPos } = m;
  if (!was) {
    qPos[idx] = m.qCount;
    qList[m.qCount++] = idx;
  } else {
    const pos = qPos[idx];
    const last = qList[--m.qCount];
    qList[pos] = last;
    qPos[last] = pos;
    qPos[idx] = -1;
  }
}

/** The list from the stage array (after restoring a checkpoint). */
export function rebuildQualityCells(m: Kernel): void {
  const { stage, qList, qPos } = m;
  let n = 0;
  qPos.fill(-1);
  for (let idx = 0; idx < stage.length; idx++) {
    if (moves(stage[idx])) {
      qPos[idx] = n;
      qList[n++] = idx;
    }
  }
  m.qCount = n;
}

/**
 * Quality steps of the tick, in place, after decide.ts has read the start-of-tick Q: one Euler step
 * Q + g(1 − Q) − eQ for every cell in stages 2–4, clamped to [0,1], stored as float32. Optimizing
 * cells whose Q crosses Q_demo are noted for refreshQualityDemo (after the tick's stage changes).
 */
export function stepQualities(m: Kernel): void {
  const { qList, quality, qGrowth, qErode, demoIdx, qDemo, stage } = m;
  const n = m.qCount;
  let dc = 0;
  for (let j = 0; j < n; j++) {
    const idx = qList[j];
    const q0 = quality[idx];
    let q1 = q0 + qGrowth[idx] * (1 - q0) - qErode[idx] * q0;
    q1 = Math.fround(q1 < 0 ? 0 : q1 > 1 ? 1 : q1);
    quality[idx] = q1;
    if ((q1 >= qDemo ? q0 < qDemo : q0 >= qDemo) && stage[idx] === 4) demoIdx[dc++] = idx;
  }
  m.demoCount = dc;
}
