/**
 * The special case that is Bass (docs/model.md §10): a mixed world of 20,000 identical localities with
 * every mechanism but p, q and the global channel off. The synchronous scheme follows, in expectation,
 * F_{k+1} = F_k + (1 − e^{−(p + q·F_k)·dt})·(1 − F_k); the mean over seeds must stay within 4 standard
 * errors of it. The standard error comes from the binomial SD of each tick's adoptions propagated
 * through the recursion (linear noise approximation: V_{k+1} = (1 + f'(F_k))²·V_k + π_k(1 − π_k)(1 − F_k)/N
 * with π_k = 1 − e^{−(p + qF_k)dt}; the feedback through q makes it larger than a one-tick binomial SD),
 * divided by √seeds, plus one locality.
 */
import { describe, expect, it } from 'vitest';
import { createMixedWorld, createSimulation, bassCurve } from '../../src/model/index.ts';
import { bassScenario } from './helpers/scenario.ts';

const N = 20000;
const SEEDS = [1, 2, 3, 4, 5, 6];

const cache = new Map<string, { F: Float64Array; A: Float64Array }>();

/** Mean over seeds of the ever-adopted and active shares per row (memoized: tests share runs). */
function meanCurves(p: number, q: number, dt: number, years: number, extra = {}): { F: Float64Array; A: Float64Array } {
  const key = JSON.stringify([p, q, dt, years, extra]);
  if (!cache.has(key)) cache.set(key, runCurves(p, q, dt, years, extra));
  return cache.get(key)!;
}

function runCurves(p: number, q: number, dt: number, years: number, extra: object): { F: Float64Array; A: Float64Array } {
  const world = createMixedWorld({ n: N });
  const sc = bassScenario(p, q, dt, years, N, extra);
  let F: Float64Array | null = null;
  let A: Float64Array | null = null;
  for (const seed of SEEDS) {
    const sim = createSimulation(world, sc, seed, { checkpointEvery: 0 });
    sim.tick(sim.totalTicks);
    const ever = sim.metrics.column('ever_adopted', 0);
    const active = sim.metrics.column('active', 0);
    F ??= new Float64Array(ever.length);
    A ??= new Float64Array(ever.length);
    for (let t = 0; t < ever.length; t++) {
      F[t] += ever[t] / N / SEEDS.length;
      A[t] += active[t] / N / SEEDS.length;
    }
  }
  return { F: F!, A: A! };
}

/** The recursion and the standard error of the seeds' mean share at every row. */
function recursion(p: number, q: number, dt: number, ticks: number): { F: Float64Array; se: Float64Array } {
  const F = new Float64Array(ticks + 1);
  const se = new Float64Array(ticks + 1);
  let V = 0;
  for (let k = 0; k < ticks; k++) {
    const pi = -Math.expm1(-(p + q * F[k]) * dt);
    const slope = q * dt * (1 - pi) * (1 - F[k]) - pi; // d/dF of π(F)·(1 − F)
    V = (1 + slope) ** 2 * V + (pi * (1 - pi) * (1 - F[k])) / N;
    F[k + 1] = F[k] + pi * (1 - F[k]);
    se[k + 1] = Math.sqrt(V / SEEDS.length);
  }
  return { F, se };
}

describe('Bass special case (docs/model.md §10)', () => {
  for (const dt of [0.1, 1]) {
    it(`the mean of ${SEEDS.length} seeds follows the synchronous recursion at dt = ${dt}`, () => {
      const p = 0.03;
      const q = 0.38;
      const { F } = meanCurves(p, q, dt, 25);
      const R = recursion(p, q, dt, F.length - 1);
      let worst = 0;
      let worstAbs = 0;
      for (let t = 0; t < F.length; t++) {
        const dev = Math.abs(F[t] - R.F[t]);
        worst = Math.max(worst, dev / (R.se[t] + 1 / N));
        worstAbs = Math.max(worstAbs, dev);
        expect(dev, `row ${t}: simulated ${F[t]}, recursion ${R.F[t]}`).toBeLessThanOrEqual(4 * R.se[t] + 1 / N);
      }
      console.info(`Bass recursion dt=${dt}: max deviation ${worstAbs.toFixed(4)} (${worst.toFixed(2)} standard errors)`);
    });
  }

  for (const [p, q] of [
    [0.03, 0.38],
    [0.02, 0.3],
  ]) {
    it(`stays within 0.03 of the continuous curve for p = ${p}, q = ${q} at dt = 0.1`, () => {
      const dt = 0.1;
      const { F } = meanCurves(p, q, dt, 25);
      let worst = 0;
      for (let t = 0; t < F.length; t++) worst = Math.max(worst, Math.abs(F[t] - bassCurve(p, q, 0, t * dt)));
      console.info(`Bass curve p=${p} q=${q}: max deviation ${worst.toFixed(4)}`);
      expect(worst).toBeLessThan(0.03);
    });
  }

  it('with abandonment μ0 > 0 (ρ_re = 0) follows dF/dt = (p + qA)(1 − F), dA/dt = (p + qA)(1 − F) − μ0·A', () => {
    const p = 0.03;
    const q = 0.38;
    const mu0 = 0.1;
    const dt = 0.05;
    const years = 20;
    const { F, A } = meanCurves(p, q, dt, years, { mu0 });
    // the ODE, integrated with RK4 at a step 50× finer than the simulation's
    const h = dt / 50;
    let f = 0;
    let a = 0;
    const deriv = (f: number, a: number): [number, number] => {
      const inflow = (p + q * a) * (1 - f);
      return [inflow, inflow - mu0 * a];
    };
    let worstF = 0;
    let worstA = 0;
    for (let t = 0; t < F.length; t++) {
      worstF = Math.max(worstF, Math.abs(F[t] - f));
      worstA = Math.max(worstA, Math.abs(A[t] - a));
      for (let s = 0; s < 50; s++) {
        const [k1f, k1a] = deriv(f, a);
        const [k2f, k2a] = deriv(f + (h / 2) * k1f, a + (h / 2) * k1a);
        const [k3f, k3a] = deriv(f + (h / 2) * k2f, a + (h / 2) * k2a);
        const [k4f, k4a] = deriv(f + h * k3f, a + h * k3a);
        f += (h / 6) * (k1f + 2 * k2f + 2 * k3f + k4f);
        a += (h / 6) * (k1a + 2 * k2a + 2 * k3a + k4a);
      }
    }
    console.info(`Bass with μ0=${mu0}: max deviation F ${worstF.toFixed(4)}, A ${worstA.toFixed(4)}`);
    // the scheme's O(dt) discretization error at dt = 0.05 is below 0.006; sampling error below 0.004
    expect(worstF).toBeLessThan(0.01);
    expect(worstA).toBeLessThan(0.01);
    // and the active share really falls below the ever-adopted share
    expect(A[A.length - 1]).toBeLessThan(F[F.length - 1] - 0.2);
  });
});
