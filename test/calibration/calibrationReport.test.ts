/**
 * The calibration report (src/calibration/report): the posterior SD ÷ prior SD of known posteriors
 * and its verdict, weighted quantiles, and report.html of a small bass-curve fit — self-contained
 * (no script, no network address), in both languages, a figure per parameter, the pairs plot, the
 * generations and a fan per statistic, the same text for the same input.
 */
import { describe, expect, it } from 'vitest';
import { runAbcSmc, type Prior } from '../../src/calibration/abcSmc.ts';
import { resolveCalibration } from '../../src/calibration/abcSmcPlan.ts';
import { bassCurveSimulator } from '../../src/calibration/bassCurveSimulator.ts';
import { posteriorPredictive } from '../../src/calibration/posteriorPredictive.ts';
import { predictiveSummary } from '../../src/calibration/predictiveSummary.ts';
import { weightedQuantile } from '../../src/calibration/weightedQuantile.ts';
import { calibrationReport, type CalibrationReportInput } from '../../src/calibration/report/calibrationReport.ts';
import { formatNumber } from '../../src/calibration/report/formatNumber.ts';
import { identification, parameterSummary } from '../../src/calibration/report/parameterSummary.ts';

describe('posterior summaries of a parameter', () => {
  it('weighted quantiles invert the weighted distribution function', () => {
    expect(weightedQuantile([3, 1, 2], [1, 1, 2], 0.25)).toBe(1);
    expect(weightedQuantile([3, 1, 2], [1, 1, 2], 0.5)).toBe(2);
    expect(weightedQuantile([3, 1, 2], [1, 1, 2], 0.76)).toBe(3);
    expect(weightedQuantile([1, 2], [0, 1], 0.01)).toBe(2); // weight 0 never chosen
    expect(weightedQuantile([], [], 0.5)).toBeNaN();
  });

  it('the SD ratio is the posterior SD over the uniform prior’s SD (b − a)/√12, on the prior’s uniform scale', () => {
    // linear prior on [0, 1]: two equal particles at 0.25 and 0.75 have SD 0.25; the prior's is 1/√12
    const linear: Prior = { name: 'a', scale: 'linear', lo: 0, hi: 1 };
    const a = parameterSummary(linear, [{ theta: [0.25], weight: 1 }, { theta: [0.75], weight: 1 }], 0);
    expect(a.sdRatio).toBeCloseTo(0.25 * Math.sqrt(12), 12);
    expect(a.identification).toBe('not-identified');
    expect([a.lo, a.median, a.hi]).toEqual([0.25, 0.25, 0.75]);
    // log-uniform prior on [1, e⁴]: ln θ = 0 (weight 3) and 1 (weight 1): mean 0.25, SD √0.1875; the prior's 4/√12
    const log: Prior = { name: 'b', scale: 'log', lo: 1, hi: Math.exp(4) };
    const b = parameterSummary(log, [{ theta: [1], weight: 0.75 }, { theta: [Math.E], weight: 0.25 }], 0);
    expect(b.sdRatio).toBeCloseTo(Math.sqrt(0.1875) / (4 / Math.sqrt(12)), 12);
    expect(b.identification).toBe('narrowed');
    expect(b.median).toBe(1);
    expect([identification(0.49), identification(0.5), identification(0.8), identification(0.81)]).toEqual(['narrowed', 'weak', 'weak', 'not-identified']);
  });

  it('formats numbers the same way everywhere', () => {
    expect([0.015923, 15000, 0.5, 2.2100001, -0.31, 1e-7, NaN].map((x) => formatNumber(x))).toEqual(['0.0159', '15000', '0.5', '2.21', '-0.31', '1e-7', '—']);
  });
});

describe('report.html', () => {
  const context = { loadWorld: () => { throw new Error('unused'); }, readText: () => { throw new Error('unused'); } };
  const plan = resolveCalibration(
    {
      simulator: 'bass-curve',
      options: { n: 100, years: 40, dt: 0.5 },
      parameters: [{ name: 'p' }, { name: 'q', prior: 'uniform', range: [0.05, 1] }],
      observed: { years10: 2.5, years50: 7, years90: 12 },
      abc: { particles: 40, generations: 3, budget: 2000, seed: 7 },
    },
    context,
  );
  const simulate = bassCurveSimulator(plan.options).simulate;

  async function input(): Promise<CalibrationReportInput> {
    const { state } = await runAbcSmc(plan.priors, simulate, plan.observed, plan.abc);
    const last = state.generations.at(-1)!;
    const summaries = posteriorPredictive(last.particles, simulate, 60, plan.abc.seed);
    return {
      fileName: 'bass <fit>.json',
      plan,
      generations: state.generations,
      predictive: { draws: 60, rows: predictiveSummary(plan.statistics, plan.observed, summaries) },
      version: '0.1.0',
      times: { report: '2026-12-07T02:00:00.000Z', firstGeneration: '2026-12-07T01:00:00.000Z', lastGeneration: '2026-12-07T01:30:00.000Z' },
    };
  }

  it('is one self-contained page in both languages: a figure per parameter, the pairs plot, the generations and a fan per statistic', async () => {
    const html = calibrationReport(await input());
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/https?:/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html.match(/<svg/g)!.length).toBe(html.match(/<\/svg>/g)!.length);
    for (const name of ['p', 'q']) expect(html).toContain(`aria-label="${name}: prior and posterior · 先验与后验"`);
    expect(html).toContain('aria-label="pairs plot of the posterior particles · 后验粒子散点矩阵"');
    expect(html).toContain('aria-label="tolerance and ESS per generation · 每代容差与有效样本量"');
    for (const s of plan.statistics) expect(html).toContain(`aria-label="${s}: posterior predictive · 后验预测"`);
    for (const heading of ['Calibration report · 校准报告', 'Parameters · 参数', 'Prior and posterior · 先验与后验', 'Pairs plot · 散点矩阵', 'Posterior predictive · 后验预测']) expect(html).toContain(heading);
    // the run: file (escaped), simulator, seed, budget, simulations, times; the verdict's rule is stated
    expect(html).toContain('<code>bass &lt;fit&gt;.json</code>');
    expect(html).toMatch(/simulation budget · 模拟预算<\/th><td>2\u2009000</);
    expect(html).toContain('2026-12-07 01:00 UTC → 2026-12-07 01:30 UTC (30 min');
    expect(html).toContain('Below 0.5: narrowed by the data; 0.5–0.8: weakly narrowed; above 0.8: not identified');
    expect(html).toContain('log-uniform · 对数均匀 <span class="nowrap">[0.005, 0.11]</span>');
    expect(html).toMatch(/observed statistics lie inside their simulated 80 % interval/);
  });

  it('is the same text for the same input', async () => {
    expect(calibrationReport(await input())).toBe(calibrationReport(await input()));
  });
});
