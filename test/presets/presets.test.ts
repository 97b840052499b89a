/**
 * Every preset runs, and its summary rounded to 3 decimals is a committed golden snapshot
 * (test/presets/__snapshots__/<id>.json; update deliberately with `npx vitest run test/presets -u`
 * after a model or preset change, and review the diff). China presets run on the real China world.
 */
import { describe, expect, it } from 'vitest';
import { listPresets } from '../../src/cli/presets.ts';
import { scenarioDigest } from '../../src/model/scenario/digest.ts';
import { checkInvariants } from '../../src/model/metrics/invariants.ts';
import { round3, runScenarioFile } from './run-preset.ts';

const SEED = 1;
const presets = listPresets();

describe('presets', () => {
  it('ships the presets the README lists', () => {
    expect(presets.map((p) => p.id)).toEqual(
      expect.arrayContaining(['bass', 'fengqiao', 'three-governance', 'grid', 'chengdu', 'bottom-up', 'digital-trap', 'multi', 'pressure-lapse']),
    );
  });

  it.each(presets.map((p) => p.id))('%s runs and matches its golden summary', async (id) => {
    const sim = runScenarioFile({ extends: id }, SEED);
    expect(sim.done).toBe(true);
    expect(checkInvariants(sim)).toEqual([]);
    const final = sim.innovationIds.map((innovation, k) => ({
      innovation,
      ...Object.fromEntries(['none', 'learning', 'adapting', 'institutionalized', 'optimizing', 'formal', 'terminated', 'ever_adopted', 'active'].map((c) => [c, sim.metrics.value(c, sim.tickCount, k)])),
    }));
    const snapshot = {
      preset: id,
      seed: SEED,
      digest: scenarioDigest(sim.scenario),
      world: { kind: sim.world.kind, n: sim.n },
      ticks: sim.totalTicks,
      final,
      summary: round3(sim.summary()),
    };
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/${id}.json`);
  });
});
