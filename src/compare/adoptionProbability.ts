/**
 * Probability maps of a comparison: per locality, the share of an arm's runs in which it had adopted
 * (first adoption) by a given number of years after the start, and the difference of the two arms'
 * maps (scenario − baseline) — where the lever changes the chance that the innovation arrives.
 */
import type { CompareArm, ComparisonResult } from './types.ts';

/**
 * Share of `arm`'s runs in which each locality (world order) had first adopted `innovation` by
 * `year` years after the start (inclusive); Float64Array of the world's n localities.
 */
export function adoptionProbability(result: ComparisonResult, arm: CompareArm, innovation: string, year: number): Float64Array {
  const inn = result.innovations.find((x) => x.id === innovation);
  if (!inn) throw new Error(`innovation ${innovation} is not in the comparison (${result.innovations.map((x) => x.id).join(', ')})`);
  const times = inn.firstAdoption[arm];
  const { n, pairs } = result;
  const counts = new Float64Array(n);
  // times are float32 (≈ 7 digits): a tick at exactly `year` may round a hair above it; ticks are
  // ≥ 1/365 year apart, so 1e-4 year of slack never admits the next tick
  const limit = year + 1e-4;
  for (let r = 0; r < pairs; r++) {
    for (let i = 0, idx = r * n; i < n; i++, idx++) if (times[idx] <= limit) counts[i]++; // NaN (never) compares false
  }
  for (let i = 0; i < n; i++) counts[i] /= pairs;
  return counts;
}

/** Scenario − baseline adoption probability by `year`, per locality. */
export function adoptionProbabilityDifference(result: ComparisonResult, innovation: string, year: number): Float64Array {
  const s = adoptionProbability(result, 'scenario', innovation, year);
  const b = adoptionProbability(result, 'baseline', innovation, year);
  for (let i = 0; i < s.length; i++) s[i] -= b[i];
  return s;
}
