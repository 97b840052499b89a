/**
 * The event log (docs/model.md §14): one entry per stage change — (tick, locality, innovation, from,
 * to, channel, source) — in order of tick, innovation, locality. It is the canonical record of a
 * run: maps, curves and the locality-year panel derive from it. Stored in fixed-size typed-array
 * chunks so appending never copies what is already logged and allocates only once per chunk.
 */
import { CHANNEL_IDS } from './channels.ts';

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS; // entries per chunk
const MASK = CHUNK - 1;

/** One entry, as plain numbers. `source` is −1 when the source is not a locality. */
export interface LogEntry {
  tick: number;
  locality: number;
  innovation: number;
  from: number;
  to: number;
  channel: number;
  source: number;
}

/** The whole log as contiguous columns (a copy); the log's chunks have the same shape. */
export interface EventColumns {
  tick: Int32Array;
  locality: Int32Array;
  innovation: Uint16Array;
  from: Uint8Array;
  to: Uint8Array;
  channel: Uint8Array;
  source: Int32Array;
}

/** Zeroed columns of `n` entries: one chunk of the log, or a copy of a range of it. */
function newColumns(n: number): EventColumns {
  return {
    tick: new Int32Array(n),
    locality: new Int32Array(n),
    innovation: new Uint16Array(n),
    from: new Uint8Array(n),
    to: new Uint8Array(n),
    channel: new Uint8Array(n),
    source: new Int32Array(n),
  };
}

export class EventLog {
  /** code table of the `channel` column */
  static readonly channels = CHANNEL_IDS;
  private chunks: EventColumns[] = [];
  private size = 0;

  /** number of entries */
  get length(): number {
    return this.size;
  }

  append(tick: number, locality: number, innovation: number, from: number, to: number, channel: number, source: number): void {
    const j = this.size & MASK;
    const c = this.size >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(newColumns(CHUNK));
    const chunk = this.chunks[c];
    chunk.tick[j] = tick;
    chunk.locality[j] = locality;
    chunk.innovation[j] = innovation;
    chunk.from[j] = from;
    chunk.to[j] = to;
    chunk.channel[j] = channel;
    chunk.source[j] = source;
    this.size++;
  }

  /** Entry j, written into `out` (reuse one object when iterating). */
  get(j: number, out: LogEntry = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 }): LogEntry {
    if (j < 0 || j >= this.size) throw new RangeError(`event log index ${j} out of range 0–${this.size - 1}`);
    const chunk = this.chunks[j >>> CHUNK_BITS];
    const o = j & MASK;
    out.tick = chunk.tick[o];
    out.locality = chunk.locality[o];
    out.innovation = chunk.innovation[o];
    out.from = chunk.from[o];
    out.to = chunk.to[o];
    out.channel = chunk.channel[o];
    out.source = chunk.source[o];
    return out;
  }

  /** Index of the first entry with tick ≥ `tick` (entries are in tick order). */
  indexOfTick(tick: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.chunks[mid >>> CHUNK_BITS].tick[mid & MASK] < tick) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entries [start, end) as contiguous columns (a copy; default: the whole log). */
  columns(start = 0, end = this.size): EventColumns {
    const n = Math.max(0, end - start);
    const out = newColumns(n);
    let w = 0;
    for (let j = start; j < end; ) {
      const chunk = this.chunks[j >>> CHUNK_BITS];
      const o = j & MASK;
      const take = Math.min(CHUNK - o, end - j);
      out.tick.set(chunk.tick.subarray(o, o + take), w);
      out.locality.set(chunk.locality.subarray(o, o + take), w);
      out.innovation.set(chunk.innovation.subarray(o, o + take), w);
      out.from.set(chunk.from.subarray(o, o + take), w);
      out.to.set(chunk.to.subarray(o, o + take), w);
      out.channel.set(chunk.channel.subarray(o, o + take), w);
      out.source.set(chunk.source.subarray(o, o + take), w);
      w += take;
      j += take;
    }
    return out;
  }

  /** Drops every entry from index `length` on (restoring a checkpoint). */
  truncate(length: number): void {
    if (length < 0 || length > this.size) throw new RangeError(`cannot truncate event log of ${this.size} to ${length}`);
    this.size = length;
    this.chunks.length = Math.ceil(length / CHUNK);
  }
}
