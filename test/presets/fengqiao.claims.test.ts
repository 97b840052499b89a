/**
 * fengqiao (枫桥经验) is the lasting case: it spreads nationally after the 1963 instruction and,
 * sixty years on, most localities still practise it, few in name only, with growing quality. In the
 * model what keeps it alive is its low cost (c = 0.2, g = 0.05: no capacity gap) and the two levers
 * with its real-world reading: mass supervision and evaluation (群众评议 ↔ thirdPartyEval 0.5) and
 * reliance on the masses (依靠群众 ↔ supportBoost 0.2). Without them the default formalism drift
 * (η0 = 0.05 per year, no stage protection) empties it.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, everShare, everywhere, runUntil } from './measures.ts';

const SEEDS = [1, 2];

describe('fengqiao preset: a lasting innovation', () => {
  const runs = SEEDS.map((seed) => {
    const sim = runUntil({ extends: 'fengqiao' }, seed, 1966);
    const q1966 = sim.summary().innovations[0].meanQuality!;
    advanceTo(sim, 1970);
    const ever1970 = everShare(sim, everywhere);
    const active1970 = sim.summary().innovations[0].activeShare;
    advanceTo(sim);
    return { sim, q1966, ever1970, active1970, end: sim.summary().innovations[0] };
  });

  it('spreads nationally after the 1963 instruction', () => {
    for (const { end, ever1970 } of runs) {
      expect(end.t50!).toBeLessThan(5); // measured 2.3 years
      expect(ever1970).toBeGreaterThan(0.85); // measured 0.94–0.95
    }
  });

  it('lasts: in 2024 most localities still practise it, few in name only', () => {
    for (const { end, active1970 } of runs) {
      expect(end.activeShare).toBeGreaterThan(0.4); // measured 0.55–0.56
      expect(end.activeShare).toBeGreaterThan(0.6 * active1970); // 0.55 of 0.77–0.78
      expect(end.formalismShare!).toBeLessThan(0.2); // measured 0.09–0.10
      expect(end.persistence5!).toBeGreaterThan(0.6); // measured 0.74–0.75
      expect(end.provincesActive10).toBe(31);
    }
  });

  it('improves: the quality of active practice grows', () => {
    for (const { end, q1966 } of runs) expect(end.meanQuality!).toBeGreaterThan(q1966 + 0.2); // 0.60 → 0.97
  });

  it('lasts because of supervision and support: without those levers it drifts into formalism', () => {
    const bare = runUntil({ extends: 'fengqiao', levers: { thirdPartyEval: 0, supportBoost: 0 } }, SEEDS[0]).summary().innovations[0];
    expect(bare.activeShare).toBeLessThan(0.25); // measured 0.10
    expect(bare.formalismShare!).toBeGreaterThan(0.3); // measured 0.46
  });
});
