/**
 * Parameter recovery of the us-policies calibration: summaries simulated at known parameters are
 * taken as "observed", the ABC-SMC engine fits them with a small budget, and the 90 % posterior
 * intervals must hold the truth — and, for the parameters the summaries identify, be clearly
 * narrower than the prior.
 *
 * What is fitted, and why: p, q and the median potential, with everything else fixed at the truth.
 * Those three are what the nine speed-and-reach statistics (years to 50 % and 90 %, eventual
 * adopters: quartiles) speak to; σ, the spread of the potential, β_L and ω_n are held at their true
 * values and the split-half and neighbour statistics, which speak mainly to β_L and ω_n, are left
 * out of the distance (observed: null). With the calibrated posterior's wide spreads (σ 1.5, s_m 2)
 * and all eleven statistics, even these three kept most of their priors' widths at this budget,
 * and ω_n is weakly identified even by the full 8-minute fit (docs/validation-data.md).
 * q is only weakly identified at this budget too: p and q both set a policy's speed, and these
 * summaries tell them apart only by the shape of the curve, so its interval is asserted to hold the
 * truth but not to be narrow.
 *
 * Deterministic: fixed seeds for the "observed" simulation and for the engine.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildUsStatesWorld, parseUsStates } from '../../src/geo/index.ts';
import { runAbcSmc } from '../../src/calibration/abcSmc.ts';
import { US_POLICY_PARAMETERS, usPoliciesSimulator } from '../../src/calibration/usPolicySimulator.ts';
import { US_POLICY_STATISTICS } from '../../src/calibration/usPolicySummaries.ts';
import { weightedQuantile } from '../../src/calibration/weightedQuantile.ts';
import { readData } from './spidData.ts';

const ROOT = resolve(__dirname, '../..');
const shipped = JSON.parse(readFileSync(join(ROOT, 'public/calibration/spid-1950-1995.json'), 'utf8'));
const world = buildUsStatesWorld(parseUsStates(readData('us-states.json')));
const context = { loadWorld: () => world, readText: (path: readonly string[]) => readFileSync(join(ROOT, ...path), 'utf8') };
/** 60 of the 329 policies of 1950–1995 (every fifth first year): about 20 ms a simulation. */
const firstYears = shipped.options.firstYears.filter((_: number, i: number) => i % 5 === 0).slice(0, 60);
const setup = usPoliciesSimulator({ ...shipped.options, firstYears }, context);

/** The truth (p, q, σ, median potential, H, ω_n, β_L, spread of the potential): spreads small enough for the quartiles to see the locations. */
const TRUTH = [0.02, 0.3, 0.5, 0.5, 10, 0.5, 0.6, 1];
const FITTED = ['p', 'q', 'potential'];
/** Fitted parameters whose 90 % interval must be narrower than this share of the prior's width (in ln θ for log priors). */
const NARROW: Record<string, number> = { p: 0.75, potential: 0.6 };
const LEFT_OUT = ['split_half', 'neighbour_10y'];

describe('parameter recovery of the us-policies calibration', () => {
  it('recovers p, q and the median potential of 60 simulated policies: the truth inside each 90 % interval, p and the potential well inside the prior', async () => {
    expect(firstYears).toHaveLength(60);
    const priors = setup.parameters.filter((p) => FITTED.includes(p.name)).map(({ name, scale, lo, hi }) => ({ name, scale, lo, hi }));
    const slot = priors.map((p) => US_POLICY_PARAMETERS.indexOf(p.name));
    const simulate = (theta: readonly number[], seed: number) => setup.simulate(TRUTH.map((x, i) => (slot.includes(i) ? theta[slot.indexOf(i)] : x)), seed);
    const observed = setup.simulate(TRUTH, 1001).map((x, k) => (LEFT_OUT.includes(US_POLICY_STATISTICS[k]) ? null : x));
    const { state } = await runAbcSmc(priors, simulate, observed, { particles: 100, alpha: 0.5, generations: 20, budget: 2000, seed: 1, essFraction: 0.5 });
    const last = state.generations.at(-1)!;
    expect(last.index).toBeGreaterThanOrEqual(3);
    const weights = last.particles.map((q) => q.weight);
    priors.forEach((p, k) => {
      const values = last.particles.map((q) => q.theta[k]);
      const [lo, hi] = [weightedQuantile(values, weights, 0.05), weightedQuantile(values, weights, 0.95)];
      const truth = TRUTH[slot[k]];
      expect(truth >= lo && truth <= hi, `${p.name}: ${truth} in ${lo}–${hi}`).toBe(true);
      const width = p.scale === 'log' ? Math.log(hi / lo) / Math.log(p.hi / p.lo) : (hi - lo) / (p.hi - p.lo);
      if (NARROW[p.name]) expect(width, `${p.name}: width ${width} of the prior's`).toBeLessThan(NARROW[p.name]);
    });
  }, 300_000); // about 30 s alone, twice that on two busy cores: the limit only stops a hung run
});
