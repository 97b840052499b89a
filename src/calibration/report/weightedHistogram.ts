/**
 * A weighted histogram of one parameter over its prior range, in `bins` equal bins of the scale the
 * prior is uniform on, as density ÷ prior density: a bin holding the share 1/bins of the weight has
 * height 1, the height of the flat prior everywhere. So "above 1" reads as "made more likely by the
 * data".
 */
import type { Prior } from '../abcSmc.ts';
import { uniformScale } from './parameterSummary.ts';

export function weightedHistogram(prior: Prior, values: readonly number[], weights: readonly number[], bins: number): number[] {
  const lo = uniformScale(prior, prior.lo);
  const width = uniformScale(prior, prior.hi) - lo;
  const counts = new Array<number>(bins).fill(0);
  let total = 0;
  values.forEach((x, i) => {
    const w = Math.max(0, weights[i]);
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((uniformScale(prior, x) - lo) / width) * bins)));
    counts[b] += w;
    total += w;
  });
  return counts.map((c) => (total > 0 ? (c / total) * bins : 0));
}
