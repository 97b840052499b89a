/**
 * three-governance (三治融合) shows its staged rise (docs/references.md: pilot 2013 → Zhejiang 2014 →
 * national text 2017): until the 2017 report it is a Zhejiang practice, after it the rest of the
 * country takes it up within a few years. Scripted history carries every endorsement (the exemplar
 * rule is off) and p = 0.005, the low end of its plausible range: with the default p = 0.03 a
 * quarter of the rest of the country adopts before 2017 on its own.
 */
import { describe, expect, it } from 'vitest';
import { advanceTo, everShare, inProvince, not, provincesReached, runUntil } from './measures.ts';

const SEEDS = [1, 2];
const ZHEJIANG = '33';

describe('three-governance preset: Zhejiang first, national after 2017', () => {
  it('until the 2017 national report adoption is concentrated in Zhejiang', () => {
    for (const seed of SEEDS) {
      const sim = runUntil({ extends: 'three-governance' }, seed, 2017.7);
      const zj = everShare(sim, inProvince(sim, ZHEJIANG));
      const rest = everShare(sim, not(inProvince(sim, ZHEJIANG)));
      expect(zj).toBeGreaterThan(0.35); // measured 0.47–0.59
      expect(rest).toBeLessThan(0.1); // measured 0.06
      expect(zj).toBeGreaterThan(4 * rest);
      expect(provincesReached(sim, 0.1)).toBeLessThanOrEqual(10); // measured 4–6 of 31
    }
  });

  it('after it the rest of the country follows: most provinces within three years, most localities within ten', () => {
    for (const seed of SEEDS) {
      const sim = runUntil({ extends: 'three-governance' }, seed, 2020.8);
      const rest = () => everShare(sim, not(inProvince(sim, ZHEJIANG)));
      expect(provincesReached(sim, 0.1)).toBeGreaterThanOrEqual(24); // measured 27–29 of 31
      expect(rest()).toBeGreaterThan(0.25); // measured 0.37–0.42
      advanceTo(sim, 2027.9);
      expect(rest()).toBeGreaterThan(0.75); // measured 0.88–0.90
    }
  });
});
