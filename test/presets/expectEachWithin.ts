/** The preset claims tests' check of an ensemble figure seed by seed against its band. */
import { expect } from 'vitest';

/**
 * Asserts each seed's figure lies in [lo, hi], the band an ensemble gives it (say which, and n, where
 * it is called); xs[j] belongs to seed j + 1.
 */
export function expectEachWithin(xs: readonly number[], lo: number, hi: number): void {
  xs.forEach((x, j) => {
    expect(x, `seed ${j + 1}`).toBeGreaterThanOrEqual(lo);
    expect(x, `seed ${j + 1}`).toBeLessThanOrEqual(hi);
  });
}
