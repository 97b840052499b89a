/**
 * Which items (cells, or localities for leader turnover) are due at a tick, without scanning all of
 * them every tick. A calendar keeps, beside each item's due tick, a ring of R = 2·W bitsets, one per
 * tick of the window [start, start + R), with a bit for every item due in that tick; reading a
 * tick's bitset word by word yields its items in ascending index — for cells the (innovation,
 * locality) order decisions are made in, so random draws come in the same order whatever the
 * history. Items due later than the window are only in `due`; every W ticks the window moves on by
 * W and one pass over `due` brings in the items of the W new ticks. The bitsets are a function of
 * `due` and the current tick (rebuilt on restore, never checkpointed).
 */

/** ticks per block: the window moves on by W, one pass over `due` each time */
export const CAL_BLOCK = 32;
/** bitsets in the ring (ticks in the window) */
export const CAL_TICKS = 2 * CAL_BLOCK;

export interface Calendar {
  /** due tick per item (NEVER: not due within any horizon) */
  readonly due: Int32Array;
  /** CAL_TICKS bitsets of `words` 32-bit words */
  readonly bits: Int32Array;
  readonly words: number;
  /** first tick of the window */
  start: number;
}

export function createCalendar(items: number): Calendar {
  const words = (items + 31) >>> 5;
  return { due: new Int32Array(items), bits: new Int32Array(CAL_TICKS * words), words, start: 0 };
}

/** Sets the due tick of item idx, keeping the bitsets in step. */
export function setDue(cal: Calendar, idx: number, tick: number): void {
  const { due, bits, words } = cal;
  const end = cal.start + CAL_TICKS;
  const old = due[idx];
  if (old < end) bits[(old % CAL_TICKS) * words + (idx >>> 5)] &= ~(1 << (idx & 31));
  due[idx] = tick;
  if (tick < end) bits[(tick % CAL_TICKS) * words + (idx >>> 5)] |= 1 << (idx & 31);
}

/** Moves the window so that it starts at the block of `tick` (a pass over `due` per block moved). */
function advance(cal: Calendar, tick: number): void {
  const { due, bits, words } = cal;
  while (tick >= cal.start + CAL_BLOCK) {
    const from = cal.start + CAL_TICKS; // items due in [from, from + W) enter the window
    cal.start += CAL_BLOCK;
    const to = from + CAL_BLOCK;
    for (let idx = 0; idx < due.length; idx++) {
      const d = due[idx];
      if (d >= from && d < to) bits[(d % CAL_TICKS) * words + (idx >>> 5)] |= 1 << (idx & 31);
    }
  }
}

/**
 * The items due at `tick`, ascending, into `out`; returns how many. Empties the tick's bitset (the
 * caller gives each of them a due tick later than `tick`). Ticks must be taken in increasing order.
 */
export function takeDue(cal: Calendar, tick: number, out: Int32Array): number {
  advance(cal, tick);
  const { bits, words } = cal;
  const at = (tick % CAL_TICKS) * words;
  let n = 0;
  for (let w = 0; w < words; w++) {
    let b = bits[at + w];
    if (b === 0) continue;
    bits[at + w] = 0;
    const base = w << 5;
    while (b !== 0) {
      const low = b & -b;
      out[n++] = base + 31 - Math.clz32(low);
      b ^= low;
    }
  }
  return n;
}

/** The bitsets from `due`, for a window holding `tick` (at build and after restoring a checkpoint). */
export function rebuildCalendar(cal: Calendar, tick: number): void {
  const { due, bits, words } = cal;
  bits.fill(0);
  cal.start = tick - (tick % CAL_BLOCK);
  const end = cal.start + CAL_TICKS;
  for (let idx = 0; idx < due.length; idx++) {
    const d = due[idx];
    if (d >= tick && d < end) bits[(d % CAL_TICKS) * words + (idx >>> 5)] |= 1 << (idx & 31);
  }
}
