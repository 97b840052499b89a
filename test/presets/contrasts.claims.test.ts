/**
 * Contrasts between presets (docs/model.md §12): the lasting case (fengqiao) keeps far more of its
 * adopters active and far fewer in name only than the pressure-driven (pressure-lapse) and the
 * capacity-trap (digital-trap) cases. (Their 5-year persistence is not compared: fengqiao's early
 * adopters meet the 1966–1976 interruption, which the other two do not script.)
 */
import { describe, expect, it } from 'vitest';
import { runUntil } from './measures.ts';

describe('preset contrasts', () => {
  it('fengqiao lasts; pressure-lapse and digital-trap lapse', () => {
    const [fengqiao, lapse, trap] = ['fengqiao', 'pressure-lapse', 'digital-trap'].map((id) => runUntil({ extends: id }, 1).summary().innovations[0]);
    for (const failing of [lapse, trap]) {
      expect(fengqiao.formalismShare!).toBeLessThan(0.5 * failing.formalismShare!); // 0.04 vs 0.22, 0.18
      // adopters still active: 0.65 vs 0.37, 0.30
      expect(fengqiao.activeShare / fengqiao.everAdoptedShare).toBeGreaterThan(1.5 * (failing.activeShare / failing.everAdoptedShare));
    }
  });
});
