/**
 * Which items (cells, or localities for leader turnover) are due at a tick, without scanning all of
 * them every tick. A calendar keeps, beside each item's due tick (`due`, the truth), a ring of
 * R = 2·W buckets, one per tick of the window [start, start + R): setting an item's due tick inside
 * the window appends the item to that tick's bucket — a sequential write, where a per-tick bitset
 * cost two writes to random cache lines (clear the old bit, set the new one) in a ring of N·K·R bits
 * far larger than the caches. Buckets are never cleaned: an item whose due tick moved leaves a
 * stale entry behind, and an item may be appended twice. Taking a tick therefore marks its bucket's
 * items in a bitset over all items (N·K bits, cache-resident), reads the marked words in ascending
 * order — for cells the (innovation, locality) order decisions are made in, so random draws come in
 * the same order whatever the history — and keeps only the items still due at that tick.
 * Items due later than the window are only in `due`; every W ticks the window moves on by W and one
 * pass over `due` brings in the items of the W new ticks. The buckets are a function of `due` and
 * the current tick (rebuilt on restore, never checkpointed).
 */

/** ticks per block: the window moves on by W, one pass over `due` each time */
export const CAL_BLOCK = 32;
/** buckets in the ring (ticks in the window) */
export const CAL_TICKS = 2 * CAL_BLOCK;

export interface Calendar {
  /** due tick of item idx at due[stride·idx + at] (NEVER: not due within any horizon); a stride > 1
   * keeps it in a record with other per-item fields (leader turnover: kernel.ts `turnLoad`) */
  readonly due: Int32Array;
  readonly stride: number;
  readonly at: number;
  readonly items: number;
  /** CAL_TICKS buckets of item indices (grown by doubling) and their lengths */
  readonly buckets: Int32Array[];
  readonly lengths: Int32Array;
  /** scratch bitset over the items, all zero between takes */
  readonly mark: Int32Array;
  /** first tick of the window */
  start: number;
}

export function createCalendar(items: number, due = new Int32Array(items), stride = 1, at = 0): Calendar {
  const buckets: Int32Array[] = [];
  for (let r = 0; r < CAL_TICKS; r++) buckets.push(new Int32Array(16));
  return { due, stride, at, items, buckets, lengths: new Int32Array(CAL_TICKS), mark: new Int32Array((items + 31) >>> 5), start: 0 };
}

/** Appends item idx to the bucket of ring slot r. */
function append(cal: Calendar, r: number, idx: number): void {
  const n = cal.lengths[r];
  let bucket = cal.buckets[r];
  if (n === bucket.length) {
    const grown = new Int32Array(2 * n);
    grown.set(bucket);
    cal.buckets[r] = bucket = grown;
  }
  bucket[n] = idx;
  cal.lengths[r] = n + 1;
}

/** Sets the due tick of item idx (a tick not yet taken). */
export function setDue(cal: Calendar, idx: number, tick: number): void {
  cal.due[cal.stride * idx + cal.at] = tick;
  if (tick < cal.start + CAL_TICKS) append(cal, tick % CAL_TICKS, idx);
}

/** Moves the window so that it starts at the block of `tick` (a pass over `due` per block moved). */
function advance(cal: Calendar, tick: number): void {
  const { due, stride, at, items } = cal;
  while (tick >= cal.start + CAL_BLOCK) {
    const from = cal.start + CAL_TICKS; // items due in [from, from + W) enter the window
    cal.start += CAL_BLOCK;
    const to = from + CAL_BLOCK;
    for (let idx = 0; idx < items; idx++) {
      const d = due[stride * idx + at];
      if (d >= from && d < to) append(cal, d % CAL_TICKS, idx);
    }
  }
}

/**
 * The items due at `tick`, ascending, into `out`; returns how many. Empties the tick's bucket (the
 * caller gives each of them a due tick later than `tick`). Ticks must be taken in increasing order.
 */
export function takeDue(cal: Calendar, tick: number, out: Int32Array): number {
  return take(cal, tick, out, true);
}

/**
 * As takeDue, but without the check that each listed item is still due at `tick`: stale entries
 * stay in `out` and the caller skips an item whose due tick is not `tick`. For a caller that reads
 * the item's record anyway (decide.ts: the due tick is in the cell record), so that the record's
 * cache line is loaded once, by the caller, instead of once here and again there.
 */
export function takeListed(cal: Calendar, tick: number, out: Int32Array): number {
  return take(cal, tick, out, false);
}

function take(cal: Calendar, tick: number, out: Int32Array, check: boolean): number {
  advance(cal, tick);
  const { due, mark, stride, at } = cal;
  const r = tick % CAL_TICKS;
  const bucket = cal.buckets[r];
  const len = cal.lengths[r];
  cal.lengths[r] = 0;
  if (len === 0) return 0;
  let lo = mark.length;
  let hi = -1;
  for (let j = 0; j < len; j++) {
    const idx = bucket[j];
    const w = idx >>> 5;
    mark[w] |= 1 << (idx & 31);
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  let n = 0;
  for (let w = lo; w <= hi; w++) {
    let b = mark[w];
    if (b === 0) continue;
    mark[w] = 0;
    const base = w << 5;
    do {
      const low = b & -b;
      b ^= low;
      const idx = base + 31 - Math.clz32(low);
      if (!check || due[stride * idx + at] === tick) out[n++] = idx;
    } while (b !== 0);
  }
  return n;
}

/** The buckets from `due`, for a window holding `tick` (at build and after restoring a checkpoint). */
export function rebuildCalendar(cal: Calendar, tick: number): void {
  const { due, stride, at, items } = cal;
  cal.lengths.fill(0);
  cal.start = tick - (tick % CAL_BLOCK);
  const end = cal.start + CAL_TICKS;
  for (let idx = 0; idx < items; idx++) {
    const d = due[stride * idx + at];
    if (d >= tick && d < end) append(cal, d % CAL_TICKS, idx);
  }
}
