/**
 * The bench's reference kernel is a correct discrete-time Bass kernel (otherwise the model ÷
 * reference ratio of `npm run bench` would compare against the wrong thing).
 */
import { describe, expect, it } from 'vitest';
import { createReferenceKernel } from '../../scripts/bench/reference-kernel.ts';

/** A ring of n localities, each linked to its two neighbours (CSR). */
function ring(n: number) {
  const adjOffsets = new Int32Array(n + 1);
  const adjIndices = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    adjOffsets[i + 1] = 2 * (i + 1);
    adjIndices[2 * i] = (i + n - 1) % n;
    adjIndices[2 * i + 1] = (i + 1) % n;
  }
  return { n, adjOffsets, adjIndices };
}

describe('reference kernel', () => {
  it('follows the synchronous Bass recursion in a mixed world (mean of seeds)', () => {
    const n = 20000;
    const p = 0.03;
    const q = 0.38;
    const dt = 0.1;
    const ticks = 80;
    let F = 0;
    for (let t = 0; t < ticks; t++) F += (1 - Math.exp(-(p + q * F) * dt)) * (1 - F);
    let mean = 0;
    const seeds = [1, 2, 3, 4];
    for (const seed of seeds) {
      const r = createReferenceKernel({ n, adjOffsets: null, adjIndices: null }, { p, q, dt, innovations: 2, seed });
      r.tick(ticks);
      mean += (r.adopted(0) + r.adopted(1)) / (2 * n * seeds.length);
    }
    // 8 runs of 20,000: the SD of the mean share is below 0.002
    expect(Math.abs(mean - F)).toBeLessThan(0.01);
  });

  it('nothing spreads without external influence; adopter counts only grow, up to n', () => {
    // p = 0 and nothing adopted: nothing ever happens
    const still = createReferenceKernel(ring(100), { p: 0, q: 5, dt: 1, innovations: 1, seed: 1 });
    still.tick(50);
    expect(still.adopted(0)).toBe(0);
    // with p > 0 the count is monotone and bounded by n
    const r = createReferenceKernel(ring(100), { p: 0.1, q: 5, dt: 0.5, innovations: 1, seed: 1 });
    let last = 0;
    for (let t = 0; t < 40; t++) {
      r.tick(1);
      expect(r.adopted(0)).toBeGreaterThanOrEqual(last);
      last = r.adopted(0);
    }
    expect(last).toBeLessThanOrEqual(100);
    expect(last).toBeGreaterThan(90);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const run = (seed: number) => {
      const r = createReferenceKernel(ring(500), { p: 0.05, q: 1, dt: 0.25, innovations: 3, seed });
      r.tick(20);
      return [r.adopted(0), r.adopted(1), r.adopted(2)];
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });
});
