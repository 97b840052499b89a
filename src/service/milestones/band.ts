/**
 * Where a milestone target's figure must lie, in the figure's unit: lo ≤ x ≤ hi (x > lo when
 * `above`); a missing bound is open. `npm run validation` reads the seeds' median against it, the
 * app the current run's figure.
 */
export interface Band {
  lo?: number;
  hi?: number;
  above?: boolean;
}

/** The figure lies in the band (NaN never does). */
export function inBand(x: number, band: Band): boolean {
  if (Number.isNaN(x)) return false;
  if (band.lo !== undefined && (band.above ? x <= band.lo : x < band.lo)) return false;
  return band.hi === undefined || x <= band.hi;
}
