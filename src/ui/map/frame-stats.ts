/**
 * Running timing figures of a repeated drawing step, in milliseconds: count, mean, max, and a
 * ring of the latest samples for percentiles. Read by the frame benchmark (scripts/bench/ui-frames.ts).
 */
export class FrameStats {
  count = 0;
  totalMs = 0;
  maxMs = 0;
  lastMs = 0;
  private readonly ring: Float64Array;
  private next = 0;

  constructor(capacity = 600) {
    this.ring = new Float64Array(capacity);
  }

  add(ms: number): void {
    this.count++;
    this.totalMs += ms;
    this.lastMs = ms;
    if (ms > this.maxMs) this.maxMs = ms;
    this.ring[this.next] = ms;
    this.next = (this.next + 1) % this.ring.length;
  }

  get meanMs(): number {
    return this.count ? this.totalMs / this.count : 0;
  }

  /** The q-quantile (0–1) of the latest samples (up to the ring's capacity). */
  quantile(q: number): number {
    const n = Math.min(this.count, this.ring.length);
    if (n === 0) return 0;
    const sorted = Array.from(this.ring.subarray(0, n)).sort((a, b) => a - b);
    return sorted[Math.min(n - 1, Math.floor(q * n))];
  }

  reset(): void {
    this.count = this.totalMs = this.maxMs = this.lastMs = 0;
    this.next = 0;
  }
}
