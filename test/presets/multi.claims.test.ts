/**
 * multi shows innovations competing for capacity: each locality that runs several carries their
 * load (基层负担, δ_load per other innovation in stages 1–5), so the same innovation falls into
 * formalism more often and keeps fewer active localities with three others than alone; burden
 * reduction removes the difference. Its bottom-up innovation spreads slowly (no endorsement, no mandate).
 */
import { describe, expect, it } from 'vitest';
import { loadPresetFile } from '../../src/cli/presets.ts';
import { everywhere, formalWithin, runUntil } from './measures.ts';

const SEEDS = [1, 2];
const DISPUTE = 0; // one-stop dispute resolution centre (endorsed)
const VOLUNTEER = 3; // volunteer points (bottom-up only)

describe('multi preset', () => {
  const preset = loadPresetFile('multi') as { innovations: Record<string, unknown>[] };
  const together = SEEDS.map((seed) => runUntil({ extends: 'multi' }, seed));

  it('the same innovation does worse with three others than alone', () => {
    SEEDS.forEach((seed, j) => {
      const alone = runUntil({ extends: 'multi', innovations: [preset.innovations[DISPUTE]] }, seed);
      const withOthers = together[j];
      // formal within five years of adopting: measured 0.46–0.47 together vs 0.33–0.34 alone
      expect(formalWithin(withOthers, everywhere, 5, DISPUTE)).toBeGreaterThan(formalWithin(alone, everywhere, 5) + 0.07);
      // active share at the end: measured 0.17–0.18 together vs 0.29 alone
      expect(alone.summary().innovations[0].activeShare).toBeGreaterThan(withOthers.summary().innovations[DISPUTE].activeShare + 0.06);
    });
  });

  it('burden reduction lowers formalism for every innovation', () => {
    const relieved = runUntil({ extends: 'multi', levers: { burdenReduction: 1 } }, SEEDS[0]);
    for (let k = 0; k < 4; k++) {
      // measured 0.43–0.46 → 0.31–0.34
      expect(formalWithin(relieved, everywhere, 5, k)).toBeLessThan(formalWithin(together[0], everywhere, 5, k) - 0.06);
    }
  });

  it('the bottom-up innovation spreads slowly, by learning only', () => {
    for (const sim of together) {
      const s = sim.summary().innovations[VOLUNTEER];
      expect(s.channelShares.endorsement + s.channelShares.mandate).toBe(0);
      expect(s.t50 === null || s.t50 > 7).toBe(true); // measured 10.2–10.3 years
      const pushed = sim.summary().innovations[1]; // power list, mandated 2020
      expect(pushed.t50!).toBeLessThan(4); // measured 2.4 years
    }
  });
});
