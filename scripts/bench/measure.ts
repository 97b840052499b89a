/**
 * Timing helpers of `npm run bench`: run a workload several times after a warm-up and keep the
 * median, so one slow run (another process on the shared cores, a GC pause) does not decide.
 */
export interface Timed {
  /** seconds spent building (world → simulation), median */
  build: number;
  /** seconds spent in tick(), median */
  tick: number;
  /** every run's tick seconds, in order */
  ticks: number[];
}

export interface Workload {
  /** builds a fresh runner; timed as "build" */
  build(): { tick(n: number): unknown };
  ticks: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeWorkload(work: Workload, runs: number, warmups = 1): Timed {
  const builds: number[] = [];
  const ticks: number[] = [];
  for (let r = 0; r < warmups + runs; r++) {
    const t0 = performance.now();
    const runner = work.build();
    const t1 = performance.now();
    runner.tick(work.ticks);
    const t2 = performance.now();
    if (r >= warmups) {
      builds.push((t1 - t0) / 1000);
      ticks.push((t2 - t1) / 1000);
    }
  }
  return { build: median(builds), tick: median(ticks), ticks };
}
