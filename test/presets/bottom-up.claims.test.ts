/**
 * bottom-up (行政审批服务中心) spreads among prefecture-level units with no scripted promotion at all:
 * no pilot, endorsement, document or mandate. Higher levels endorse only by the exemplar rule with its
 * lags, so a province endorses first and the centre only later — not within the first three years
 * (the record) — and the practice still reaches nearly every unit (the record: more than 260 of 281
 * prefecture-level cities by 2012, about 15 years after the first centres).
 */
import { describe, expect, it } from 'vitest';
import { loadPresetFile } from '../../src/cli/presets.ts';
import { runUntil } from './measures.ts';

const SEEDS = [1, 2];

describe('bottom-up preset', () => {
  it('scripts no promotion: no events, the exemplar rule on, prefecture-level units', () => {
    const preset = loadPresetFile('bottom-up') as { world: { unit: string }; params: { endogenousEndorsement: boolean }; innovations: { events: unknown[] }[] };
    expect(preset.world.unit).toBe('prefecture');
    expect(preset.params.endogenousEndorsement).toBe(true);
    expect(preset.innovations.every((k) => k.events.length === 0)).toBe(true);
  });

  it('a province endorses first; the centre not within the first three years; 93 % of units adopt within the run', () => {
    for (const seed of SEEDS) {
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
      expect(province, `seed ${seed}`).toBeGreaterThan(0);
      expect(centre === -1 || centre > province, `seed ${seed}`).toBe(true);
      expect(centre === -1 || sim.yearAt(centre) >= 2000, `seed ${seed}: the centre endorsed in ${sim.yearAt(centre)}`).toBe(true); // measured 2006.8, 2007.4 (provinces 2001.7, 2002)
      expect(reached93, `seed ${seed}`).toBeGreaterThan(0); // measured 2014.0, 2014.8
    }
  });
});
