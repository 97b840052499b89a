/**
 * The held-out check of the SPID calibration: the posterior predictive (θ drawn from the weighted
 * posterior, one simulation each), its 80 % intervals, the 1950–1995 fit's plan turned to the 108
 * policies first adopted after 1995, the committed posterior of the shipped calibration file, and
 * the table docs/validation-data.md shows (scripts/calibration/holdout.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUsStatesWorld, parseUsStates } from '../../src/geo/index.ts';
import { OBSERVED_SELECTIONS, observedPolicies, usPolicySummaries } from '../../src/calibration/index.ts';
import { resolveCalibration } from '../../src/calibration/abcSmcPlan.ts';
import { posteriorParticles } from '../../src/calibration/posteriorParticles.ts';
import { posteriorPredictive } from '../../src/calibration/posteriorPredictive.ts';
import { predictiveCheck, shareInside } from '../../src/calibration/predictiveCheck.ts';
import { usPolicyHoldoutPlan } from '../../src/calibration/usPolicyHoldout.ts';
import { usPolicySettings } from '../../src/calibration/usPolicySimulator.ts';
import { CALIBRATION_FILE, holdoutMarkdown, holdoutReport, POSTERIOR_FILE } from '../../scripts/calibration/holdout.ts';
import { contiguity, readData, spid } from './spidData.ts';

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const world = buildUsStatesWorld(parseUsStates(readData('us-states.json')));
const context = { loadWorld: () => world, readText: (path: readonly string[]) => read(join(...path)) };
const fit = resolveCalibration(JSON.parse(read(CALIBRATION_FILE)), context);

describe('the posterior predictive', () => {
  /** A simulator that returns its θ and seed, so the draws can be seen. */
  const echo = (theta: readonly number[], seed: number) => [theta[0], seed];

  it('draws θ in proportion to the particles’ weights, never one of weight 0, one simulation per draw with its own seed', () => {
    const particles = [
      { theta: [1], weight: 3 },
      { theta: [2], weight: 0 },
      { theta: [3], weight: 1 },
    ];
    const draws = posteriorPredictive(particles, echo, 4000, 7);
    expect(draws).toHaveLength(4000);
    const share = draws.filter((d) => d[0] === 1).length / draws.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
    expect(draws.some((d) => d[0] === 2)).toBe(false);
    expect(new Set(draws.map((d) => d[1])).size).toBeGreaterThan(3990);
  });

  it('is a function of the particles, the draws and the seed', () => {
    const particles = [
      { theta: [1], weight: 0.5 },
      { theta: [3], weight: 0.5 },
    ];
    expect(posteriorPredictive(particles, echo, 50, 1)).toEqual(posteriorPredictive(particles, echo, 50, 1));
    expect(posteriorPredictive(particles, echo, 50, 2)).not.toEqual(posteriorPredictive(particles, echo, 50, 1));
    expect(() => posteriorPredictive([{ theta: [1], weight: 0 }], echo, 5, 1)).toThrow(/no positive total weight/);
  });

  it('an 80 % interval runs from the 10th to the 90th percentile of the defined draws, both ends inside', () => {
    // 1…99 and one undefined draw: (n + 1)p rule on 99 values puts the ends at 10 and 90
    const summaries = [...Array.from({ length: 99 }, (_, i) => [i + 1]), [NaN]];
    const [row] = predictiveCheck(['x'], [90], summaries, 0.8);
    expect(row).toEqual({ statistic: 'x', observed: 90, lo: 10, median: 50, hi: 90, inside: true, undefinedDraws: 1 });
    expect(predictiveCheck(['x'], [90.5], summaries, 0.8)[0].inside).toBe(false);
    expect(predictiveCheck(['x'], [null], summaries, 0.8)[0].inside).toBe(null);
    const rows = predictiveCheck(['x', 'y', 'z'], [5, 50, 95], summaries.map((s) => [s[0], s[0], s[0]]), 0.8);
    expect(shareInside(rows)).toBeCloseTo(1 / 3, 12);
  });

  it('reads posterior.csv back: the weights and θ in the calibrated parameters’ order; a bad file is one line naming the problem', () => {
    const csv = 'particle,weight,distance,p,q,t50_q1\n0,0.25,1.5,0.02,0.3,4\n1,0.75,,0.01,0.2,\n';
    expect(posteriorParticles(csv, ['q', 'p'], 'post.csv')).toEqual([
      { weight: 0.25, theta: [0.3, 0.02] },
      { weight: 0.75, theta: [0.2, 0.01] },
    ]);
    expect(() => posteriorParticles(csv, ['sigma'], 'post.csv')).toThrow('post.csv: no "sigma" column (allowed: the posterior.csv of an idlab calibrate run fitting sigma)');
    expect(() => posteriorParticles('particle,weight,p\n0,-1,0.1\n', ['p'], 'post.csv')).toThrow('post.csv line 2: weight is "-1" (allowed: a finite number; a weight ≥ 0)');
    expect(() => posteriorParticles('particle,weight,p\n0,1,\n', ['p'], 'post.csv')).toThrow('post.csv line 2: p is "" (allowed: a finite number; a weight ≥ 0)');
  });
});

describe('the held-out plan: the 1950–1995 fit on the policies first adopted after 1995', () => {
  const plan = usPolicyHoldoutPlan(fit, spid, contiguity);
  const late = observedPolicies(spid, OBSERVED_SELECTIONS.after1995);

  it('simulates the 108 held-out policies one for one, each from its own first year, with the fit’s settings, parameters and statistics', () => {
    expect(late).toHaveLength(108);
    expect(plan.options.firstYears).toEqual(late.map((p) => p.firstYear));
    expect(Math.min(...(plan.options.firstYears as number[]))).toBe(1996);
    const { firstYears: _f, ...rest } = plan.options;
    const { firstYears: _g, ...fitRest } = fit.options;
    expect(rest).toEqual(fitRest);
    expect([plan.priors, plan.fixed, plan.statistics, plan.abc]).toEqual([fit.priors, fit.fixed, fit.statistics, fit.abc]);
  });

  it('observes the held-out policies as docs/validation-data.md reports them: 3 (1–4), 6 (3–8.75), 22 (15–31.75)', () => {
    expect(plan.observed.slice(0, 9)).toEqual([1, 3, 4, 3, 6, 8.75, 15, 22, 31.75]);
    expect(plan.observed).toEqual(usPolicySummaries(late, contiguity, usPolicySettings(plan.options)));
  });
});

describe('the committed posterior of the shipped calibration and the held-out table', () => {
  it('holds the 400 weighted particles of idlab calibrate public/calibration/spid-1950-1995.json, inside the priors', () => {
    const particles = posteriorParticles(read(POSTERIOR_FILE), fit.priors.map((p) => p.name), POSTERIOR_FILE);
    expect(particles).toHaveLength(fit.abc.particles);
    expect(particles.reduce((s, q) => s + q.weight, 0)).toBeCloseTo(1, 9);
    for (const q of particles) fit.priors.forEach((p, k) => expect(q.theta[k] >= p.lo && q.theta[k] <= p.hi, p.name).toBe(true));
  });

  it('gives the held-out table of docs/validation-data.md (npx tsx scripts/calibration/holdout.ts)', () => {
    const doc = read('docs/validation-data.md');
    const table = holdoutMarkdown(holdoutReport(ROOT));
    expect(doc).toContain(table);
  }, 120_000);
});
