/**
 * The implausibility by which the China presets are history-matched (scripts/calibration/
 * history-match.ts): one-sided targets count only a violation, a range is centred with its half-width
 * as two standard deviations, a point is read to ±5 % (±10 % when approximate), the model discrepancy
 * is 10 % of the target, and the spread of the runs widens the denominator.
 */
import { describe, expect, it } from 'vitest';
import { implausibility, runMoments, targetImplausibility, targetTerms } from '../../src/calibration/implausibility.ts';

describe('history-matching implausibility', () => {
  it('a one-sided target counts only a violation: a mean that meets the bound is 0, however far inside', () => {
    expect(targetImplausibility([10, 20, 30], { hi: 60 }, false)).toBe(0);
    expect(targetImplausibility([0.95, 0.97], { lo: 0.9 }, false)).toBe(0);
    // bound 60: sd_obs 3 (5 %), sd_disc 6 (10 %), runs all 72 (no spread): 12 / sqrt(9 + 36)
    expect(targetImplausibility([72, 72, 72], { hi: 60 }, false)).toBeCloseTo(12 / Math.sqrt(45), 12);
    // at least 0.9, runs all 0.6: 0.3 / sqrt(0.045² + 0.09²)
    expect(targetImplausibility([0.6, 0.6], { lo: 0.9 }, false)).toBeCloseTo(0.3 / Math.sqrt(0.045 ** 2 + 0.09 ** 2), 12);
    // an approximate bound is read to ±10 %: a smaller implausibility for the same miss
    expect(targetImplausibility([72], { hi: 60 }, true)).toBeLessThan(targetImplausibility([72], { hi: 60 }, false));
  });

  it('a strict bound at 0 has no stated or discrepancy spread: only the runs’ spread scales the miss', () => {
    expect(targetTerms({ lo: 0, above: true }, false)).toEqual({ kind: 'at-least', z: 0, sdObs: 0, sdDisc: 0 });
    // runs −0.1 and −0.3: mean −0.2, s² 0.02, Var_run 0.02 × 1.5 = 0.03
    expect(targetImplausibility([-0.1, -0.3], { lo: 0, above: true }, false)).toBeCloseTo(0.2 / Math.sqrt(0.03), 12);
    // a miss with no spread at all is ruled out
    expect(targetImplausibility([-0.1, -0.1], { lo: 0, above: true }, false)).toBe(Infinity);
  });

  it('a range is centred: its half-width is two standard deviations, and a miss on either side counts', () => {
    expect(targetTerms({ lo: 12, hi: 18 }, true)).toEqual({ kind: 'range', z: 15, sdObs: 1.5, sdDisc: 1.5 });
    // mean 15 exactly: 0, even though the band is approximate
    expect(targetImplausibility([14, 16], { lo: 12, hi: 18 }, true)).toBe(0);
    // inside the range but off centre still counts (the centre is the record's best value)
    const inside = targetImplausibility([17, 17], { lo: 12, hi: 18 }, false);
    expect(inside).toBeCloseTo(2 / Math.sqrt(1.5 ** 2 + 1.5 ** 2), 12);
    expect(inside).toBeLessThan(3);
    // symmetric: as far below as above
    expect(targetImplausibility([9, 9], { lo: 12, hi: 18 }, false)).toBeCloseTo(targetImplausibility([21, 21], { lo: 12, hi: 18 }, false), 12);
    // 6 above the centre with no spread: 6 / sqrt(4.5) ≈ 2.83 kept; 8 above: ≈ 3.77 ruled out
    expect(targetImplausibility([21], { lo: 12, hi: 18 }, false)).toBeLessThan(3);
    expect(targetImplausibility([23], { lo: 12, hi: 18 }, false)).toBeGreaterThan(3);
  });

  it('a point target is read to ±5 % (±10 % when approximate)', () => {
    expect(targetTerms({ lo: 40, hi: 40 }, false)).toEqual({ kind: 'point', z: 40, sdObs: 2, sdDisc: 4 });
    expect(targetTerms({ lo: 40, hi: 40 }, true).sdObs).toBe(4);
    expect(targetImplausibility([46, 46], { lo: 40, hi: 40 }, false)).toBeCloseTo(6 / Math.sqrt(4 + 16), 12);
  });

  it('the runs’ spread counts once for the realisation and once for the mean of R runs', () => {
    expect(runMoments([1, 3])).toEqual({ mean: 2, varRun: 2 * 1.5, defined: 2 });
    expect(runMoments([1, NaN, 3])).toEqual({ mean: 2, varRun: 3, defined: 2 });
    expect(runMoments([NaN]).defined).toBe(0);
    // a noisier point is less implausible for the same mean miss
    expect(targetImplausibility([70, 74], { hi: 60 }, false)).toBeLessThan(targetImplausibility([72, 72], { hi: 60 }, false));
    // no defined run: ruled out
    expect(targetImplausibility([NaN, NaN], { hi: 60 }, false)).toBe(Infinity);
  });

  it('a point’s implausibility is its worst target', () => {
    const met = { values: [50], band: { hi: 60 }, approximate: false };
    const missed = { values: [23], band: { lo: 12, hi: 18 }, approximate: false };
    expect(implausibility([met])).toBe(0);
    expect(implausibility([met, missed])).toBe(targetImplausibility([23], { lo: 12, hi: 18 }, false));
    expect(implausibility([])).toBe(0);
  });
});
