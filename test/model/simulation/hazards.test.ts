/**
 * Each hazard is written once (src/model/simulation/hazards.ts) and used both by the decision and
 * by the thinning bound. These tests check the property the thinning rests on: a hazard evaluated
 * at the bound's inputs (thinning.ts hazardBound) is never below the same hazard at any state those
 * inputs bound — over many random states — and that a decision refuses a bound below its hazard.
 */
import { describe, expect, it } from 'vitest';
import { createSyntheticWorld } from '../../../src/model/index.ts';
import { createStream } from '../../../src/model/rng/stream.ts';
import * as hz from '../../../src/model/simulation/hazards.ts';
import { buildKernel } from '../../../src/model/simulation/buildKernel.ts';
import { hazardBound } from '../../../src/model/simulation/thinning.ts';
import { decide } from '../../../src/model/simulation/decide.ts';
import { LOC_EXP01, LOC_STRIDE, NB_STRIDE, NB_XMAX } from '../../../src/model/simulation/kernel.ts';
import { richScenario } from '../helpers/rich.ts';

const DRAWS = 20000;
const u = createStream(7, 'hazards-test');
/** uniform in [lo, hi) */
const between = (lo: number, hi: number): number => lo + (hi - lo) * u();
const coin = (): boolean => u() < 0.5;

describe('each hazard at its bound inputs is at least the hazard at the state', () => {
  it('0 → 1: peer shares ≤ 1 (the neighbours\' at its value), demonstration factor ≤ max(1, e^β_D)', () => {
    for (let n = 0; n < DRAWS; n++) {
      const threshold = coin();
      const [wg, wn, wp, wf] = [between(0, 1), between(0, 1), between(0, 1), between(0, 1)];
      const [kth, theta] = [between(0, 40), between(0, 1)];
      const an = u();
      const peer = wg * u() + wn * an + wp * u() + wf * u();
      const [pm, q, exp01, expBEe, expBD] = [between(0, 0.1), between(0, 2), Math.exp(between(-2, 2)), Math.exp(between(-1, 1)), Math.exp(between(-1, 1))];
      const mandate = coin() ? between(0, 2) : 0;
      const demoMax = expBD > 1 ? expBD : 1;
      const h = hz.adoptionHazard(pm, q, hz.peerResponse(threshold, peer, kth, theta), exp01, expBEe, coin() ? expBD : 1, mandate);
      const bound = hz.adoptionHazard(pm, q, hz.peerBound(threshold, wg, wn, wp, wf, an, kth, theta), exp01, expBEe, demoMax, mandate);
      expect(bound).toBeGreaterThanOrEqual(h);
    }
  });

  it('progression, formalism and abandonment: demonstration, quality along its path, load, contagion', () => {
    for (let n = 0; n < DRAWS; n++) {
      const base = Math.exp(between(-4, 1));
      const expBD = Math.exp(between(-1, 1));
      expect(hz.hazard12(base, expBD > 1 ? expBD : 1)).toBeGreaterThanOrEqual(hz.hazard12(base, coin() ? expBD : 1));
      expect(hz.hazard34(base)).toBe(base);

      // quality's bound is its largest value before the cell moves (smallest with β_Q < 0)
      const betaQ = between(-3, 3);
      const [qa, qb] = [u(), u()];
      const qBound = betaQ >= 0 ? Math.max(qa, qb) : Math.min(qa, qb);
      const [reward, expBEe, showKeep] = [between(0.5, 3), Math.exp(between(-1, 1)), coin() ? between(0, 1) : 1];
      const h23 = hz.hazard23(base, reward, expBEe, hz.qualityFactor(betaQ, qa), showKeep);
      expect(hz.hazard23(base, reward, expBEe, hz.qualityFactor(betaQ, qBound), showKeep)).toBeGreaterThanOrEqual(h23);

      // load term: the largest of e^{δ_load·l·(1 − burdenReduction)}, l < K
      const K = 1 + Math.floor(between(0, 6));
      const deltaLoad = between(-1, 1);
      const expLoad = Array.from({ length: K }, (_, l) => Math.exp(deltaLoad * l));
      const show = coin();
      const l = Math.floor(between(0, K));
      expect(hz.formalismHazard(base, Math.max(...expLoad), show, 1)).toBeGreaterThanOrEqual(hz.formalismHazard(base, expLoad[l], show, 1));

      // formalism protection falls with Q (β_Q5 ≥ 0): its bound is at the lowest Q of the path
      const betaQ5 = between(0, 2);
      const sf = 1 + Math.floor(between(0, 4));
      const expNegInst5 = Math.exp(-between(0, 1.5));
      expect(hz.formalismProtection(sf, expNegInst5, betaQ5, Math.min(qa, qb))).toBeGreaterThanOrEqual(hz.formalismProtection(sf, expNegInst5, betaQ5, qa));
      // institutionalized practice (stages 3–4) is protected by e^{−δ_inst5}, at Q = 0.5 exactly that
      expect(hz.formalismProtection(sf, expNegInst5, betaQ5, 0.5)).toBe(sf === 3 || sf === 4 ? expNegInst5 : 1);

      // contagion e^{δ_X·a_X}, a_X ∈ [0, 1]: the bound uses max(1, e^{δ_X})
      const deltaX = between(-2, 2);
      const s = 1 + Math.floor(between(0, 5));
      const e = Math.floor(between(0, 4));
      const recent = coin();
      const lapsed = coin();
      const [expShow, expNegInst, expNegE, turnFactor] = [Math.exp(between(-1, 1)), Math.exp(-between(0, 1)), Math.exp(-between(0, 1)), 1 + between(0, 1)];
      const mu = (aX: number): number =>
        hz.abandonmentHazard(base, aX, show ? expShow : 1, hz.institutionFactor(s, expNegInst, lapsed), e >= 2 ? expNegE : 1, hz.turnoverFactor(s, recent, turnFactor));
      expect(mu(Math.max(1, Math.exp(deltaX)))).toBeGreaterThanOrEqual(mu(Math.exp(deltaX * u())));
      // institutional protection in stages 3–4, and in stage 5 only for what lapsed from them; the
      // turnover shock in stages 1–2 only
      expect(hz.institutionFactor(s, expNegInst, lapsed)).toBe(s === 3 || s === 4 || (s === 5 && lapsed) ? expNegInst : 1);
      expect(hz.turnoverFactor(s, true, turnFactor)).toBe(s < 3 ? turnFactor : 1);
      expect(hz.turnoverFactor(s, false, turnFactor)).toBe(1);
    }
  });
});

describe('thinning bound', () => {
  it('of a fresh stage-0 cell is the adoption hazard at full peer shares, within its margin', () => {
    const sc = richScenario(3);
    const { kernel: m } = buildKernel(createSyntheticWorld(sc.world), sc, 5);
    const demoMax = Math.max(1, m.expBD);
    for (let i = 0; i < m.N; i += 37) {
      const peerMax = hz.peerBound(m.threshold, m.wg, m.wn, m.wp, m.wf, m.neighbourBound ? 0 : 1, m.kth, m.threshold ? m.theta[i] : 0); // fresh: no visible neighbour
      const h = hz.adoptionHazard(m.pK[0], m.qK[0], peerMax, m.loc[LOC_STRIDE * i + LOC_EXP01], m.expBE[0], demoMax, 0);
      const b = hazardBound(m, 0, i, i, 0);
      expect(b).toBeGreaterThanOrEqual(h);
      expect(b / h - 1).toBeLessThan(1e-8);
    }
  });

  it('below the hazard is refused by the decision', () => {
    const sc = richScenario(3);
    const { kernel: m } = buildKernel(createSyntheticWorld(sc.world), sc, 5);
    // every cell is due at tick 0; give each a schedule whose bound is far below its hazard
    for (let idx = 0; idx < m.N * m.K; idx++) m.nbF[NB_STRIDE * idx + NB_XMAX] = 1e-30;
    expect(() => decide(m)).toThrow(/hazard bound violated/);
  });
});
