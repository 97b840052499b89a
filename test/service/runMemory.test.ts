/**
 * The app's service estimates a run's memory before allocating it: a run too large for a browser
 * tab is refused with the estimate and the limit; a large one keeps its
 * checkpoints within a budget by spacing them, and scrubbing back still reproduces the run exactly.
 */
import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../src/service/index.ts';
import type { ScenarioFile } from '../../src/model/scenario/types.ts';
import { nodeLoader } from './nodeLoader.ts';
import { latticeScenario } from './lattice.ts';

function status(r: { status: string }) {
  return r.status === 'errored' ? (r as unknown as { error: { message: string } }).error.message : r.status;
}

describe('simulation service: memory', () => {
  it('refuses a 600 × 600 lattice with 4 innovations over 1,000 years before allocating it, naming the estimate and the limit', async () => {
    const service = createSimulationService({ loader: nodeLoader });
    const base = latticeScenario();
    const huge: ScenarioFile = {
      ...base,
      world: { kind: 'lattice', width: 600, height: 600, neighbourhood: 'moore' },
      time: { startYear: 2000, years: 1000, dt: 1 },
      innovations: ['a', 'b', 'c', 'd'].map((id) => ({ ...base.innovations![0], id, origins: ['1,1'], events: [] })),
    };
    const r = await service.init({ scenarioFile: huge, seed: 1 });
    const message = status(r);
    // the figures come as data too, for the page to say it in the user's language
    const memory = (r as unknown as { error: { memory?: { total: number; limit: number; localities: number; innovations: number; ticks: number } } }).error.memory!;
    expect(memory).toMatchObject({ limit: 2 ** 30, localities: 360_000, innovations: 4, ticks: 1000 });
    expect(memory.total).toBeGreaterThan(memory.limit);
    expect(message).toMatch(
      /^run too large: 360,000 localities × 4 innovations × 1,000 ticks needs about \d+\.\d GiB of memory \(world .* MiB, kernel .*, event log .*\); allowed at most 1\.0 GiB in the app; use fewer localities, innovations or years, or run it with idlab run \(allowed 8\.0 GiB\)$/,
    );
  });

  it('a lower limit refuses a small run too (the limit is the only thing deciding)', async () => {
    const service = createSimulationService({ loader: nodeLoader, memoryLimit: 1024 * 1024 });
    expect(status(await service.init({ scenarioFile: latticeScenario(), seed: 1 }))).toMatch(/^run too large: 256 localities × 2 innovations × 144 ticks .* allowed at most 1\.0 MiB in the app/);
  });

  it('with checkpoints spaced years apart, seeking back and forth still gives the stages and rows of running forward', async () => {
    const forward = createSimulationService({ loader: nodeLoader });
    const sparse = createSimulationService({ loader: nodeLoader, checkpointBudget: 1 }); // tick 0 and one more
    for (const s of [forward, sparse]) expect(status(await s.init({ scenarioFile: latticeScenario(), seed: 5 }))).toBe('running');
    const at = new Map<number, Uint8Array>();
    for (let t = 1; t <= 144; t++) {
      const r = await forward.advance(1, 0);
      if (r.status !== 'errored') at.set(r.frame.tick, r.frame.stage);
    }
    for (const target of [144, 30, 5, 77, 0, 143, 13]) {
      const r = await sparse.seek(target, 0);
      if (r.status === 'errored') throw new Error(status(r));
      expect(r.frame.tick).toBe(target);
      if (target > 0) expect(r.frame.stage, `tick ${target}`).toEqual(at.get(target));
    }
  });
});
