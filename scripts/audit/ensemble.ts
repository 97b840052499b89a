/**
 * Median and range (min–max) of a figure over the seeds of an ensemble, formatted for a markdown
 * table cell. Values that are undefined for a seed (e.g. a share never reached) are NaN: they are left
 * out of the median and range and counted in the cell ("3 of 20 seeds: not reached").
 */

export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** "median (min–max)" with `digits` decimals; NaN seeds are reported as `missing` alongside. */
export function summarize(xs: readonly number[], digits = 2, missing = 'undefined'): string {
  const ok = xs.filter((x) => !Number.isNaN(x));
  const gone = xs.length - ok.length;
  const tail = gone ? `; ${gone} of ${xs.length} seeds: ${missing}` : '';
  if (ok.length === 0) return `— (all ${xs.length} seeds: ${missing})`;
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
  return `${f(median(ok))} (${f(Math.min(...ok))}–${f(Math.max(...ok))})${tail}`;
}

/** How many of the seeds satisfy a yes/no figure: "17 of 20". */
export function countTrue(xs: readonly boolean[]): string {
  return `${xs.filter(Boolean).length} of ${xs.length}`;
}
