/**
 * The paired-comparison engine (src/compare): a lever that cannot act gives no difference; a
 * strong lever's sign is found; pairing (common seeds) shrinks the variance of the difference; the
 * result is the same for any number of worker threads; bands follow the (n + 1)p rule; probability
 * maps count runs.
 */
import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../src/cli/load-world.ts';
import { scenarioDigest } from '../../src/model/scenario/digest.ts';
import { CompareError, compareTask, pairSeed, pairsOf, planComparison, type ComparePlan } from '../../src/compare/comparePlan.ts';
import { executeCompareRun } from '../../src/compare/executeCompareRun.ts';
import { band, summarizeComparison } from '../../src/compare/summarizeComparison.ts';
import { adoptionProbability, adoptionProbabilityDifference } from '../../src/compare/adoptionProbability.ts';
import { runComparison } from '../../src/compare/node/runComparison.ts';
import { comparisonMemoryProblem } from '../../src/compare/comparisonMemoryProblem.ts';
import { APP_MEMORY_LIMIT, CLI_MEMORY_LIMIT } from '../../src/model/simulation/runMemory.ts';
import { betterSign } from '../../src/compare/compareKpis.ts';
import { deriveSeed } from '../../src/sweep/seeds.ts';
import { createSimulation } from '../../src/model/simulation/createSimulation.ts';
import type { ComparisonResult } from '../../src/compare/types.ts';
import { LATTICE, lattice, resolved } from './helpers.ts';

/** The comparison of a plan, run in this thread. */
function compareInThread(plan: ComparePlan): ComparisonResult {
  const world = loadWorld(plan.baseline.world);
  const results = Array.from({ length: plan.taskCount }, (_, t) => {
    const { arm, seed } = compareTask(plan, t);
    return executeCompareRun(world, plan[arm], seed, plan.spec);
  });
  return summarizeComparison(pairsOf(plan, results));
}

function variance(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
}

describe('paired comparisons', () => {
  it('a lever that cannot act (burden reduction in fengqiao, whose one innovation adds no load): every pair tied, no difference', () => {
    const baseline = resolved({ extends: 'fengqiao' });
    const scenario = resolved({ extends: 'fengqiao', levers: { burdenReduction: 0.5 } });
    expect(scenarioDigest(scenario)).not.toBe(scenarioDigest(baseline)); // a different scenario …
    const r = compareInThread(planComparison({ baseline, scenario, pairs: 8, seed: 3 }));
    for (const k of Object.values(r.innovations[0].kpis)) {
      if (k.pairs === 0) continue;
      // … whose runs are the baseline's, pair by pair: the interval is [0, 0] and every pair a tie,
      // so the share better with ties counted half is exactly ½
      expect([k.id, k.difference]).toEqual([k.id, { median: 0, p10: 0, p90: 0 }]);
      expect([k.id, k.betterShare, k.tiedShare]).toEqual([k.id, 0, 1]);
    }
    expect(Array.from(adoptionProbabilityDifference(r, 'fengqiao', 10)).every((x) => x === 0)).toBe(true);
  });

  it('no lever, each arm its own seeds: the difference interval covers 0 and the share better (ties half) is ½ within the binomial bound', () => {
    // Under "no effect" the arms are exchangeable: each pair is better or worse with equal chance
    // (ties count ½), so with N independent pairs the share is a binomial proportion around ½ with
    // SD ≤ √(¼/N) = 0.05 for N = 100; |share − ½| ≤ 4 SD fails with probability < 10⁻⁴.
    const s = lattice();
    const r = compareInThread(planComparison({ baseline: s, scenario: s, pairs: 100, seed: 5, seeds: 'independent' }));
    for (const id of ['timeTo50', 'everShare', 'activeShare'] as const) {
      const k = r.innovations[0].kpis[id];
      expect(k.pairs).toBeGreaterThanOrEqual(90);
      expect(Math.abs(k.betterShare + k.tiedShare / 2 - 0.5), id).toBeLessThanOrEqual(4 * Math.sqrt(0.25 / k.pairs));
      expect(k.difference.p10, id).toBeLessThan(0);
      expect(k.difference.p90, id).toBeGreaterThan(0);
    }
  });

  it("a strong lever's sign is found (p 0.02 → 0.2: faster adoption in nearly every pair)", () => {
    const r = compareInThread(planComparison({ baseline: lattice(), scenario: lattice({ params: { p: 0.2 } }), pairs: 30, seed: 2 }));
    const t50 = r.innovations[0].kpis.timeTo50;
    expect(t50.better).toBe('lower');
    expect(t50.betterShare).toBeGreaterThanOrEqual(0.9);
    expect(t50.difference.p90).toBeLessThan(0);
    const ever = r.innovations[0].series.ever.difference;
    expect(ever.p10[5]).toBeGreaterThan(0); // year 5: more localities have adopted, across the pairs
  });

  it('pairing shrinks the variance of the difference below what independent arms would give (ensemble bound)', () => {
    // The scenario differs from the baseline only in its last year (a suspension of strength 0.8 from
    // year 19 of 20), so with common seeds both arms are the same run until then. Had the arms been independent, the
    // difference's variance would be Var(baseline) + Var(scenario), estimated from the same runs;
    // with 100 pairs the ratio of two such variance estimates under no pairing gain is ≈ F(99, 99),
    // whose 0.1 % quantile is ≈ 0.54, so a ratio below 0.5 cannot be luck.
    const suspended = { ...LATTICE, innovations: [{ ...LATTICE.innovations[0], events: [{ year: 2019, type: 'suspend', level: 'central', scope: {}, until: 2030, strength: 0.8 }] }] };
    const r = compareInThread(planComparison({ baseline: lattice(), scenario: resolved(suspended), pairs: 100, seed: 4 }));
    const k = r.innovations[0].kpis.activeShare;
    const b = Array.from(k.values.baseline);
    const s = Array.from(k.values.scenario);
    const ratio = variance(s.map((x, i) => x - b[i])) / (variance(b) + variance(s));
    expect(k.betterShare).toBeLessThan(0.1); // the suspension lowers the active share
    expect(ratio).toBeLessThan(0.5);
  });

  it('1 and 2 worker threads give the same comparison, equal to the in-thread one', async () => {
    const plan = planComparison({ baseline: lattice(), scenario: lattice({ levers: { media: 1.5 } }), pairs: 5, seed: 9 });
    const world = loadWorld(plan.baseline.world);
    const one = await runComparison({ world, plan, workers: 1 });
    const two = await runComparison({ world, plan, workers: 2 });
    expect(two).toEqual(one);
    expect(one).toEqual(compareInThread(plan));
  });

  it("pair i's seed is replicate i's seed of a common-seed sweep, and a compare run is the app's run with that seed", () => {
    expect(pairSeed(7, 3)).toBe(deriveSeed(7, 3, 3, 'common'));
    const s = lattice();
    const world = loadWorld(s.world);
    const run = executeCompareRun(world, s, pairSeed(7, 3), { innovations: ['alpha'] });
    const sim = createSimulation(world, s, pairSeed(7, 3));
    sim.tick(sim.totalTicks);
    expect(run.innovations[0].kpis.everShare).toBe(sim.summary().innovations[0].everAdoptedShare);
    expect(run.years).toEqual(Array.from({ length: 21 }, (_, y) => 2000 + y));
  });

  it('bands are the (n + 1)p quantiles of the defined values', () => {
    expect(band([9, 1, 5, 3, 7, 2, 8, 4, 6])).toEqual({ median: 5, p10: 1, p90: 9 }); // ranks 1, 5, 9 of 9
    expect(band([1, 2, 3, 4, NaN])).toEqual({ median: 2.5, p10: 1, p90: 4 }); // ranks 0.5 → 1 (clamped), 2.5, 4.5 → 4
    expect(band([NaN])).toEqual({ median: NaN, p10: NaN, p90: NaN });
    expect(betterSign('closer to 0', -0.2, 0.1)).toBe(1);
    expect(betterSign('lower', 2, 2)).toBe(0);
  });

  it('the adoption probability of a locality is the share of runs in which it had adopted by then; the representative pair is the one nearest the median', () => {
    const r = compareInThread(planComparison({ baseline: lattice(), scenario: lattice({ params: { p: 0.2 } }), pairs: 4, seed: 1 }));
    const inn = r.innovations[0];
    const p = adoptionProbability(r, 'scenario', 'alpha', 3);
    for (const i of [0, 17, 210]) {
      let count = 0;
      for (let run = 0; run < 4; run++) if (inn.firstAdoption.scenario[run * r.n + i] <= 3) count++;
      expect(p[i]).toBe(count / 4);
    }
    expect(adoptionProbability(r, 'baseline', 'alpha', 0)[10 * 20 + 10]).toBe(1); // the origin, from year 0
    const d = adoptionProbabilityDifference(r, 'alpha', 20);
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    expect(mean).toBeCloseTo(inn.series.ever.scenario.median[20] - inn.series.ever.baseline.median[20], 0);
    expect(() => adoptionProbability(r, 'baseline', 'beta', 3)).toThrow(/innovation beta is not in the comparison \(alpha\)/);
    // the representative pair: the scenario run whose ever-adopted curve (recounted here from its
    // first-adoption times) is nearest the pointwise median curve
    const distance = (run: number) => {
      let d = 0;
      for (let y = 0; y <= 20; y++) {
        let adopted = 0;
        for (let i = 0; i < r.n; i++) if (inn.firstAdoption.scenario[run * r.n + i] <= y + 1e-4) adopted++;
        d += (adopted / r.n - inn.series.ever.scenario.median[y]) ** 2;
      }
      return d;
    };
    const distances = [0, 1, 2, 3].map(distance);
    expect(inn.representativePair).toBe(distances.indexOf(Math.min(...distances)));
  });

  it('refuses arms on different worlds or time spans, or without a shared innovation', () => {
    const other = resolved({ ...LATTICE, world: { ...LATTICE.world, width: 21 } });
    expect(() => planComparison({ baseline: lattice(), scenario: other, pairs: 2, seed: 1 })).toThrow(CompareError);
    expect(() => planComparison({ baseline: lattice(), scenario: resolved({ ...LATTICE, time: { ...LATTICE.time, years: 10 } }), pairs: 2, seed: 1 })).toThrow(/time.years is 10, the baseline's 20/);
    expect(() => planComparison({ baseline: lattice(), scenario: resolved({ ...LATTICE, innovations: [{ ...LATTICE.innovations[0], id: 'beta' }] }), pairs: 2, seed: 1 })).toThrow(/share no innovation/);
    expect(() => planComparison({ baseline: lattice(), scenario: lattice(), pairs: 0, seed: 1 })).toThrow(/whole number of pairs ≥ 1/);
  });

  it('refuses a comparison whose first-adoption times would not fit (pairs × localities), before any run', () => {
    const big = resolved({ ...LATTICE, world: { ...LATTICE.world, width: 1000, height: 1000 }, innovations: [{ ...LATTICE.innovations[0], origins: ['500,500'] }] });
    const plan = planComparison({ baseline: big, scenario: big, pairs: 100, seed: 1 });
    // 2 × 100 × 1,000,000 × 4 B = 800 MB, above a quarter of the app's 1 GiB
    expect(comparisonMemoryProblem(plan, APP_MEMORY_LIMIT, 'app')).toMatch(/^comparison too large: 100 pairs × 1,000,000 localities × 1 innovation keep 762.9 MiB of first-adoption times; allowed at most 256.0 MiB: use fewer pairs$/);
    expect(comparisonMemoryProblem(plan, CLI_MEMORY_LIMIT, 'cli')).toBeNull();
    const china = planComparison({ baseline: resolved({ extends: 'fengqiao' }), scenario: resolved({ extends: 'fengqiao' }), pairs: 500, seed: 1 });
    expect(comparisonMemoryProblem(china, APP_MEMORY_LIMIT, 'app')).toBeNull();
  });
});
