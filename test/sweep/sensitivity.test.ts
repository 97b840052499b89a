import { describe, expect, it } from 'vitest';
import { saltelliDesign } from '../../src/sweep/design/saltelli.ts';
import { morrisDesign } from '../../src/sweep/design/morris.ts';
import { sobolIndices } from '../../src/sweep/sensitivity/sobolIndices.ts';
import { morrisIndices } from '../../src/sweep/sensitivity/morrisIndices.ts';
import { createStream } from '../../src/model/rng/stream.ts';
import type { ResolvedFactor } from '../../src/sweep/types.ts';

const range = (key: string, min: number, max: number): ResolvedFactor => ({ path: `params.${key}`, section: 'params', key, integer: false, kind: 'range', min, max, levels: null });

// Ishigami & Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(−π, π). With a = 7,
// b = 0.1 the variance is a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 and the indices are known in closed form
// (Sobol' & Levitan 1999): S1 = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
const A = 7;
const B = 0.1;
const ishigami = (x: readonly number[]) => Math.sin(x[0]) + A * Math.sin(x[1]) ** 2 + B * x[2] ** 4 * Math.sin(x[0]);
const V = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = ((B ** 2 * Math.PI ** 8) / 18) - ((B ** 2 * Math.PI ** 8) / 50);
const PI_FACTORS = ['x1', 'x2', 'x3'].map((k) => range(k, -Math.PI, Math.PI));

describe('Sobol indices (Saltelli design, Saltelli 2010 / Jansen estimators)', () => {
  it('the closed-form Ishigami indices are the published ones', () => {
    expect(V1 / V).toBeCloseTo(0.3139, 4);
    expect(V2 / V).toBeCloseTo(0.4424, 4);
    expect((V1 + V13) / V).toBeCloseTo(0.5576, 4);
    expect(V13 / V).toBeCloseTo(0.2437, 4);
  });

  it('recovers the Ishigami indices within 0.02 from 2^13 base samples', () => {
    const points = saltelliDesign(PI_FACTORS, 8192);
    const y = points.map((p) => ishigami(p.values as number[]));
    const s = sobolIndices(y, 3, { resamples: 200, level: 0.95, random: createStream(1, 'test') });
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(s.first[i] - first[i])).toBeLessThan(0.02);
      expect(Math.abs(s.total[i] - total[i])).toBeLessThan(0.02);
      // the bootstrap interval brackets the estimate and has a positive width
      expect(s.firstCi[i].low).toBeLessThanOrEqual(s.first[i]);
      expect(s.firstCi[i].high).toBeGreaterThanOrEqual(s.first[i]);
      expect(s.totalCi[i].high - s.totalCi[i].low).toBeGreaterThan(0);
    }
    expect(s.variance).toBeCloseTo(V, 0);
  });

  it('the bootstrap is seeded: same stream, same intervals', () => {
    const points = saltelliDesign(PI_FACTORS, 256);
    const y = points.map((p) => ishigami(p.values as number[]));
    const a = sobolIndices(y, 3, { resamples: 100, level: 0.9, random: createStream(7, 'b') });
    const b = sobolIndices(y, 3, { resamples: 100, level: 0.9, random: createStream(7, 'b') });
    expect(a).toEqual(b);
  });
});

describe('Morris elementary effects', () => {
  // f = 2·x1 − 3·x2 + x3² + 4·x1·x4 on [0, 1]^4 … in unit coordinates: linear terms have constant
  // elementary effects (μ = μ* = coefficient, σ = 0); x3² and x1·x4 make σ > 0; a negative effect
  // has μ < 0 and μ* = |μ|.
  const unit = ['x1', 'x2', 'x3', 'x4', 'x5'].map((k) => range(k, 0, 1));
  const f = (x: readonly number[]) => 2 * x[0] - 3 * x[1] + x[2] ** 2 + 4 * x[0] * x[3];

  it('gives μ, μ*, σ of a function with known effects', () => {
    const points = morrisDesign(unit, 50, 4, createStream(3, 'morris'));
    const y = points.map((p) => f(p.values as number[]));
    const m = morrisIndices(y, points.map((p) => p.u!), 5, { resamples: 200, level: 0.95, random: createStream(3, 'b') });
    // x2: linear, coefficient −3
    expect(m.mu[1]).toBeCloseTo(-3, 10);
    expect(m.muStar[1]).toBeCloseTo(3, 10);
    expect(m.sigma[1]).toBeCloseTo(0, 10);
    // x5 does nothing
    expect(m.muStar[4]).toBe(0);
    // x1 interacts with x4: EE = 2 + 4·x4, x4 ∈ {0, 1/3, 2/3, 1} → mean between 2 and 6, σ > 0
    expect(m.mu[0]).toBeGreaterThan(2);
    expect(m.mu[0]).toBeLessThan(6);
    expect(m.sigma[0]).toBeGreaterThan(0.5);
    // x3²: EE over a step of Δ = 2/3 from {0, 1/3} is (x + Δ)² − x² over Δ = 2x + Δ ∈ {2/3, 4/3}
    for (const e of [m.mu[2], m.muStar[2]]) expect(e).toBeGreaterThanOrEqual(2 / 3 - 1e-12);
    expect(m.mu[2]).toBeLessThanOrEqual(4 / 3 + 1e-12);
    // ranking by μ*: x1 (≈ 4) > x2 (3) > x3 (≈ 1) > x5 (0)
    expect(m.muStar[0]).toBeGreaterThan(m.muStar[1]);
    expect(m.muStar[1]).toBeGreaterThan(m.muStar[2]);
    expect(m.muStarCi[1].low).toBeCloseTo(3, 10);
  });

  it('each trajectory moves every factor once by ±Δ = p / (2(p − 1)) on the grid', () => {
    const points = morrisDesign(unit, 10, 6, createStream(9, 'm'));
    const delta = 6 / 10;
    for (let t = 0; t < 10; t++) {
      const moved = new Set<number>();
      for (let s = 1; s <= 5; s++) {
        const a = points[t * 6 + s - 1].u!;
        const b = points[t * 6 + s].u!;
        const diff = a.map((x, i) => b[i] - x);
        const i = diff.findIndex((x) => x !== 0);
        expect(Math.abs(diff[i])).toBeCloseTo(delta, 12);
        expect(diff.filter((x) => x !== 0)).toHaveLength(1);
        moved.add(i);
        for (const x of b) expect(Math.round(x * 5) / 5).toBeCloseTo(x, 12);
      }
      expect(moved.size).toBe(5);
    }
  });
});
