/**
 * Re-adoption is revived by endorsement: h60 = ρ_re·e^{β_E[E]}, so a terminated locality under
 * central endorsement (E = 3) returns to "not adopted" e^{β_E3} = 4 times as often per year as one
 * without (E = 0).
 *
 * World: 2,000 identical, fully mixed localities, all piloted at the start, with a high abandonment
 * rate (μ0 = 1 per year) so that many reach stage 6; the exemplar rule is off so E stays as scripted.
 * Four seeds per arm; 6 → 0 transitions per locality-year in stage 6, compared by their rate ratio
 * (Poisson counts, measure.ts).
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import type { ScenarioEvent } from '../../../src/model/scenario/types.ts';
import { defaultAssumptions } from '../../../src/model/params/index.ts';
import { addRates, exposure, logRateRatio, runSynthetic, seedRange, transitions, Z } from './measure.ts';

const SEEDS = seedRange(4);

function arm(endorsed: boolean) {
  const events: ScenarioEvent[] = [{ year: 2000, type: 'pilot', level: 'central', scope: {} }];
  if (endorsed) events.push({ year: 2000, type: 'endorse', level: 'central', scope: {} });
  const sc = scenario({ kind: 'mixed', n: 2000 }, { params: { mu0: 1, endogenousEndorsement: false }, time: { years: 10, dt: 0.25 }, innovations: [innovation({ events })] });
  return addRates(SEEDS.map((seed) => runSynthetic(sc, seed)).map((sim) => ({ events: transitions(sim, [6], 0), exposure: exposure(sim, [6]) })));
}

describe('re-adoption', () => {
  it('is revived by endorsement: more 6 → 0 per year under central endorsement than under none', () => {
    const r = logRateRatio(arm(true), arm(false));
    const what = `rate ratio E = 3 over E = 0: ${r.ratio.toFixed(2)}`;
    expect(r.log - Z * r.se, what).toBeGreaterThan(0);
    expect(Math.abs(r.log - defaultAssumptions().betaE3), what).toBeLessThanOrEqual(Z * r.se);
  });
});
