/**
 * Salience σ_k = 2^{−(t − t_last)/H_k} multiplies external influence p: attention to an innovation
 * fades between events and a renewing event (pilot, endorse, document, mandate) restores it to 1.
 * With H absent it never fades.
 *
 * World: 5,000 identical, fully mixed localities; imitation off (q = 0), demonstration sites and the
 * exemplar rule off, so the external channel is the only way in and its hazard per locality at risk
 * is p·σ. A pilot in one locality at year 10 renews salience. Windows of two years: [0, 2), [8, 10),
 * [10, 12). With H = 3 years the per-at-risk rate of external adoptions in [8, 10) is 2^{−8/3} of
 * that in [0, 2), and in [10, 12) it is back to that of [0, 2); with H absent all three are equal.
 * Four seeds; rate ratios by Poisson counts (measure.ts), within Z standard errors of the expected
 * log-ratio.
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import type { Simulation } from '../../../src/model/simulation/types.ts';
import { CH_EXTERNAL } from '../../../src/model/events/channels.ts';
import { addRates, exposure, logRateRatio, runSynthetic, seedRange, transitions, Z, type Rate } from './measure.ts';

const SEEDS = seedRange(4);
const START = 2000;
const H = 3;

function fadingScenario(halfLife?: number) {
  return scenario(
    { kind: 'mixed', n: 5000 },
    {
      params: { p: 0.05, q: 0, betaD: 0, endogenousEndorsement: false },
      time: { startYear: START, years: 20, dt: 0.25 },
      innovations: [
        innovation({
          startYear: START,
          ...(halfLife === undefined ? {} : { halfLife }),
          events: [{ year: START + 10, type: 'pilot', level: 'central', scope: { codes: ['0'] } }],
        }),
      ],
    },
  );
}

/** External-channel adoptions per locality-year at risk in years [from, to) after the start, summed over runs. */
function externalRate(runs: readonly Simulation[], from: number, to: number): Rate {
  return addRates(
    runs.map((sim) => {
      const [a, b] = [sim.tickAt(START + from), sim.tickAt(START + to)];
      return { events: transitions(sim, [0], 1, a, b, (j, log) => log.channel[j] === CH_EXTERNAL), exposure: exposure(sim, [0], a, b) };
    }),
  );
}

function expectLogRatio(a: Rate, b: Rate, expected: number, what: string): void {
  const r = logRateRatio(a, b);
  expect(Math.abs(r.log - expected), `${what}: ratio ${r.ratio.toFixed(3)}, expected ${Math.exp(expected).toFixed(3)} (±${Z}·${r.se.toFixed(3)} in log)`).toBeLessThanOrEqual(Z * r.se);
}

describe('salience', () => {
  it('with a finite half-life, external adoptions fade between events and jump after a renewing event', () => {
    const runs = SEEDS.map((seed) => runSynthetic(fadingScenario(H), seed));
    const [first, before, after] = [externalRate(runs, 0, 2), externalRate(runs, 8, 10), externalRate(runs, 10, 12)];
    expectLogRatio(before, first, (-8 / H) * Math.LN2, 'faded [8,10) over [0,2)');
    expectLogRatio(after, first, 0, 'renewed [10,12) over [0,2)');
    const jump = logRateRatio(after, before);
    expect(jump.log - Z * jump.se).toBeGreaterThan(0);
  });

  it('with no half-life, they neither fade nor jump', () => {
    const runs = SEEDS.map((seed) => runSynthetic(fadingScenario(undefined), seed));
    const [first, before, after] = [externalRate(runs, 0, 2), externalRate(runs, 8, 10), externalRate(runs, 10, 12)];
    expectLogRatio(before, first, 0, '[8,10) over [0,2)');
    expectLogRatio(after, before, 0, '[10,12) over [8,10)');
  });
});
