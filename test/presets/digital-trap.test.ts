/**
 * The digital-trap preset shows what it is meant to show (issue 3 point 3): a costly, highly digital
 * platform mandated into low-readiness regions spreads fast, then a wave of formalism and
 * abandonment follows — and the capacity/digital gap is what makes it collapse: the same preset with
 * a simple, low-digital innovation persists far better.
 */
import { describe, expect, it } from 'vitest';
import { loadPresetFile } from '../../src/cli/presets.ts';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { argMax, runScenarioFile } from './run-preset.ts';

const SEEDS = [1, 2];

function curves(sim: Simulation) {
  const col = (name: string) => sim.metrics.column(name, 0);
  return { active: col('active'), formal: col('formal'), terminated: col('terminated'), ever: col('ever_adopted'), last: sim.tickCount };
}

describe('digital-trap preset', () => {
  const runs = SEEDS.map((seed) => runScenarioFile({ extends: 'digital-trap' }, seed));

  it('adopts early: half of all localities within 4 years, active adoption peaking by then', () => {
    for (const sim of runs) {
      const s = sim.summary().innovations[0];
      expect(s.t50).not.toBeNull();
      expect(s.t50!).toBeLessThan(4);
      const { active } = curves(sim);
      expect(sim.yearAt(argMax(active)) - sim.startYear).toBeLessThan(4);
    }
  });

  it('then collapses: formalism peaks after adoption, and most adopters end formal or terminated', () => {
    for (const sim of runs) {
      const { active, formal, terminated, ever, last } = curves(sim);
      const peak = argMax(active);
      expect(argMax(formal)).toBeGreaterThan(peak); // the formalism wave follows the adoption wave
      expect(active[last]).toBeLessThan(0.25 * active[peak]); // three quarters of the peak are gone
      expect((formal[last] + terminated[last]) / ever[last]).toBeGreaterThan(0.7);
      const s = sim.summary().innovations[0];
      expect(s.formalismShare!).toBeGreaterThan(0.2); // a clear share in name only
      expect(s.persistence5!).toBeLessThan(0.3);
      expect(s.meanGap!).toBeGreaterThan(0.5); // adopters could not carry it
    }
  });

  it('fails first where it was mandated into low readiness: the central and western regions', () => {
    for (const sim of runs) {
      const t = sim.tickAt(2026); // four years into the 2022 mandate
      const failed = (region: string) => {
        const v = (c: string) => sim.metrics.value(`${region}_${c}`, t, 0);
        return (v('formal') + v('terminated')) / v('ever_adopted');
      };
      expect(failed('west')).toBeGreaterThan(failed('east') + 0.1);
      expect(failed('central')).toBeGreaterThan(failed('east') + 0.1);
    }
  });

  it('is a trap of capacity: a simple, low-digital innovation under the same pressure persists far better', () => {
    const preset = loadPresetFile('digital-trap') as { innovations: Record<string, unknown>[] };
    const simple = { extends: 'digital-trap', innovations: [{ ...preset.innovations[0], complexity: 0.3, digital: 0.2 }] };
    SEEDS.forEach((seed, j) => {
      const trap = runs[j].summary().innovations[0];
      const easy = runScenarioFile(simple, seed).summary().innovations[0];
      expect(easy.meanGap!).toBeLessThan(0.1);
      expect(easy.persistence5!).toBeGreaterThan(1.5 * trap.persistence5!);
      expect(easy.activeShare).toBeGreaterThan(2 * trap.activeShare);
    });
  });
});
