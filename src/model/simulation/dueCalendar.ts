/**
 * Which cells the decision of a tick must look at (thinning.ts: their `due` tick), without scanning
 * all N·K cells every tick. A ring of R = 2·W bitsets, one per tick of the window
 * [calStart, calStart + R), holds a bit for every cell due in that tick; reading a tick's bitset
 * word by word yields its cells in ascending index — the (innovation, locality) order decisions are
 * made in, so the random draws come in the same order whatever the history. Cells due later than
 * the window are only in `due`; every W ticks the window moves on by W and one pass over `due`
 * brings in the cells of the W new ticks. The bitsets are derived from `due` (rebuilt on restore).
 */
import type { Kernel } from './kernel.ts';

/** ticks per block: the window moves on by W, one pass over `due` each time */
export const CAL_BLOCK = 32;
/** bitsets in the ring (ticks in the window) */
export const CAL_TICKS = 2 * CAL_BLOCK;

/** 32-bit words per bitset */
export const calWords = (cells: number): number => (cells + 31) >>> 5;

/** Sets the due tick of cell idx, keeping the bitsets in step. */
export function setDue(m: Kernel, idx: number, tick: number): void {
  const { due, dueBits, calWordsPer } = m;
  const end = m.calStart + CAL_TICKS;
  const old = due[idx];
  if (old < end) dueBits[(old % CAL_TICKS) * calWordsPer + (idx >>> 5)] &= ~(1 << (idx & 31));
  due[idx] = tick;
  if (tick < end) dueBits[(tick % CAL_TICKS) * calWordsPer + (idx >>> 5)] |= 1 << (idx & 31);
}

/** Moves the window so that it starts at the block of `tick` (a pass over `due` per block moved). */
function advance(m: Kernel, tick: number): void {
  const { due, dueBits, calWordsPer } = m;
  while (tick >= m.calStart + CAL_BLOCK) {
    const from = m.calStart + CAL_TICKS; // cells due in [from, from + W) enter the window
    m.calStart += CAL_BLOCK;
    const to = from + CAL_BLOCK;
    for (let idx = 0; idx < due.length; idx++) {
      const d = due[idx];
      if (d >= from && d < to) dueBits[(d % CAL_TICKS) * calWordsPer + (idx >>> 5)] |= 1 << (idx & 31);
    }
  }
}

/**
 * The cells due at `tick`, ascending, into `out`; returns how many. Empties the tick's bitset (the
 * decision gives each of them a new due tick, later than `tick`).
 */
export function takeDue(m: Kernel, tick: number, out: Int32Array): number {
  advance(m, tick);
  const { dueBits, calWordsPer } = m;
  const at = (tick % CAL_TICKS) * calWordsPer;
  let n = 0;
  for (let w = 0; w < calWordsPer; w++) {
    let bits = dueBits[at + w];
    if (bits === 0) continue;
    dueBits[at + w] = 0;
    const base = w << 5;
    while (bits !== 0) {
      const low = bits & -bits;
      out[n++] = base + 31 - Math.clz32(low);
      bits ^= low;
    }
  }
  return n;
}

/** The bitsets from `due`, for a window holding `tick` (at build and after restoring a checkpoint). */
export function rebuildCalendar(m: Kernel, tick: number): void {
  const { due, dueBits, calWordsPer } = m;
  dueBits.fill(0);
  m.calStart = tick - (tick % CAL_BLOCK);
  const end = m.calStart + CAL_TICKS;
  for (let idx = 0; idx < due.length; idx++) {
    const d = due[idx];
    if (d >= tick && d < end) dueBits[(d % CAL_TICKS) * calWordsPer + (idx >>> 5)] |= 1 << (idx & 31);
  }
}
