/**
 * Timing helpers of `npm run bench`: run workloads several times after warm-ups and keep the median,
 * so one slow run (another process on the shared cores, a GC pause) does not decide. Workloads that
 * are compared (model and reference) run interleaved — model, reference, model, … — so both meet
 * the same background load; the fastest run is kept too, as the least disturbed estimate.
 */
export interface Timed {
  /** seconds spent building (world → simulation), median */
  build: number;
  /** seconds spent in tick(), median */
  tick: number;
  /** seconds spent in tick(), fastest run */
  best: number;
  /** every run's tick seconds, in order */
  ticks: number[];
}

export interface Workload {
  /** builds a fresh runner; timed as "build" */
  build(): { tick(n: number): unknown };
  ticks: number;
  /** ticks of each warm-up run (default: ticks); fewer keeps a long case's warm-up short */
  warmupTicks?: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Times each workload `runs` times after `warmups` untimed runs, interleaving the workloads. */
export function timeInterleaved(works: readonly Workload[], runs: number, warmups = 1): Timed[] {
  const builds = works.map(() => [] as number[]);
  const ticks = works.map(() => [] as number[]);
  for (let r = 0; r < warmups + runs; r++) {
    works.forEach((work, w) => {
      const t0 = performance.now();
      const runner = work.build();
      const t1 = performance.now();
      runner.tick(r < warmups ? (work.warmupTicks ?? work.ticks) : work.ticks);
      const t2 = performance.now();
      if (r >= warmups) {
        builds[w].push((t1 - t0) / 1000);
        ticks[w].push((t2 - t1) / 1000);
      }
    });
  }
  return works.map((_, w) => ({ build: median(builds[w]), tick: median(ticks[w]), best: Math.min(...ticks[w]), ticks: ticks[w] }));
}
