import { describe, expect, it } from 'vitest';
import { sobolPoints, sobolSequence, SOBOL_MAX_DIMENSION } from '../../src/sweep/design/sobolSequence.ts';

describe("Sobol' sequence (Joe–Kuo D(6) direction numbers, Gray-code order)", () => {
  it('gives the published first points', () => {
    // The unscrambled sequence as printed by Joe & Kuo's sobol.cc and by
    // scipy.stats.qmc.Sobol(d, scramble=False).random(8) (which also starts at the origin):
    // dims 1–2 are the example of the SciPy documentation; dim 3 (s = 2, a = 1, m = 1, 3) and dim 4
    // (s = 3, a = 1, m = 1, 3, 1) follow from the first lines of new-joe-kuo-6.21201.
    const expected = [
      [0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25],
      [0.25, 0.75, 0.75, 0.75],
      [0.375, 0.375, 0.625, 0.875],
      [0.875, 0.875, 0.125, 0.375],
      [0.625, 0.125, 0.875, 0.625],
      [0.125, 0.625, 0.375, 0.125],
      [0.1875, 0.3125, 0.9375, 0.4375],
    ];
    expect(sobolPoints(4, 9).map((p) => Array.from(p))).toEqual(expected);
  });

  it('derives later direction numbers by the primitive-polynomial recurrence', () => {
    // Point 7 has Gray code 7 ⊕ 3 = 4: it is the third direction number v3 = m3 / 8 of each dimension.
    // dim 1: m3 = 1; dim 2 (s = 1, m1 = 1): m2 = 2·1 ⊕ 1 = 3, m3 = 2·3 ⊕ 3 = 5;
    // dim 3 (s = 2, a = 1, m = 1, 3): m3 = 2·m2 ⊕ 4·m1 ⊕ m1 = 6 ⊕ 4 ⊕ 1 = 3.
    const seq = sobolSequence(3);
    const pts = Array.from({ length: 8 }, () => Array.from(seq.next()));
    expect(pts[7]).toEqual([0.125, 0.625, 0.375]);
  });

  it('the first 2^m points are balanced: dims 1–2 form a (0, m, 2)-net; each coordinate hits every 2^−m cell once', () => {
    // Joe & Kuo chose the D(6) numbers for good 2-D projections; dims 1 and 2 form a (0, m, 2)-net:
    // every elementary box of area 2^−m holds exactly one point.
    const m = 6;
    const pts = sobolPoints(8, 2 ** m);
    for (let k = 0; k <= m; k++) {
      const counts = new Map<string, number>();
      for (const p of pts) {
        const key = `${Math.floor(p[0] * 2 ** k)},${Math.floor(p[1] * 2 ** (m - k))}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      expect(counts.size).toBe(2 ** m);
    }
    // every coordinate of the first 2^m points is a permutation of the multiples of 2^−m
    for (let d = 0; d < 8; d++) {
      const column = pts.map((p) => p[d] * 2 ** m).sort((a, b) => a - b);
      expect(column).toEqual(Array.from({ length: 2 ** m }, (_, i) => i));
    }
  });

  it(`supports ${SOBOL_MAX_DIMENSION} dimensions and rejects more`, () => {
    expect(SOBOL_MAX_DIMENSION).toBe(101);
    const p = sobolPoints(101, 2, 1)[0];
    expect(Array.from(p)).toEqual(new Array(101).fill(0.5));
    expect(() => sobolSequence(102)).toThrow(/allowed 1–101/);
  });
});
