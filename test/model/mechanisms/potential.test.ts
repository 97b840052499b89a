/**
 * Potential m_k: an innovation is a fit for a share m_k of the localities (eligibility drawn once per
 * locality × innovation from the run seed, drivers/eligibility.ts). Without a mandate only eligible
 * localities adopt, so in a long run eventual adoption is near m_k, not near 1; a mandate reaches the
 * ineligible too, and they adopt for show more often (odds × e^{γ_unfit}, γ_unfit = ln 3).
 *
 * World: 2,000 identical, fully mixed localities, m = 0.5.
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import { drawIneligible } from '../../../src/model/drivers/eligibility.ts';
import { defaultAssumptions } from '../../../src/model/params/index.ts';
import { FLAG_SHOW } from '../../../src/model/simulation/stages.ts';
import { runSynthetic, seedRange, Z } from './measure.ts';

const N = 2000;
const M = 0.5;
const SEEDS = seedRange(5);

describe('potential: the share of localities an innovation fits', () => {
  it('without a mandate only eligible localities adopt: eventual adoption is near m, not near 1', () => {
    // 80 years: with p = 0.03 and q = 0.25 every eligible locality has adopted long before the end
    const sc = scenario({ kind: 'mixed', n: N }, { time: { years: 80, dt: 0.5 }, innovations: [innovation({ potential: M })] });
    const shares = SEEDS.map((seed) => {
      const sim = runSynthetic(sc, seed);
      const ineligible = drawIneligible(N, [M], seed);
      let ever = 0;
      for (let i = 0; i < N; i++) {
        if (sim.firstAdoptionTick[i] < 0) continue;
        ever++;
        expect(ineligible[i], `locality ${i} adopted though the innovation is no fit there`).toBe(0);
      }
      return ever / N;
    });
    // The eligible share is Binomial(N, m)/N per seed: the mean over the seeds has SD sqrt(m(1−m)/(N·seeds)) = 0.005.
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expect(Math.abs(mean - M), `mean eventual share ${mean.toFixed(4)}`).toBeLessThanOrEqual(Z * Math.sqrt((M * (1 - M)) / (N * SEEDS.length)));
  });

  it('a mandate reaches the ineligible too, and they adopt for show more often', () => {
    const mandate = { year: 2010, type: 'mandate' as const, level: 'central' as const, scope: {} };
    const sc = scenario({ kind: 'mixed', n: N }, { time: { years: 15, dt: 0.25 }, innovations: [innovation({ potential: M, events: [mandate] })] });
    // first adoptions from the mandate's tick on, by eligibility: [adopters, of them for show]
    const fit = [0, 0];
    const unfit = [0, 0];
    let ineligibleCount = 0;
    let ineligibleAdopted = 0;
    for (const seed of SEEDS) {
      const ineligible = drawIneligible(N, [M], seed);
      const sim = runSynthetic(sc, seed, (s) => {
        if (s.yearAt(s.tickCount) < mandate.year) return;
        for (let i = 0; i < N; i++) {
          if (s.firstAdoptionTick[i] !== s.tickCount) continue;
          const group = ineligible[i] ? unfit : fit;
          group[0]++;
          if (s.flags[i] & FLAG_SHOW) group[1]++;
        }
      });
      for (let i = 0; i < N; i++) {
        ineligibleCount += ineligible[i];
        if (ineligible[i] && sim.firstAdoptionTick[i] >= 0) ineligibleAdopted++;
      }
    }
    // κ_M = 0.8 per year for 5 years: each ineligible locality adopts with probability 1 − e^{−4} = 0.98
    expect(ineligibleAdopted / ineligibleCount).toBeGreaterThan(0.95);
    // Same mandate, attributes and gap in both groups: the odds ratio of a show adoption is e^{γ_unfit}.
    const logOdds = (g: number[]) => Math.log(g[1] / (g[0] - g[1]));
    const logOR = logOdds(unfit) - logOdds(fit);
    const se = Math.sqrt(1 / unfit[1] + 1 / (unfit[0] - unfit[1]) + 1 / fit[1] + 1 / (fit[0] - fit[1]));
    expect(logOR - Z * se, `show share ${(unfit[1] / unfit[0]).toFixed(3)} unfit vs ${(fit[1] / fit[0]).toFixed(3)} fit`).toBeGreaterThan(0);
    expect(Math.abs(logOR - defaultAssumptions().gammaUnfit)).toBeLessThanOrEqual(Z * se);
  });
});
