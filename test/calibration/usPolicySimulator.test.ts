/**
 * The us-policies simulator of the calibration: a set of simulated policies on the us-states world,
 * read as SPID reads the states and measured with the observed patterns' own functions; and the
 * shipped calibration file (public/calibration/spid-1950-1995.json), whose observed summaries are
 * those of docs/validation-data.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUsStatesWorld, parseUsStates } from '../../src/geo/index.ts';
import { neighbourEventHistory, OBSERVED_SELECTIONS, observedPolicies, quantile, splitHalfInnovativeness } from '../../src/calibration/index.ts';
import { simulatedPolicy } from '../../src/calibration/usPolicyHistories.ts';
import { usPolicyCalibrationFile } from '../../src/calibration/usPolicyCalibrationFile.ts';
import { US_POLICY_PARAMETERS, usPoliciesSimulator } from '../../src/calibration/usPolicySimulator.ts';
import { US_POLICY_STATISTICS } from '../../src/calibration/usPolicySummaries.ts';
import { AbcSmcError } from '../../src/calibration/abcSmc.ts';
import { resolveCalibration } from '../../src/calibration/abcSmcPlan.ts';
import { SIMULATORS } from '../../src/calibration/simulators.ts';
import { contiguity, readData, spid } from './spidData.ts';

const ROOT = resolve(__dirname, '../..');
const world = buildUsStatesWorld(parseUsStates(readData('us-states.json')));
const shipped = JSON.parse(readFileSync(join(ROOT, 'public/calibration/spid-1950-1995.json'), 'utf8'));
const early = observedPolicies(spid, OBSERVED_SELECTIONS.from1950to1995);
/** A third of the observed policies (every third first year) keeps each simulation near 40 ms. */
const context = { loadWorld: () => world, readText: (path: readonly string[]) => readFileSync(join(ROOT, ...path), 'utf8') };
const setup = (options: Record<string, unknown>) => usPoliciesSimulator(options, context);
const { simulate, parameters, statistics } = setup({ ...shipped.options, firstYears: shipped.options.firstYears.filter((_: number, i: number) => i % 3 === 0) });
const stat = (summary: readonly number[], name: string) => summary[US_POLICY_STATISTICS.indexOf(name as (typeof US_POLICY_STATISTICS)[number])];

/** A hand-picked θ (p, q, σ, median potential, H, ω_n, β_L, spread of the potential) in the middle of the priors. */
const THETA = [0.02, 0.3, 1, 0.6, 10, 0.5, 0.7, 1.5];
const with_ = (name: string, value: number) => THETA.map((x, i) => (US_POLICY_PARAMETERS[i] === name ? value : x));
const SEEDS = [1, 2, 3, 4, 5];

describe('the shipped calibration file spid-1950-1995.json', () => {
  it('holds the observed summaries of the 329 SPID policies first adopted 1950–1995, as docs/validation-data.md reports them', () => {
    expect(shipped.simulator).toBe('us-policies');
    expect(shipped.options.firstYears).toEqual(early.map((p) => p.firstYear));
    expect(shipped.options.firstYears).toHaveLength(329);
    const o = shipped.observed;
    // years to 50 % and 90 % of eventual adopters, eventual adopters: 8 (3–14), 16 (10.5–24), 28 (18–43)
    expect([o.t50_q1, o.t50_median, o.t50_q3]).toEqual([3, 8, 14]);
    expect([o.t90_q1, o.t90_median, o.t90_q3]).toEqual([10.5, 16, 24]);
    expect([o.adopters_q1, o.adopters_median, o.adopters_q3]).toEqual([18, 28, 43]);
    // median of 50 seeded half-splits 0.816; pooled neighbour coefficient over the first 10 years 0.424
    expect(o.split_half.toFixed(3)).toBe('0.816');
    expect(o.neighbour_10y.toFixed(3)).toBe('0.424');
    expect(shipped.statistics).toEqual([...US_POLICY_STATISTICS]);
  });

  it('the figures beside them in docs/validation-data.md: 1,000 splits 0.822 (0.748–0.880); 129,531 state-years, hazards 2.4 % and 5.9 %', () => {
    const r = splitHalfInnovativeness(early, 1000, 1);
    expect([0.5, 0.05, 0.95].map((q) => quantile(r, q).toFixed(3))).toEqual(['0.822', '0.748', '0.880']);
    const e = neighbourEventHistory(early, contiguity, (p) => Math.min(2017, p.firstYear + 10));
    expect(e.stateYears).toBe(129_531);
    expect([(100 * e.hazardNone).toFixed(1), (100 * e.hazardSome).toFixed(1)]).toEqual(['2.4', '5.9']);
  });

  it('is exactly what the builder writes from the committed SPID files (rebuild: npx tsx scripts/calibration/spid-calibration.ts)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(usPolicyCalibrationFile(spid, contiguity, OBSERVED_SELECTIONS.from1950to1995))));
  });

  it('is a calibration file idlab calibrate accepts: the registered us-policies simulator, 7 parameters, 11 statistics, its budget', () => {
    expect(SIMULATORS['us-policies']).toBe(usPoliciesSimulator);
    const plan = resolveCalibration(shipped, context);
    expect(plan.priors.map((p) => p.name)).toEqual(US_POLICY_PARAMETERS.filter((name) => name !== 'halfLife'));
    expect(plan.fixed).toEqual({ halfLife: 10 });
    expect(plan.statistics).toEqual([...US_POLICY_STATISTICS]);
    expect(plan.observed).toEqual(US_POLICY_STATISTICS.map((name) => shipped.observed[name]));
    expect(plan.abc).toEqual(shipped.abc);
  });

  it('fits seven of the eight parameters, with priors in the schema’s plausible ranges where the schema has them', () => {
    for (const p of parameters) expect(p.lo >= p.allowed[0] && p.hi <= p.allowed[1] && p.value >= p.lo && p.value <= p.hi, p.name).toBe(true);
    expect(shipped.parameters.map((p: { name: string }) => p.name)).toEqual(['p', 'q', 'sigma', 'potential', 'omegaNeighbour', 'betaL', 'potentialSpread']);
    expect(shipped.parameters[0]).toEqual({ name: 'p', prior: 'log-uniform', range: [0.005, 0.11] });
    expect(shipped.parameters[1]).toEqual({ name: 'q', prior: 'log-uniform', range: [0.05, 0.6] });
    expect(parameters.map((p) => p.name)).toEqual(US_POLICY_PARAMETERS);
    expect(statistics).toEqual([...US_POLICY_STATISTICS]);
  });
});

describe('reading a simulated policy as SPID records it', () => {
  it('shifts the first adoption to the observed first year and drops adoptions after the record ends', () => {
    // ticks of first adoption per state (−1: never): first adopter at tick 4, observed policy first adopted 2010
    const ticks = Int32Array.from({ length: 50 }, (_, s) => (s < 3 ? 4 + 5 * s : s === 10 ? 30 : -1)); // 4, 9, 14 and 30
    const p = simulatedPolicy('x', ticks, 2010, 2017)!;
    expect(p.years.slice(0, 3)).toEqual([2010, 2015, null]); // 14 − 4 = 10 years after 2010 is past 2017
    expect(p.years[10]).toBeNull();
    expect([p.firstYear, p.lastYear, p.adopters]).toEqual([2010, 2015, 2]);
    expect(simulatedPolicy('y', new Int32Array(50).fill(-1), 2010, 2017)).toBeNull();
    // a first adoption later than the run can follow counts as never adopted
    expect(simulatedPolicy('z', ticks, 2010, 2017, 3)).toBeNull();
  });
});

describe('the us-policies simulator', () => {
  it('is a function of (θ, seed): the same pair gives the same summaries, another seed other ones', () => {
    const a = simulate(THETA, 7);
    expect(simulate(THETA, 7)).toEqual(a);
    expect(simulate(THETA, 8)).not.toEqual(a);
    expect(a).toHaveLength(US_POLICY_STATISTICS.length);
  });

  it('gives SPID-like summaries at a hand-picked θ (every seed of 5)', () => {
    for (const seed of SEEDS) {
      const s = simulate(THETA, seed);
      expect(stat(s, 't50_median'), `seed ${seed}`).toBeGreaterThanOrEqual(3);
      expect(stat(s, 't50_median')).toBeLessThanOrEqual(15);
      expect(stat(s, 't90_median')).toBeGreaterThan(stat(s, 't50_median'));
      expect(stat(s, 't90_median')).toBeLessThanOrEqual(30);
      expect(stat(s, 'adopters_median')).toBeGreaterThanOrEqual(15);
      expect(stat(s, 'adopters_median')).toBeLessThanOrEqual(40);
      expect(stat(s, 'adopters_q1')).toBeGreaterThanOrEqual(10); // the ≥ 10 adopters selection
      expect(stat(s, 'split_half')).toBeGreaterThan(0.5);
      expect(stat(s, 'neighbour_10y')).toBeGreaterThan(0);
      expect(stat(s, 'neighbour_10y')).toBeLessThan(1.5);
    }
  });

  it('answers each parameter where the statistics say it should (every seed of 5)', () => {
    for (const seed of SEEDS) {
      // latent innovativeness makes the same states early on every policy
      expect(stat(simulate(with_('betaL', 1.2), seed), 'split_half'), `seed ${seed}`).toBeGreaterThan(stat(simulate(with_('betaL', 0), seed), 'split_half') + 0.2);
      // learning from neighbours raises the event-history neighbour coefficient
      expect(stat(simulate(with_('omegaNeighbour', 0.95), seed), 'neighbour_10y')).toBeGreaterThan(stat(simulate(with_('omegaNeighbour', 0), seed), 'neighbour_10y') + 0.1);
      // a larger potential reaches more states
      expect(stat(simulate(with_('potential', 0.9), seed), 'adopters_median')).toBeGreaterThan(stat(simulate(with_('potential', 0.3), seed), 'adopters_median'));
      // policies that differ more in how many states they fit differ more in how many adopt
      const iqr = (x: readonly number[]) => stat(x, 'adopters_q3') - stat(x, 'adopters_q1');
      expect(iqr(simulate(with_('potentialSpread', 2.5), seed))).toBeGreaterThan(iqr(simulate(with_('potentialSpread', 0.3), seed)));
    }
  });

  it('shows a pooled neighbour coefficient well above 0 without any learning from neighbours (ω_n = 0; every seed of 5), as docs/validation-data.md says', () => {
    // imitation of the whole country raises the hazard as adopters (neighbours among them) accumulate,
    // and policies that differ in speed: a fast one has both more adopting neighbours and a higher hazard
    for (const seed of SEEDS) expect(stat(simulate([0.016, 0.25, 1.5, 0.48, 10, 0, 0.57, 2.2], seed), 'neighbour_10y'), `seed ${seed}`).toBeGreaterThan(0.2);
  });

  it('refuses options it cannot use, one line per problem naming the option, the value and what is allowed', () => {
    const problems = (options: Record<string, unknown>) => {
      try {
        setup(options);
      } catch (e) {
        expect(e).toBeInstanceOf(AbcSmcError);
        return (e as AbcSmcError).problems;
      }
      return [];
    };
    expect(problems({})).toEqual(['options.firstYears: undefined (allowed: a non-empty list of the first adoption year of each observed policy)']);
    expect(problems({ firstYears: [1990], splitz: 3, splits: 0 })).toEqual([
      'options.splitz: unknown option of us-policies (allowed: firstYears, minAdopters, observedTo, splits, splitSeed, eventHistoryYears, slackYears, attributeSeed)',
      'options.splits: 0 (allowed: a whole number 1–10000)',
    ]);
    expect(problems({ firstYears: [1990, 2020] })).toEqual(['options.firstYears[1]: 2020 (allowed: a whole year ≤ observedTo, 2017)']);
  });
});
