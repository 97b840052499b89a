/**
 * The exemplar rule with lags: a province meeting the condition (a demonstration site, ≥ θ_P of its
 * localities in stages 3–4) endorses at rate λ_P; the centre endorses at rate λ_C while ≥ n_C
 * provinces have endorsed. Under the defaults (λ_P 0.5, λ_C 0.3 per year, n_C 3) the centre endorses
 * two years or more after the first province in most runs.
 *
 * Why "most" holds with room: after the n_C-th province the centre still waits an exponential time
 * of rate λ_C, which alone exceeds 2 years with probability e^{−0.6} = 0.55, and the second and third
 * provinces take time of their own. So the count of seeds with a lag ≥ 2 years is at least
 * Binomial(40, 0.55) in distribution, and in fact far above it; the test asks for a majority.
 *
 * World: a 30 × 30 lattice of nine 10 × 10 provinces with heterogeneous attributes, one origin, 30
 * years; forty seeds.
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import { runSynthetic, seedRange } from './measure.ts';

const SEEDS = seedRange(40);
const LAG = 2;

describe('endorsement lags (exemplar rule)', () => {
  it('the centre endorses at least two years after the first province in most seeds', () => {
    const sc = scenario(
      { kind: 'lattice', width: 30, height: 30, neighbourhood: 'von-neumann', heterogeneity: 0.2 },
      { time: { years: 30, dt: 0.25 }, innovations: [innovation({ origins: ['5,5'], originStage: 2 })] },
    );
    let lagged = 0;
    let centreEndorsed = 0;
    for (const seed of SEEDS) {
      let province = -1;
      let centre = -1;
      const sim = runSynthetic(sc, seed, (s) => {
        if (centre >= 0) return;
        const E = s.endorsement;
        for (let i = 0; i < s.n; i++) {
          if (province < 0 && E[i] >= 2) province = s.tickCount;
          if (E[i] === 3) centre = s.tickCount;
        }
      });
      expect(province, `seed ${seed}: no province endorsed`).toBeGreaterThanOrEqual(0);
      if (centre >= 0) centreEndorsed++;
      // a centre that has not endorsed by the horizon lags by at least the time left
      const lag = ((centre >= 0 ? centre : sim.totalTicks) - province) * sim.dt;
      if (lag >= LAG) lagged++;
    }
    expect(centreEndorsed, 'seeds in which the centre endorsed').toBeGreaterThan(SEEDS.length / 2);
    expect(lagged, `seeds with a lag of ≥ ${LAG} years, of ${SEEDS.length}`).toBeGreaterThan(SEEDS.length / 2);
  });
});
