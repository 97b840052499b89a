import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../src/sweep/design/generateDesign.ts';
import { pointCount } from '../../src/sweep/design/pointCount.ts';
import { factorValue, gridLevels } from '../../src/sweep/design/factorValue.ts';
import { normalCdf, normalQuantile } from '../../src/sweep/design/normal.ts';
import { deriveSeed } from '../../src/sweep/seeds.ts';
import { createPlan } from '../../src/sweep/plan.ts';
import { resolveSweep } from '../../src/sweep/resolveSweep.ts';
import { loadPresetForExtends } from '../../src/cli/presets.ts';
import type { Distribution, ResolvedDesign, ResolvedFactor, ResolvedSweep } from '../../src/sweep/types.ts';
import { SMALL_SCENARIO } from './helpers.ts';

const range = (key: string, min: number, max: number, levels: number | null = null, integer = false): ResolvedFactor => ({ path: `params.${key}`, section: 'params', key, integer, kind: 'range', min, max, levels });
const values = (key: string, list: (number | string | boolean)[]): ResolvedFactor => ({ path: `params.${key}`, section: 'params', key, integer: false, kind: 'values', values: list });
const sweepOf = (design: ResolvedDesign, factors: ResolvedFactor[], seed = 1) => ({ design, factors, seed });

describe('designs', () => {
  it('a grid is every combination, the first factor slowest', () => {
    const points = generateDesign(sweepOf({ type: 'grid' }, [values('a', [1, 2]), range('b', 0, 1, 3)]));
    expect(points.map((p) => p.values)).toEqual([
      [1, 0],
      [1, 0.5],
      [1, 1],
      [2, 0],
      [2, 0.5],
      [2, 1],
    ]);
    expect(gridLevels(range('q', 0.1, 0.5, 5))).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('every design has as many points as pointCount says, inside the factor bounds', () => {
    const factors = [range('a', 0, 1), range('b', -2, 2), values('c', ['x', 'y', 'z'])];
    const designs: ResolvedDesign[] = [
      { type: 'random', samples: 17 },
      { type: 'lhs', samples: 17 },
      { type: 'sobol', samples: 16 },
      { type: 'morris', trajectories: 5, levels: 4 },
    ];
    for (const design of designs) {
      const points = generateDesign(sweepOf(design, factors));
      expect(points).toHaveLength(pointCount({ design, factors }));
      for (const p of points) {
        expect(p.values[0]).toBeGreaterThanOrEqual(0);
        expect(p.values[0]).toBeLessThanOrEqual(1);
        expect(p.values[1]).toBeGreaterThanOrEqual(-2);
        expect(p.values[1]).toBeLessThanOrEqual(2);
        expect(['x', 'y', 'z']).toContain(p.values[2]);
      }
    }
  });

  it('random designs are a function of the seed', () => {
    const f = [range('a', 0, 1), range('b', 0, 1)];
    const a = generateDesign(sweepOf({ type: 'lhs', samples: 10 }, f, 5));
    expect(generateDesign(sweepOf({ type: 'lhs', samples: 10 }, f, 5))).toEqual(a);
    expect(generateDesign(sweepOf({ type: 'lhs', samples: 10 }, f, 6))).not.toEqual(a);
  });

  it('a Latin hypercube puts one point in each of n strata of every factor', () => {
    const points = generateDesign(sweepOf({ type: 'lhs', samples: 20 }, [range('a', 0, 1), range('b', 0, 1), range('c', 0, 1)]));
    for (let i = 0; i < 3; i++) {
      const strata = points.map((p) => Math.floor(p.u![i] * 20)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: 20 }, (_, j) => j));
    }
  });

  it('a Saltelli block is A, B, then A with one column from B per factor', () => {
    const points = generateDesign(sweepOf({ type: 'sobol', samples: 4 }, [range('a', 0, 1), range('b', 0, 1)]));
    for (let j = 0; j < 4; j++) {
      const [A, B, AB0, AB1] = points.slice(j * 4, j * 4 + 4).map((p) => p.u!);
      expect(AB0).toEqual([B[0], A[1]]);
      expect(AB1).toEqual([A[0], B[1]]);
    }
    // base samples are Sobol' points 1, 2, … of dimension 4 (the origin skipped)
    expect(points[0].u).toEqual([0.5, 0.5]);
    expect(points[1].u).toEqual([0.5, 0.5]);
    expect(points[4].u).toEqual([0.75, 0.25]);
    expect(points[5].u).toEqual([0.25, 0.25]);
  });
});

describe('factor values', () => {
  it('maps the unit interval through each distribution, inside its bounds', () => {
    const dist = (distribution: Required<Distribution>): ResolvedFactor => ({ path: 'params.q', section: 'params', key: 'q', integer: false, kind: 'distribution', distribution });
    const logu = dist({ type: 'loguniform', min: 0.01, max: 1 });
    expect(factorValue(logu, 0.5)).toBeCloseTo(0.1, 12);
    const tri = dist({ type: 'triangular', min: 0, mode: 0.25, max: 1 });
    expect(factorValue(tri, 0.25)).toBeCloseTo(0.25, 12); // F(mode) = (mode − min)/(max − min)
    const normal = dist({ type: 'normal', mean: 0.3, sd: 0.1, min: 0, max: 2 });
    expect(factorValue(normal, 0.5)).toBeCloseTo(0.3 + 0.1 * normalQuantile(0.5 + normalCdf(-3) / 2), 6);
    expect(factorValue(normal, 0)).toBeGreaterThanOrEqual(0);
    expect(factorValue(normal, 0)).toBeCloseTo(0, 6);
    expect(factorValue(normal, 1)).toBe(2);
  });

  it('bins values equally, rounds integer parameters', () => {
    const v = values('c', ['a', 'b', 'c']);
    expect([0, 0.33, 0.34, 0.66, 0.67, 1].map((u) => factorValue(v, u))).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    expect(factorValue(range('nC', 1, 10, null, true), 0.5)).toBe(6);
  });

  it("the normal quantile inverts the CDF (Acklam's approximation)", () => {
    for (const p of [1e-6, 0.01, 0.2, 0.5, 0.9, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
  });
});

describe('seeds and plans', () => {
  it('derives 52-bit seeds from the base seed and the run (or the replicate, with common random numbers)', () => {
    const s = deriveSeed(1, 0, 0, 'independent');
    expect(Number.isSafeInteger(s)).toBe(true);
    expect(s).toBeLessThan(2 ** 52);
    expect(deriveSeed(1, 0, 0, 'independent')).toBe(s);
    expect(deriveSeed(1, 1, 1, 'independent')).not.toBe(s);
    expect(deriveSeed(2, 0, 0, 'independent')).not.toBe(s);
    expect(deriveSeed(1, 5, 0, 'common')).toBe(deriveSeed(1, 9, 0, 'common'));
  });

  it('orders runs point by point, replicates together; each point has its own scenario digest', () => {
    const { sweep } = resolveSweep(
      { scenario: SMALL_SCENARIO, factors: [{ path: 'params.q', values: [0.2, 0.4] }, { path: 'levers.media', values: [1, 2] }], design: { type: 'grid' }, replicates: 3, seed: 9 },
      { loadPreset: loadPresetForExtends },
    );
    const plan = createPlan(sweep as ResolvedSweep);
    expect(plan.runCount).toBe(12);
    expect(plan.run(7)).toMatchObject({ run: 7, point: 2, replicate: 1 });
    expect(plan.scenario(2).params.q).toBe(0.4);
    expect(plan.scenario(2).levers.media).toBe(1);
    expect(new Set(plan.points.map((p) => plan.scenarioDigest(p.point))).size).toBe(4);
    expect(() => plan.run(12)).toThrow(/out of range 0–11/);
    expect(createPlan(sweep).digest).toBe(plan.digest);
  });
});
