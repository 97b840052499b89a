/** Simulated time of a tick, in years (docs/model.md §5: row k is at startYear + k·dt). */
export function yearOfTick(tick: number, startYear: number, dt: number): number {
  return startYear + tick * dt;
}
