/**
 * Contrasts between presets (docs/model.md §12): the lasting case (fengqiao) keeps far more of its
 * adopters active and far fewer in name only than the pressure-driven (pressure-lapse) and the
 * capacity-trap (digital-trap) cases.
 */
import { describe, expect, it } from 'vitest';
import { runUntil } from './measures.ts';

describe('preset contrasts', () => {
  it('fengqiao lasts; pressure-lapse and digital-trap lapse', () => {
    const [fengqiao, lapse, trap] = ['fengqiao', 'pressure-lapse', 'digital-trap'].map((id) => runUntil({ extends: id }, 1).summary().innovations[0]);
    for (const failing of [lapse, trap]) {
      expect(fengqiao.formalismShare!).toBeLessThan(0.5 * failing.formalismShare!); // 0.10 vs 0.39, 0.30
      expect(fengqiao.persistence5!).toBeGreaterThan(1.5 * failing.persistence5!); // 0.75 vs 0.28, 0.27
      expect(fengqiao.activeShare / fengqiao.everAdoptedShare).toBeGreaterThan(2 * (failing.activeShare / failing.everAdoptedShare));
    }
  });
});
