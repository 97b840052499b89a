/**
 * Skip-ahead by thinning (src/model/simulation/thinning.ts) must leave the process of docs/model.md §5
 * unchanged: in every tick a cell leaves its stage with probability 1 − e^{−H·dt}, H read from the
 * start-of-tick state. These tests compare the simulated distribution of transition times with the
 * exact per-tick distribution in cases where H changes over time in the two ways the bounds handle:
 *   - a scripted step (a mandate starting: the cells are rescheduled) on top of a hazard that rises
 *     with everyone else's adoptions (p + q·V, bounded by p + q), at dt = 1/12 and at dt = 1;
 *   - a continuous drift (quality Q rising along its deterministic path raises h23 through β_Q: the
 *     bound follows Q's path to its fixed point), at dt = 1/12 and dt = 0.5.
 * Bounds are loose in both, so the acceptance rule matters: at the larger steps accepting with H/H̄
 * instead of P(H)/P̄ fails them. Each compares first-transition counts per row with their
 * expectation (given the realized adoption share where the hazard reads it) by a χ² test at 0.001.
 */
import { describe, expect, it } from 'vitest';
import { createMixedWorld, createSimulation } from '../../src/model/index.ts';
import { geometricTicks } from '../../src/model/simulation/thinning.ts';
import { bassParams, innovation, scenario } from './helpers/scenario.ts';

const N = 20000;

/** Upper 0.001 quantile of χ² with df degrees of freedom (Wilson–Hilferty; z = 3.0902). */
function chi2Critical(df: number): number {
  const a = 2 / (9 * df);
  return df * (1 - a + 3.0902 * Math.sqrt(a)) ** 3;
}

/**
 * χ² of observed first-transition counts per row (obs[n], n = 1 … T) given per-tick probabilities
 * pi[n]: conditionally on the S cells still waiting at the start of tick n, obs[n] is binomial
 * (S, pi[n]), so Σ (obs − S·pi)² / (S·pi·(1 − pi)) is χ² with one degree of freedom per row (rows
 * expecting fewer than 5 are pooled with their successors, summing means and variances).
 */
function chi2(obs: number[], pi: number[]): { stat: number; df: number } {
  let waiting = N;
  let stat = 0;
  let df = 0;
  let o = 0;
  let e = 0;
  let v = 0;
  for (let n = 1; n < pi.length; n++) {
    o += obs[n];
    e += waiting * pi[n];
    v += waiting * pi[n] * (1 - pi[n]);
    waiting -= obs[n];
    if (e >= 5 || n === pi.length - 1) {
      if (v > 0) {
        stat += (o - e) ** 2 / v;
        df++;
      }
      o = e = v = 0;
    }
  }
  return { stat, df };
}

describe('thinning keeps the per-tick transition distribution', () => {
  for (const [dt, p, q, kappaM, years] of [
    [1 / 12, 0.03, 0.5, 0.8, 6],
    [1, 0.05, 1.2, 1.5, 8],
  ]) {
    it(`a hazard that steps up at a mandate (dt = ${dt}): first adoptions per row follow 1 − e^{−H·dt}`, () => {
      const mandateYear = 2003;
      const sc = scenario(
        { kind: 'mixed', n: N },
        {
          params: bassParams(p, q, { kappaM }),
          time: { dt, years },
          innovations: [innovation({ events: [{ year: mandateYear, type: 'mandate', level: 'central', scope: {} }] })],
        },
      );
      const sim = createSimulation(createMixedWorld({ n: N }), sc, 11, { checkpointEvery: 0 });
      sim.tick(sim.totalTicks);
      const ever = sim.metrics.column('ever_adopted', 0);
      const mandateTick = sim.tickAt(mandateYear); // the mandate holds from this row: transitions out of it on
      const obs = [0];
      const pi = [0];
      for (let n = 1; n <= sim.totalTicks; n++) {
        obs.push(ever[n] - ever[n - 1]);
        // no one leaves stages 1–4 here, so V at the start of the tick is ever adopted / N
        pi.push(-Math.expm1(-(p + q * (ever[n - 1] / N) + (n - 1 >= mandateTick ? kappaM : 0)) * dt));
      }
      const { stat, df } = chi2(obs, pi);
      console.info(`thinning χ² = ${stat.toFixed(1)}, df ${df}, critical ${chi2Critical(df).toFixed(1)}`);
      expect(stat, `χ² = ${stat.toFixed(1)} with ${df} df`).toBeLessThan(chi2Critical(df));
    });
  }

  for (const dt of [1 / 12, 0.5]) {
    it(`a hazard that drifts with quality (β_Q, dt = ${dt}): exits from adapting per row follow 1 − e^{−h23(Q)·dt}`, () => {
      const lambda23 = 0.6;
      const betaQ = Math.log(20);
      const etaQ = 0.6;
      const etaGap = 0.1;
      const sc = scenario(
        { kind: 'mixed', n: N },
        {
          params: bassParams(0, 0, { lambda23, betaQ, etaQ, etaGap, psiShow: 0 }),
          time: { dt, years: 10 },
          innovations: [
            innovation({ complexity: 0.9, digital: 0.9, events: [{ year: 2000, type: 'pilot', level: 'central', scope: {} }] }),
          ],
        },
      );
      const sim = createSimulation(createMixedWorld({ n: N }), sc, 12, { checkpointEvery: 0 });
      sim.tick(sim.totalTicks);
      const adapting = sim.metrics.column('adapting', 0);
      expect(adapting[0]).toBe(N); // every locality piloted at row 0, Q = 0.5
      // the deterministic quality path of a homogeneous world: the solution of dQ/dt = g(1 − Q) − eQ
      // from Q = 0.5 at row 0 (drivers/quality.ts), per year
      const r = sim.attributes.resources[0];
      const s = sim.attributes.support[0];
      const g = (etaQ * (r + s)) / 2;
      const e = etaGap * sim.gap[0];
      expect(e).toBeGreaterThan(0); // Q heads for a fixed point below 1
      const qStar = g / (g + e);
      const obs = [0];
      const pi = [0];
      for (let n = 1; n <= sim.totalTicks; n++) {
        const q = qStar + (0.5 - qStar) * Math.exp(-(g + e) * (n - 1) * dt); // at the start of the tick
        obs.push(adapting[n - 1] - adapting[n]);
        pi.push(-Math.expm1(-lambda23 * Math.exp(betaQ * (q - 0.5)) * dt));
      }
      const { stat, df } = chi2(obs, pi);
      console.info(`thinning χ² = ${stat.toFixed(1)}, df ${df}, critical ${chi2Critical(df).toFixed(1)}`);
      expect(stat, `χ² = ${stat.toFixed(1)} with ${df} df`).toBeLessThan(chi2Critical(df));
    });
  }

  it('candidate gaps are geometric: P(gap > n) = e^{−n·x}', () => {
    const x = 0.07;
    const M = 200000;
    const over = new Float64Array(60);
    for (let j = 0; j < M; j++) {
      const g = geometricTicks((j + 0.5) / M, x); // a uniform grid stands in for u
      expect(g).toBeGreaterThanOrEqual(1);
      for (let n = 0; n < over.length && g > n; n++) over[n]++;
    }
    for (let n = 0; n < over.length; n++) expect(over[n] / M).toBeCloseTo(Math.exp(-n * x), 4);
  });
});
