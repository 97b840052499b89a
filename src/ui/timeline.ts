/** Simulated time of a tick, in years (DESIGN.md §2.3: row k is at startYear + k·dt). */
export function yearOfTick(tick: number, startYear: number, dt: number): number {
  return startYear + tick * dt;
}

/** The first tick at which a whole simulated year `year` has begun (for "go to year" controls). */
export function tickOfYear(year: number, startYear: number, dt: number, totalTicks: number): number {
  const t = Math.ceil((year - startYear) / dt - 1e-9);
  return Math.max(0, Math.min(totalTicks, t));
}
