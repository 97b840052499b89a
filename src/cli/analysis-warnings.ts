/**
 * Whether sensitivity indices from a sweep can be trusted, said next to the table: Sobol' indices
 * from too few base samples fall outside [0, 1] and have intervals wider than the indices
 * themselves, and a handful of Morris trajectories gives rough μ* and σ. The warning says how large
 * a design would be needed, from the 1/√N narrowing of the bootstrap intervals.
 */
import type { Analysis } from '../sweep/sensitivity/analyze.ts';

/** Widest bootstrap interval of a Sobol' index still read as informative. */
export const TRUSTED_INTERVAL_WIDTH = 0.1;
/** How far outside [0, 1] an estimate may stray by sampling error before it is flagged. */
const OUTSIDE_TOLERANCE = 0.05;
/** Fewest Morris trajectories for μ* and σ to be more than a rough screen. */
export const MIN_MORRIS_TRAJECTORIES = 10;

const fixed = (x: number) => x.toFixed(2);

export function analysisWarnings(a: Analysis, factors: number): string[] {
  if (a.method === 'morris') {
    if (a.units >= MIN_MORRIS_TRAJECTORIES) return [];
    return [`warning: ${a.units} Morris trajectories give only a rough screen; use design.trajectories ≥ ${MIN_MORRIS_TRAJECTORIES} (${MIN_MORRIS_TRAJECTORIES * (factors + 1)} points with ${factors} factors)`];
  }
  const finite = a.rows.filter((r) => Number.isFinite(r.estimate) && Number.isFinite(r.low) && Number.isFinite(r.high));
  const outside = finite.filter((r) => r.estimate < -OUTSIDE_TOLERANCE || r.estimate > 1 + OUTSIDE_TOLERANCE);
  const widest = finite.reduce<(typeof finite)[number] | null>((w, r) => (w === null || r.high - r.low > w.high - w.low ? r : w), null);
  const width = widest ? widest.high - widest.low : 0;
  if (outside.length === 0 && width <= TRUSTED_INTERVAL_WIDTH) return [];
  const why: string[] = [];
  if (outside.length > 0) why.push(`${outside.map((r) => `${r.index} of ${r.factor} is ${fixed(r.estimate)}`).slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''} (outside 0–1)`);
  if (widest && width > TRUSTED_INTERVAL_WIDTH) why.push(`the widest ${Math.round(a.level * 100)} % interval (${widest.index} of ${widest.factor}) is ${fixed(width)} wide`);
  // intervals narrow as 1/√N: N · (width / target)² base samples for the target width
  const needed = Math.max(a.units * 2, Math.ceil(a.units * (Math.max(width, TRUSTED_INTERVAL_WIDTH) / TRUSTED_INTERVAL_WIDTH) ** 2));
  const power = 2 ** Math.ceil(Math.log2(needed));
  return [
    `warning: ${a.units} base samples are too few to trust these indices: ${why.join('; ')}`,
    `warning: intervals narrow as 1/√N: about ${needed.toLocaleString('en-US')} base samples (design.samples; ${power.toLocaleString('en-US')} as a power of 2, ${(power * (factors + 2)).toLocaleString('en-US')} points with ${factors} factors) would give intervals about ${TRUSTED_INTERVAL_WIDTH} wide`,
  ];
}
