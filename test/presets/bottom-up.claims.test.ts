/**
 * bottom-up (行政审批服务中心) spreads among prefecture-level units with no scripted promotion at all:
 * no pilot, endorsement, document or mandate. Higher levels endorse only by the exemplar rule with its
 * lags, so a province endorses first and the centre only later — not within the first three years
 * (the record) — and the practice still reaches nearly every unit (the record: more than 260 of 281
 * prefecture-level cities by 2012, about 15 years after the first centres). Fitted to that record by
 * external influence p = 0.06 (the default 0.03 gives about 18 years, with a
 * tail past 24).
 */
import { describe, expect, it } from 'vitest';
import { loadPresetFile } from '../../src/cli/presets.ts';
import { median, runUntil, seedsUpTo } from './measures.ts';
import { expectEachWithin } from './expectEachWithin.ts';

describe('bottom-up preset', () => {
  it('scripts no promotion: no events, the exemplar rule on, prefecture-level units', () => {
    const preset = loadPresetFile('bottom-up') as { world: { unit: string }; params: { endogenousEndorsement: boolean }; innovations: { events: unknown[] }[] };
    expect(preset.world.unit).toBe('prefecture');
    expect(preset.params.endogenousEndorsement).toBe(true);
    expect(preset.innovations.every((k) => k.events.length === 0)).toBe(true);
  });

  // Read over seeds 1–20 against bands from seeds 1–60 of the fitted preset (n = 60; mean ± 4 SD, the
  // minimum and maximum over the 60 in brackets). The record: about 15 years (12–18) from the first
  // centres to 93 % of prefecture-level cities, no central endorsement in the first three years.
  const runs = seedsUpTo(20).map((seed) => {
    const sim = runUntil({ extends: 'bottom-up' }, seed, 1997);
    let province = -1;
    let centre = -1;
    let reached93 = -1;
    while (!sim.done) {
      sim.tick(1);
      const E = sim.endorsement;
      for (let i = 0; i < sim.n; i++) {
        if (province < 0 && E[i] >= 2) province = sim.tickCount;
        if (centre < 0 && E[i] === 3) centre = sim.tickCount;
      }
      if (reached93 < 0 && sim.metrics.value('ever_adopted', sim.tickCount, 0) >= 0.93 * sim.n) reached93 = sim.tickCount;
    }
    let first = Infinity;
    for (let i = 0; i < sim.n; i++) if (sim.firstAdoptionTick[i] >= 0) first = Math.min(first, sim.firstAdoptionTick[i]);
    const years = (tick: number) => (tick < 0 ? NaN : (tick - first) * sim.dt);
    return { province, centre, yearsTo93: years(reached93), centreAfter: years(centre), persistence5: sim.summary().innovations[0].persistence5! };
  });

  it('a province endorses first; the centre later, and never within three years of the first adopter', () => {
    runs.forEach((r, j) => {
      expect(r.province, `seed ${j + 1}`).toBeGreaterThan(0);
      expect(r.centre === -1 || r.centre > r.province, `seed ${j + 1}`).toBe(true);
    });
    // years from the first adopter to the centre's endorsement: mean 9.9, SD 3.3 [5.6–22.4]
    expect(Math.min(...runs.map((r) => r.centreAfter))).toBeGreaterThan(3);
  });

  it('93 % of units adopt about 15 years (12–18) after the first', () => {
    const years = runs.map((r) => r.yearsTo93);
    // mean 15.1, SD 2.5 [11.6–24.9]: every seed reaches 93 % (none is NaN)
    expectEachWithin(years, 5, 25.3);
    expect(median(years)).toBeGreaterThanOrEqual(12);
    expect(median(years)).toBeLessThanOrEqual(18);
    // 51 of the 60 seeds (0.85) lie in 12–18; of 20 seeds a binomial(20, 0.85) count falls below its
    // mean − 3 SD = 17 − 3 × 1.6 ≈ 12 with probability under 1 %
    expect(years.filter((y) => y >= 12 && y <= 18).length).toBeGreaterThanOrEqual(12);
  });

  it('five years after adopting, 55–80 % of adopters still practise it', () => {
    const p5 = runs.map((r) => r.persistence5);
    // mean 0.590, SD 0.025 [0.540–0.648]
    expectEachWithin(p5, 0.491, 0.689);
    expect(median(p5)).toBeGreaterThanOrEqual(0.55);
    expect(median(p5)).toBeLessThanOrEqual(0.8);
  });
});
