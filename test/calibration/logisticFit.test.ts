/**
 * The calibration layer's logistic regression finds the maximum-likelihood fit: with a 0/1
 * covariate the MLE is known in closed form (intercept = logit of the rate at x = 0, slope = the log
 * odds ratio), and data with perfect separation have no finite fit.
 */
import { describe, expect, it } from 'vitest';
import { fitLogistic, GroupedData } from '../../src/calibration/logisticFit.ts';

const logit = (p: number) => Math.log(p / (1 - p));

describe('fitLogistic (Newton–Raphson, grouped data)', () => {
  it('recovers the closed-form MLE of a binary covariate', () => {
    const data = new GroupedData();
    for (let j = 0; j < 1000; j++) data.add(0, j < 11 ? 1 : 0); // 1.1 % at x = 0
    for (let j = 0; j < 300; j++) data.add(1, j < 33 ? 1 : 0); // 11 % at x = 1
    const fit = fitLogistic(data.groups());
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(logit(0.011), 9);
    expect(fit.slope).toBeCloseTo(logit(0.11) - logit(0.011), 9);
  });

  it('reaches the zero of the score on a count covariate', () => {
    const groups = [
      { x: 0, trials: 500, successes: 10 },
      { x: 1, trials: 200, successes: 12 },
      { x: 2, trials: 80, successes: 9 },
      { x: 4, trials: 20, successes: 5 },
    ];
    const fit = fitLogistic(groups);
    let ga = 0;
    let gb = 0;
    for (const g of groups) {
      const r = g.successes - g.trials / (1 + Math.exp(-(fit.intercept + fit.slope * g.x)));
      ga += r;
      gb += r * g.x;
    }
    expect(fit.converged).toBe(true);
    expect(Math.abs(ga)).toBeLessThan(1e-8);
    expect(Math.abs(gb)).toBeLessThan(1e-8);
  });

  it('says there is no finite fit when the covariate separates the outcomes', () => {
    const fit = fitLogistic([
      { x: 0, trials: 50, successes: 0 },
      { x: 1, trials: 50, successes: 50 },
    ]);
    expect(fit.converged).toBe(false);
  });
});
