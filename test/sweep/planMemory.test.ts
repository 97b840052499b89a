/**
 * A sweep planned in the app's Sweep panel whose runs are too large for a browser tab is refused
 * when planned, with the estimate and the app's limit, instead of crashing a worker per run.
 */
import { describe, expect, it } from 'vitest';
import { nodeLoader } from '../service/nodeLoader.ts';
import { PresetStore } from '../../src/service/presetStore.ts';
import { planSweep } from '../../src/sweep/browser/index.ts';
import type { SweepFile } from '../../src/sweep/types.ts';
import { SMALL_SCENARIO } from './helpers.ts';

const presets = () => new PresetStore(() => nodeLoader);

function sweepOf(world: object, years: number): SweepFile {
  const scenario = { ...SMALL_SCENARIO, world: { ...SMALL_SCENARIO.world, ...world }, time: { startYear: 0, years, dt: 1 } };
  return { scenario: scenario as SweepFile['scenario'], factors: [{ path: 'params.q', values: [0.3, 0.6] }], design: { type: 'grid' }, replicates: 1, seed: 1 } as SweepFile;
}

describe('planSweep: memory', () => {
  it('refuses runs estimated above the app limit, and plans the same sweep on a small world', async () => {
    const huge = await planSweep(sweepOf({ width: 1000, height: 1000 }, 1000), presets());
    expect(huge).toMatchObject({ ok: false });
    const problems = (huge as { problems: string[] }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^point 0: run too large: 1,000,000 localities × 1 innovation × 1,000 ticks needs about \d+\.\d GiB .*; allowed at most 1\.0 GiB in the app; /);
    expect((await planSweep(sweepOf({}, 1000), presets())).ok).toBe(true);
  });
});
