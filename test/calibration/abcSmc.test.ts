/**
 * The ABC-SMC engine on a toy model with a known posterior: the mean x̄ of n = 25 draws of N(μ, 1),
 * so x̄ | μ ~ N(μ, s²) with s = 0.2, under a uniform prior on μ much wider than s. Accepting
 * |x̄_sim − x̄_obs| ≤ h gives, exactly, the posterior N(x̄_obs, s²) convolved with U(−h, h): mean
 * x̄_obs, SD √(s² + h²/3), where h = ε · scale is the last tolerance in the units of x̄. The weighted
 * particles of one generation are independent importance draws, so the weighted mean is within
 * 4 · SD/√ESS of it and the weighted SD within 4 · SD/√(2·ESS) (the SD's standard error for a
 * distribution no heavier-tailed than the normal) — checked for several seeds.
 */
import { describe, expect, it } from 'vitest';
import { createStream, normal } from '../../src/model/rng/stream.ts';
import {
  continueAbcSmc,
  runAbcSmc,
  simulationsSpent,
  startAbcSmc,
  weightedMoments,
  stateFromJson,
  type AbcSmcOptions,
  type AbcSmcState,
  type Candidate,
  type Prior,
  type Simulator,
} from '../../src/calibration/abcSmc.ts';

const S = 0.2;
const OBSERVED = 1.3;
const toy: Simulator = (theta, seed) => [theta[0] + S * normal(createStream(seed, 'toy'))];
const PRIOR: Prior[] = [{ name: 'mu', scale: 'linear', lo: -5, hi: 5 }];
const OPTIONS: AbcSmcOptions = { particles: 1000, alpha: 0.5, generations: 9, budget: 200_000, seed: 1, essFraction: 0.5 };

/** The state after a JSON round trip, as a resumed run reads it from disk. */
function roundTrip(state: AbcSmcState): AbcSmcState {
  return stateFromJson(JSON.parse(JSON.stringify(state)) as AbcSmcState);
}

describe('ABC-SMC engine', () => {
  for (const seed of [1, 2, 3]) {
    it(`recovers the analytic posterior of a normal mean (seed ${seed})`, async () => {
      const { state, stop } = await runAbcSmc(PRIOR, toy, [OBSERVED], { ...OPTIONS, seed });
      expect(stop).toBe('generations');
      const last = state.generations.at(-1)!;
      const h = last.tolerance * state.scales![0];
      const expectedSd = Math.sqrt(S ** 2 + h ** 2 / 3);
      const { mean, sd } = weightedMoments(last, 0);
      console.info(`seed ${seed}: ε·scale = ${h.toFixed(3)}, mean ${mean.toFixed(3)}, SD ${sd.toFixed(3)} (expected ${expectedSd.toFixed(3)}), ESS ${last.ess.toFixed(0)}, ${simulationsSpent(state)} simulations`);
      // the tolerance has shrunk below the posterior SD, so the ABC posterior is close to the exact one
      expect(h).toBeLessThan(S);
      expect(Math.abs(mean - OBSERVED)).toBeLessThan((4 * expectedSd) / Math.sqrt(last.ess));
      expect(Math.abs(sd - expectedSd)).toBeLessThan((4 * expectedSd) / Math.sqrt(2 * last.ess));
      // tolerances shrink generation by generation
      const tolerances = state.generations.map((g) => g.tolerance);
      for (let g = 2; g < tolerances.length; g++) expect(tolerances[g]).toBeLessThan(tolerances[g - 1]);
    });
  }

  it('weights sum to 1 and ESS ≤ N in every generation', async () => {
    // essFraction 1: every generation whose weights are not all equal is resampled before the next draws from it
    const { state } = await runAbcSmc(PRIOR, toy, [OBSERVED], { ...OPTIONS, particles: 300, generations: 6, essFraction: 1 });
    for (const g of state.generations) {
      expect(g.particles).toHaveLength(300);
      expect(g.particles.reduce((s, q) => s + q.weight, 0)).toBeCloseTo(1, 12);
      expect(g.ess).toBeLessThanOrEqual(300 + 1e-9);
      expect(g.ess).toBeGreaterThan(1);
      for (const q of g.particles) expect(q.distance).toBeLessThanOrEqual(g.tolerance);
    }
    expect(state.generations.some((g) => g.resampled)).toBe(true);
  });

  it('gives the same generations for 1 and 3 workers evaluating in any order', async () => {
    const opts = { ...OPTIONS, particles: 200, generations: 5 };
    const one = await runAbcSmc(PRIOR, toy, [OBSERVED], opts);
    // three "workers": the batch split in three, evaluated last chunk first, put back in batch order
    const three = await continueAbcSmc(startAbcSmc(PRIOR, [OBSERVED], opts), async (batch: readonly Candidate[]) => {
      const size = Math.ceil(batch.length / 3);
      const chunks = [0, 1, 2].map((w) => batch.slice(w * size, (w + 1) * size));
      const results = await Promise.all(chunks.reverse().map(async (chunk) => chunk.map((c) => toy(c.theta, c.seed))));
      return results.reverse().flat();
    });
    expect(JSON.stringify(three.state)).toBe(JSON.stringify(one.state));
  });

  it('resumes from the last complete generation with the same result (stopped between or inside generations)', async () => {
    const opts = { ...OPTIONS, particles: 200, generations: 5 };
    const straight = await runAbcSmc(PRIOR, toy, [OBSERVED], opts);
    // stopped after 3 generations, state written and read back, then continued
    const first = await runAbcSmc(PRIOR, toy, [OBSERVED], { ...opts, generations: 3 });
    const resumed = await continueAbcSmc({ ...roundTrip(first.state), options: opts }, (b) => b.map((c) => toy(c.theta, c.seed)));
    expect(JSON.stringify(resumed.state)).toBe(JSON.stringify(straight.state));
    // killed in the middle of generation 3 (the simulator throws): the generations written so far are kept
    let written: AbcSmcState | null = null;
    const killed = continueAbcSmc(
      startAbcSmc(PRIOR, [OBSERVED], opts),
      (b) => {
        if (written?.generations.length === 3) throw new Error('killed');
        return b.map((c) => toy(c.theta, c.seed));
      },
      { onGeneration: (state) => void (written = roundTrip(state)) },
    );
    await expect(killed).rejects.toThrow('killed');
    const after = await continueAbcSmc(written!, (b) => b.map((c) => toy(c.theta, c.seed)));
    expect(JSON.stringify(after.state)).toBe(JSON.stringify(straight.state));
    // stopped by a signal before a batch of generation 3: that generation is abandoned, then redone
    let stopping = false;
    const cut = await continueAbcSmc(startAbcSmc(PRIOR, [OBSERVED], opts), (b) => b.map((c) => toy(c.theta, c.seed)), {
      onGeneration: (state) => void (stopping = state.generations.length === 3),
      shouldStop: () => stopping,
    });
    expect(cut.stop).toBe('stopped');
    expect(cut.state.generations).toHaveLength(3);
    const again = await continueAbcSmc(roundTrip(cut.state), (b) => b.map((c) => toy(c.theta, c.seed)));
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(straight.state));
  });

  it('never proposes outside the prior support, linear or log scale, with the posterior against a bound', async () => {
    const priors: Prior[] = [
      { name: 'mu', scale: 'linear', lo: 1.25, hi: 4 },
      { name: 'rate', scale: 'log', lo: 0.01, hi: 2 },
    ];
    const seen: number[][] = [];
    // the observed rate summary sits at the log prior's lower bound
    const sim: Simulator = (theta, seed) => {
      seen.push([...theta]);
      const r = createStream(seed, 'toy');
      return [theta[0] + S * normal(r), Math.log(theta[1]) + 0.3 * normal(r)];
    };
    const { state } = await runAbcSmc(priors, sim, [OBSERVED, Math.log(0.01)], { ...OPTIONS, particles: 300, generations: 6 });
    expect(seen.length).toBe(simulationsSpent(state));
    for (const [mu, rate] of seen) {
      expect(mu).toBeGreaterThanOrEqual(1.25);
      expect(mu).toBeLessThanOrEqual(4);
      expect(rate).toBeGreaterThanOrEqual(0.01);
      expect(rate).toBeLessThanOrEqual(2);
    }
    // rejected, not moved onto the bound: a bound itself has probability 0 under a continuous kernel
    expect(seen.filter(([mu, rate]) => mu === 1.25 || rate <= 0.01 * (1 + 1e-12)).length).toBe(0);
    // the posterior piles up against both bounds the observed values sit at or near
    const last = state.generations.at(-1)!;
    expect(weightedMoments(last, 0).mean).toBeLessThan(1.7);
    expect(weightedMoments(last, 1).mean).toBeLessThan(0.05);
  });

  it('leaves an unobserved statistic out and rejects runs that miss an observed one after generation 0', async () => {
    // statistic 0 is undefined (NaN) when mu < 0; statistic 1 is not observed (null) and is noise
    const sim: Simulator = (theta, seed) => [theta[0] < 0 ? NaN : theta[0] + S * normal(createStream(seed, 'toy')), 1e6 * createStream(seed, 'noise')()];
    const { state } = await runAbcSmc(PRIOR, sim, [OBSERVED, null], { ...OPTIONS, particles: 200, generations: 4 });
    expect(state.generations[0].particles.some((q) => q.theta[0] < 0 && q.distance === Infinity)).toBe(true);
    for (const g of state.generations.slice(1)) for (const q of g.particles) expect(q.theta[0]).toBeGreaterThanOrEqual(0);
    expect(Math.abs(weightedMoments(state.generations.at(-1)!, 0).mean - OBSERVED)).toBeLessThan(0.5);
  });

  it('stops on the budget, keeping only complete generations', async () => {
    const { state, stop, abandoned } = await runAbcSmc(PRIOR, toy, [OBSERVED], { ...OPTIONS, particles: 100, generations: 50, budget: 1500 });
    expect(stop).toBe('budget');
    expect(simulationsSpent(state) + abandoned).toBeLessThanOrEqual(1500);
    expect(state.generations.length).toBeGreaterThan(2);
    for (const g of state.generations) expect(g.particles).toHaveLength(100);
  });

  it('rejects bad priors and options with one line per problem', () => {
    expect(() => startAbcSmc([{ name: 'a', scale: 'log', lo: 0, hi: 1 }], [1], { ...OPTIONS, particles: 1, alpha: 1 })).toThrow(
      /prior of a: log-uniform range \[0, 1\] \(allowed: lo > 0\)\nparticles 1 \(allowed: an integer ≥ 2\)\nalpha 1/,
    );
  });
});
