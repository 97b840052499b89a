/** Simulated time of a tick, in years (row k is at startYear + k·dt). */
export function yearOfTick(tick: number, startYear: number, dt: number): number {
  return startYear + tick * dt;
}

/**
 * Model years below this are not calendar years but years counted from the start of a world with
 * no calendar (the Bass preset starts at year 0). They are written "year 10, month 1", never as
 * dates: JavaScript's Date would put the years 0–99 in the 1900s ("Jan 1910").
 */
export const FIRST_CALENDAR_YEAR = 1000;

/** Whether a simulated time (years) is a calendar date. */
export function isCalendarTime(time: number): boolean {
  return time >= FIRST_CALENDAR_YEAR;
}

/**
 * Year and month (1–12) of a simulated time in years: month = floor(fraction × 12) + 1, rounded
 * to absorb the floating error of tick × dt.
 */
export function yearMonthOf(time: number): { year: number; month: number } {
  const year = Math.floor(time + 1e-9);
  return { year, month: Math.min(11, Math.floor((time - year) * 12 + 1e-6)) + 1 };
}
