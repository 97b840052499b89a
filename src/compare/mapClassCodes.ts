/**
 * How the probability maps of a comparison (the app's compare mode and the HTML report) put each
 * locality in a colour class: probabilities in equal classes over [0, 1], differences of
 * probabilities in equal classes over [−m, m] with m a round number of percentage points. The
 * labels are each caller's (the app's catalogue, the report's two languages).
 */

/** x rounded up to 1, 2, 2.5 or 5 × a power of ten. */
export function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const f = x / p;
  const step = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return Number((step * p).toPrecision(12));
}

/** Probabilities in [0, 1] → `count` classes of equal width (1 itself in the last). */
export function probabilityClassCodes(p: Float64Array, count: number): Uint8Array {
  return Uint8Array.from(p, (v) => Math.min(count - 1, Math.max(0, Math.floor(v * count + 1e-9))));
}

/**
 * The half-width of the difference map's scale: the largest |difference|, rounded up to a round
 * number of percentage points (at least 5 pp, so a map of near-zero noise is not stretched to full colour).
 */
export function differenceScale(d: Float64Array): number {
  let m = 0;
  for (const v of d) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return Math.min(1, niceCeil(Math.max(m, 0.05)));
}

/** Differences of probabilities → `count` equal classes over [−m, m] (m: differenceScale); `w`: a class's width. */
export function differenceClassCodes(d: Float64Array, count: number): { codes: Uint8Array; m: number; w: number } {
  const m = differenceScale(d);
  const w = (2 * m) / count;
  return { codes: Uint8Array.from(d, (v) => Math.min(count - 1, Math.max(0, Math.floor((v + m) / w)))), m, w };
}
