/**
 * Signs of life from a worker that is working, so that the page's watchdog can tell a busy worker
 * from a dead one without a fixed per-call timeout. A worker-side timer alone cannot do it: it never
 * fires while the worker runs a long synchronous loop (a run, a large world's build), and it keeps
 * firing in a worker whose call will never answer. So beats come from two places while a call is
 * in progress: the long loops themselves (`beat()` between ticks and between the phases of a
 * build; it sends at most one message every HEARTBEAT_MS), and a timer that covers the awaits in
 * between (file loading). A worker stuck in an endless loop, or closed, sends nothing — the watchdog
 * restarts it once it has been silent for its bound.
 */

/** The message a worker posts as a heartbeat (Comlink ignores messages without an `id`). */
export const HEARTBEAT_TYPE = 'idl-heartbeat';

/** Most one beat every this many ms (far below any watchdog bound, cheap to post). */
export const HEARTBEAT_MS = 250;

/** Ticks per chunk grow while a chunk takes less than this (ms): beats stay frequent, chunks few. */
const CHUNK_MS = 50;

/** Whether a worker message is a heartbeat. */
export function isHeartbeat(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEARTBEAT_TYPE;
}

export class Heartbeat {
  private last = -Infinity;
  private active = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  /** `send` posts one heartbeat message; without it, beats cost one comparison. */
  constructor(
    private readonly send?: () => void,
    private readonly everyMs = HEARTBEAT_MS,
  ) {}

  /** A sign of life from inside a long loop: sent when the last one is older than HEARTBEAT_MS. */
  beat(): void {
    if (!this.send) return;
    const now = performance.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    this.send();
  }

  /**
   * `sim.tick(n)` with beats between chunks of ticks. Chunks double while one takes under CHUNK_MS,
   * so a run of 240 ticks is about 8 chunks (results are the same for any chunking: a tick is a tick).
   * Without a sender it is one `tick(n)`. Returns the ticks done.
   */
  ticks(sim: { tick(n: number): number }, n: number): number {
    if (!this.send) return sim.tick(n);
    let done = 0;
    for (let chunk = 1; done < n; ) {
      const t0 = performance.now();
      const k = sim.tick(Math.min(chunk, n - done));
      if (k === 0) break;
      done += k;
      this.beat();
      if (performance.now() - t0 < CHUNK_MS) chunk *= 2;
    }
    return done;
  }

  /** Runs a call, beating on a timer while it awaits (the loops inside beat for themselves). */
  async during<T>(call: () => Promise<T>): Promise<T> {
    if (!this.send) return call();
    if (this.active++ === 0) this.timer = setInterval(() => this.beat(), this.everyMs);
    this.beat();
    try {
      return await call();
    } finally {
      if (--this.active === 0) clearInterval(this.timer);
    }
  }
}
