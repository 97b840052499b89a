/** The synthetic worlds: lattice geometry and hierarchy, mixed worlds, attribute noise. */
import { describe, expect, it } from 'vitest';
import { createLatticeWorld, createMixedWorld, REGIONS, degree } from '../../../src/model/index.ts';

describe('createLatticeWorld', () => {
  it('builds a symmetric von Neumann or Moore graph without wrap-around', () => {
    const vn = createLatticeWorld({ width: 4, height: 3 });
    expect(vn.n).toBe(12);
    expect([degree(vn, 0), degree(vn, 1), degree(vn, 5)]).toEqual([2, 3, 4]);
    const moore = createLatticeWorld({ width: 4, height: 3, neighbourhood: 'moore' });
    expect([degree(moore, 0), degree(moore, 5)]).toEqual([3, 8]);
    for (const w of [vn, moore]) {
      for (let i = 0; i < w.n; i++) {
        for (let e = w.adjOffsets![i]; e < w.adjOffsets![i + 1]; e++) {
          const j = w.adjIndices![e];
          expect(j).not.toBe(i);
          expect(Array.from(w.adjIndices!.subarray(w.adjOffsets![j], w.adjOffsets![j + 1]))).toContain(i);
        }
      }
    }
    expect(vn.codes[6]).toBe('2,1');
  });

  it('groups localities into province blocks with regions west → east and prefecture quadrants', () => {
    const w = createLatticeWorld({ width: 30, height: 10, provinceSide: 10 });
    expect(w.provinces.map((p) => REGIONS[p.region])).toEqual(['west', 'central', 'east']);
    expect(w.province[0]).toBe(0);
    expect(w.province[29]).toBe(2);
    expect(w.prefectures.length).toBe(12);
    expect(w.prefectures.every((f) => f.province >= 0 && f.province < 3)).toBe(true);
  });

  it('has identical attributes 0.5 without heterogeneity and seeded noise with it', () => {
    expect([...createLatticeWorld({ width: 3, height: 3 }).attributes.resources]).toEqual(new Array(9).fill(0.5));
    const a = createLatticeWorld({ width: 10, height: 10, heterogeneity: 0.2, attributeSeed: 4 });
    const b = createLatticeWorld({ width: 10, height: 10, heterogeneity: 0.2, attributeSeed: 4 });
    const c = createLatticeWorld({ width: 10, height: 10, heterogeneity: 0.2, attributeSeed: 5 });
    expect(a.attributes.support).toEqual(b.attributes.support);
    expect(a.attributes.support).not.toEqual(c.attributes.support);
    expect(a.attributes.support.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it('rejects bad sizes with the field name', () => {
    expect(() => createLatticeWorld({ width: 0, height: 3 })).toThrow('invalid world.width: 0 (allowed integer ≥ 1)');
  });
});

describe('createMixedWorld', () => {
  it('has no neighbour list and one synthetic province', () => {
    const w = createMixedWorld({ n: 50 });
    expect(w.adjOffsets).toBeNull();
    expect(w.provinces.length).toBe(1);
    expect(w.codes[49]).toBe('49');
    expect(() => createMixedWorld({ n: 1.5 })).toThrow('invalid world.n: 1.5');
  });
});
