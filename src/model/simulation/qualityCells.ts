/**
 * Quality along its path (docs/model.md §6: dQ/dt = g·(1 − Q) − e·Q while in stages 2–4, g =
 * η_Q·(r + s)/2, e = η_gap·gap, both constant per cell during a run). Between two stage changes the
 * ODE is linear with constant coefficients, so its exact solution is known:
 *
 *   Q(t) = Q* + (Q_a − Q*)·e^{−(g + e)·(t − t_a)·dt},   Q* = g / (g + e),
 *
 * from the *anchor* (Q_a, t_a), set when the cell's Q starts or stops moving (it enters or leaves
 * stages 2–4) and at an adoption or pilot (the start quality). Outside stages 2–4 Q is frozen at Q_a.
 * A cell's path and anchor are one record (kernel.ts `cell`, 32 bytes): an evaluation is one
 * cache line. So nothing is
 * stepped per tick: a reader evaluates `qualityAt` at the tick it needs (the start-of-tick Q of a
 * decision, a source's Q at adoption, an optimizing locality's demonstration status), and the public
 * `quality` array is written from the anchors only when a caller can look at it (`syncQuality`, at
 * the end of tick(n), seek and restore). Row t shows Q after t − t_a years·dt of motion, the same
 * timing as a per-tick update read at the start of the next tick. Every value is rounded to float32
 * (the precision of `quality`), in the kernel too, so the kernel and the public array agree.
 *
 * The cells in stages 2–4 are kept as a bitset over the N·K cells (`qBits`) for `syncQuality`, read
 * word by word (ascending index, forward streams). It and the demonstration crossings are functions
 * of the stages and anchors: not checkpointed, rebuilt after a restore.
 *
 * Demonstration status (drivers/demoNearby.ts) depends on Q ≥ Q_demo in stage 4. On the exact path Q
 * moves monotonically towards Q*, so an optimizing cell crosses Q_demo at most once before its next
 * stage change: `scheduleDemoCrossing` finds that row when the cell enters stage 4 (from the exact
 * crossing time, moved to the row where the evaluated, rounded Q itself crosses), and the kernel
 * refreshes the cell's status then (`takeDemoCrossings`). A stale entry (the cell left stage 4
 * since) is harmless: refreshing recomputes the status from the current state.
 */
import type { Kernel } from './kernel.ts';
import * as layout from './kernel.ts';
import { exp, log } from '../math/index.ts';

const Q = layout.CELL_STRIDE;
const Q_STAR = layout.Q_STAR;
const Q_RATE = layout.Q_RATE;
const Q_REF = layout.Q_REF;
const Q_TICK = layout.Q_TICK;
const moves = (s: number): boolean => s >= 2 && s <= 4;

/** Q of cell idx at row `tick` (float32), from its anchor; frozen outside stages 2–4. */
export function qualityAt(m: Kernel, idx: number, tick: number): number {
  const qp = m.cell;
  const at = Q * idx;
  const q0 = qp[at + Q_REF];
  const s = m.stage[idx];
  if (s < 2 || s > 4) return q0;
  const qStar = qp[at + Q_STAR];
  return Math.fround(qStar + (q0 - qStar) * exp(-qp[at + Q_RATE] * (tick - qp[at + Q_TICK])));
}

/**
 * Before cell idx goes from its stage to `to` at row m.tick: if its Q stops moving, its Q so far
 * becomes the anchor (in `quality` too); if it starts moving, it moves from now on. The bitset of
 * moving cells follows.
 */
export function anchorQuality(m: Kernel, idx: number, to: number): void {
  const was = moves(m.stage[idx]);
  if (was === moves(to)) return;
  const at = Q * idx;
  if (was) {
    const q = qualityAt(m, idx, m.tick);
    m.cell[at + Q_REF] = q;
    m.quality[idx] = q;
    m.qBits[idx >>> 5] &= ~(1 << (idx & 31));
  } else m.qBits[idx >>> 5] |= 1 << (idx & 31);
  m.cell[at + Q_TICK] = m.tick;
}

/** Sets the quality of cell idx at row m.tick (an adoption's start quality, a pilot's 0.5). */
export function setQuality(m: Kernel, idx: number, q: number): void {
  const q32 = Math.fround(q);
  m.cell[Q * idx + Q_REF] = q32;
  m.cell[Q * idx + Q_TICK] = m.tick;
  m.quality[idx] = q32;
}

/** Writes the current Q of every moving cell into `quality` (the public array). */
export function syncQuality(m: Kernel): void {
  const { qBits, quality, tick } = m;
  const words = qBits.length;
  for (let w = 0; w < words; w++) {
    let b = qBits[w];
    if (b === 0) continue;
    const base = w << 5;
    do {
      const low = b & -b;
      b ^= low;
      const idx = base + 31 - Math.clz32(low);
      quality[idx] = qualityAt(m, idx, tick);
    } while (b !== 0);
  }
}

/**
 * The first row after m.tick at which the optimizing cell idx is on the other side of Q_demo, if that
 * happens by the end of the run: there its demonstration status is refreshed. Called when the cell
 * enters stage 4 (its path is then fixed until its next stage change).
 */
export function scheduleDemoCrossing(m: Kernel, idx: number): void {
  const now = m.tick;
  const above = qualityAt(m, idx, now) >= m.qDemo;
  // the path tends to Q*: no crossing unless Q* lies on the other side
  if (m.cell[Q * idx + Q_STAR] >= m.qDemo === above) return;
  const end = m.totalTicks;
  if (end <= now || qualityAt(m, idx, end) >= m.qDemo === above) return;
  // Q(row) is monotone in the row, so the first crossed row is unique in (now, end]: start from the
  // row where the exact path reaches Q_demo, then step to where the rounded evaluation crosses.
  const at = Q * idx;
  const qStar = m.cell[at + Q_STAR];
  const rows = log((m.cell[at + Q_REF] - qStar) / (m.qDemo - qStar)) / m.cell[at + Q_RATE];
  let hi = Math.ceil(m.cell[at + Q_TICK] + rows);
  hi = hi > now ? (hi < end ? hi : end) : now + 1;
  while (qualityAt(m, idx, hi) >= m.qDemo === above) hi++;
  while (hi - 1 > now && qualityAt(m, idx, hi - 1) >= m.qDemo !== above) hi--;
  const list = m.demoCrossings.get(hi);
  if (list) list.push(idx);
  else m.demoCrossings.set(hi, [idx]);
}

/** The cells whose demonstration status may change at row `tick` (their lists are removed). */
export function takeDemoCrossings(m: Kernel, tick: number): readonly number[] | undefined {
  const list = m.demoCrossings.get(tick);
  if (list) m.demoCrossings.delete(tick);
  return list;
}

/** The bitset, the crossings ahead and `quality` from the stages and anchors (after a restore). */
export function rebuildQualityCells(m: Kernel): void {
  const { stage, qBits } = m;
  qBits.fill(0);
  m.demoCrossings.clear();
  for (let idx = 0; idx < stage.length; idx++) {
    const s = stage[idx];
    m.quality[idx] = m.cell[Q * idx + Q_REF];
    if (moves(s)) qBits[idx >>> 5] |= 1 << (idx & 31);
    if (s === 4) scheduleDemoCrossing(m, idx);
  }
  syncQuality(m);
}
