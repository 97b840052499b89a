/**
 * Calibration files resolved into plans (abcSmcPlan.ts): defaults from the simulator and the schema,
 * fixed parameters, statistics recorded without being fitted, and the plan's simulator on θ.
 */
import { describe, expect, it } from 'vitest';
import { planSimulator, resolveCalibration } from '../../src/calibration/abcSmcPlan.ts';
import { bassCurveSimulator } from '../../src/calibration/bassCurveSimulator.ts';
import type { SimulatorContext } from '../../src/calibration/simulators.ts';

const context: SimulatorContext = {
  loadWorld: () => {
    throw new Error('bass-curve builds its own world');
  },
  readText: () => {
    throw new Error('bass-curve reads no file');
  },
};
const OPTIONS = { n: 100, years: 40, dt: 0.5 };

describe('calibration plans', () => {
  it('fills priors from the schema (p, q: plausible range, log-uniform) and keeps uncalibrated parameters at their values', () => {
    const plan = resolveCalibration({ simulator: 'bass-curve', options: OPTIONS, parameters: [{ name: 'q' }], observed: { years50: 7 } }, context);
    expect(plan.priors).toEqual([{ name: 'q', scale: 'log', lo: 0.05, hi: 0.6 }]);
    expect(plan.fixed).toEqual({ p: 0.03 });
    expect(plan.statistics).toEqual(['years50']);
    expect(plan.abc).toEqual({ particles: 500, alpha: 0.5, generations: 8, budget: 100_000, seed: 1, essFraction: 0.5 });
    // the plan's simulator on θ = (q) is the simulator on (p = 0.03, q), its statistic picked
    const full = bassCurveSimulator(OPTIONS).simulate([0.03, 0.4], 5);
    expect(planSimulator(plan, context)([0.4], 5)).toEqual([full[1]]);
  });

  it('records a statistic observed as null without fitting it, in the order of "statistics"', () => {
    const plan = resolveCalibration(
      { simulator: 'bass-curve', options: OPTIONS, parameters: [{ name: 'p' }, { name: 'q' }], statistics: ['years90', 'years10'], observed: { years10: 2.5, years90: null } },
      context,
    );
    expect(plan.statistics).toEqual(['years90', 'years10']);
    expect(plan.observed).toEqual([null, 2.5]);
    const full = bassCurveSimulator(OPTIONS).simulate([0.05, 0.3], 9);
    expect(planSimulator(plan, context)([0.05, 0.3], 9)).toEqual([full[2], full[0]]);
  });

  it('needs at least one fitted statistic', () => {
    expect(() => resolveCalibration({ simulator: 'bass-curve', parameters: [{ name: 'p' }], observed: { years10: null } }, context)).toThrow(/^no observed statistic \(allowed: at least one\)$/);
  });
});
