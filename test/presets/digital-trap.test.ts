/**
 * digital-trap shows its failure wave (docs/model.md §12): a costly, highly digital platform
 * (c = 0.75, g = 0.9) mandated into the central and western regions (2022–2027) is adopted fast, then
 * formalism and abandonment sweep it away — and the capacity/digital gap is the cause: pressure is at
 * its baseline (acc = 1), the East (not mandated, better equipped) fails clearly less, a low-gap
 * innovation under the same events fails far less, and raising readiness in place cuts the failure.
 */
import { describe, expect, it } from 'vitest';
import { loadPresetFile } from '../../src/cli/presets.ts';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { argMax } from './run-preset.ts';
import { regionFailed, runUntil } from './measures.ts';

const SEEDS = [1, 2];

function curves(sim: Simulation) {
  const col = (name: string) => sim.metrics.column(name, 0);
  return { active: col('active'), formal: col('formal'), terminated: col('terminated'), ever: col('ever_adopted'), last: sim.tickCount };
}

describe('digital-trap preset', () => {
  const preset = loadPresetFile('digital-trap') as { innovations: Record<string, unknown>[] };
  const simple = { extends: 'digital-trap', innovations: [{ ...preset.innovations[0], complexity: 0.3, digital: 0.2 }] };
  const runs = SEEDS.map((seed) => runUntil({ extends: 'digital-trap' }, seed));
  const easy = SEEDS.map((seed) => runUntil(simple, seed));

  it('adopts early: half of all localities within 4 years, active adoption peaking by then', () => {
    for (const sim of runs) {
      const s = sim.summary().innovations[0];
      expect(s.t50).not.toBeNull();
      expect(s.t50!).toBeLessThan(4); // measured 2.2
      expect(sim.yearAt(argMax(curves(sim).active)) - sim.startYear).toBeLessThan(5);
    }
  });

  it('then collapses: formalism peaks after adoption, and most adopters end formal or terminated', () => {
    for (const sim of runs) {
      const { active, formal, terminated, ever, last } = curves(sim);
      const peak = argMax(active);
      expect(argMax(formal)).toBeGreaterThan(peak); // the formalism wave follows the adoption wave
      expect(active[last]).toBeLessThan(0.35 * active[peak]); // measured 0.12–0.13 of ~0.5
      expect((formal[last] + terminated[last]) / ever[last]).toBeGreaterThan(0.75); // measured 0.83
      const s = sim.summary().innovations[0];
      expect(s.formalismShare!).toBeGreaterThan(0.2); // measured 0.30–0.32
      expect(s.persistence5!).toBeLessThan(0.4); // measured 0.27–0.28
      expect(s.meanGap!).toBeGreaterThan(0.5); // adopters could not carry it
    }
  });

  it('fails where it was mandated into low readiness; the East, not mandated and better equipped, clearly less', () => {
    for (const sim of runs) {
      for (const [year, margin] of [[2026, 0.15], [2028, 0.15], [2030, 0.15], [2035, 0.08]]) {
        const t = sim.tickAt(year);
        const east = regionFailed(sim, 'east', t);
        expect(regionFailed(sim, 'west', t)).toBeGreaterThan(east + margin); // 2030: 0.86–0.88 vs 0.62
        expect(regionFailed(sim, 'central', t)).toBeGreaterThan(east + margin); // 2030: 0.80–0.83
      }
    }
  });

  it('is a trap of capacity: a simple, low-digital innovation under the same events fails far less', () => {
    SEEDS.forEach((_, j) => {
      const trap = runs[j];
      const low = easy[j];
      expect(low.summary().innovations[0].meanGap!).toBeLessThan(0.1);
      const t = trap.tickAt(2028);
      expect(regionFailed(low, 'west', t)).toBeLessThan(regionFailed(trap, 'west', t) - 0.2); // 0.49–0.50 vs 0.84–0.85
      expect(regionFailed(low, 'central', t)).toBeLessThan(regionFailed(trap, 'central', t) - 0.2);
      expect(low.summary().innovations[0].activeShare).toBeGreaterThan(2 * trap.summary().innovations[0].activeShare);
      expect(low.summary().innovations[0].persistence5!).toBeGreaterThan(1.5 * trap.summary().innovations[0].persistence5!);
    });
  });

  it('closing the gap in place (training and transfers) cuts the failure in the West', () => {
    const helped = runUntil({ extends: 'digital-trap', levers: { training: 0.3, transfer: 0.3 } }, SEEDS[0], 2028);
    const t = helped.tickAt(2028);
    expect(regionFailed(helped, 'west', t)).toBeLessThan(regionFailed(runs[0], 'west', t) - 0.12); // 0.64 vs 0.85
  });
});
