/**
 * The run-memory estimate against what runs hold (the bytes of their typed arrays, counted exactly),
 * the refusals it makes (the app, the CLI) and the checkpoint spacing that keeps scrubbing within
 * its budget.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld } from '../../../src/model/index.ts';
import { buildKernel } from '../../../src/model/simulation/buildKernel.ts';
import {
  APP_CHECKPOINT_BUDGET,
  APP_MEMORY_LIMIT,
  CLI_MEMORY_LIMIT,
  checkpointSpacing,
  estimateRunMemory,
  runMemoryProblem,
} from '../../../src/model/simulation/runMemory.ts';
import type { WorldSpec } from '../../../src/model/scenario/types.ts';
import { innovation, scenario } from '../helpers/scenario.ts';
import { heldBytes } from '../helpers/heldBytes.ts';

const lattice = (side: number): WorldSpec => ({ kind: 'lattice', width: side, height: side, neighbourhood: 'moore', provinceSide: 10, attributeSeed: 1, heterogeneity: 0.2 }) as WorldSpec;
const mixed = (n: number): WorldSpec => ({ kind: 'mixed', n, attributeSeed: 1, heterogeneity: 0.2 }) as WorldSpec;

function sized(world: WorldSpec, K: number, years: number, dt: number, forumTies = 0) {
  const origins = world.kind === 'lattice' ? ['1,1'] : [];
  return scenario(world, {
    time: { years, dt },
    levers: { forumTies },
    innovations: Array.from({ length: K }, (_, k) => innovation({ id: `i${k}`, origins, events: k === 0 ? [{ year: 2003, type: 'endorse', level: 'central', scope: {} }] : [] })),
  });
}

describe('run memory estimate', () => {
  it.each([
    ['lattice 60×60, 1 innovation, 10 years monthly', lattice(60), 1, 10, 1 / 12, 0],
    ['lattice 60×60, 4 innovations, 30 years quarterly, 5 forum ties', lattice(60), 4, 30, 0.25, 5],
    ['mixed 5,000, 2 innovations, 150 years', mixed(5000), 2, 150, 1, 0],
  ])('is above what a run holds and within twice it: %s', (_, world, K, years, dt, ties) => {
    const sc = sized(world, K, years, dt, ties);
    const budget = 4 * 1024 * 1024;
    const estimate = estimateRunMemory(sc, { checkpointBudget: budget });
    const w = createSyntheticWorld(sc.world);
    const { kernel } = buildKernel(w, sc, 3);
    const sim = createSimulation(w, sc, 3, { checkpointEvery: estimate.checkpointEvery });
    sim.tick(sim.totalTicks);
    expect(sim.checkpoints.length).toBe(estimate.checkpointCount);
    const parts = {
      worldAndKernel: [heldBytes(w, kernel), estimate.world + estimate.kernel],
      events: [heldBytes(sim.events), estimate.events],
      metrics: [heldBytes(sim.metrics), estimate.metrics],
      checkpoints: [heldBytes(sim.checkpoints), estimate.checkpoints],
    };
    for (const [part, [held, estimated]] of Object.entries(parts)) {
      expect(estimated, part).toBeGreaterThanOrEqual(held);
      expect(estimated, part).toBeLessThanOrEqual(2 * held + 2.5 * 1024 * 1024);
    }
    expect(estimate.checkpoints).toBeLessThanOrEqual(budget);
  });

  it('spaces checkpoints a year apart while they fit, wider as cells × years grow, always within the budget', () => {
    expect(checkpointSpacing(1000, 1e6, 30, 1 / 12)).toBe(1);
    expect(checkpointSpacing(1e6, 10e6, 30, 1 / 12)).toBe(4); // 9 checkpoints after tick 0
    for (const [per, years, dt] of [[5e6, 1000, 1 / 12], [3e7, 83, 1 / 12], [1e5, 1000, 0.1], [2e8, 50, 1]]) {
      const every = checkpointSpacing(per, APP_CHECKPOINT_BUDGET, years, dt);
      const count = 1 + Math.floor(Math.round(years / dt) / Math.round(every / dt));
      if (2 * per <= APP_CHECKPOINT_BUDGET) expect(count * per).toBeLessThanOrEqual(APP_CHECKPOINT_BUDGET);
      if (every > 1) expect(1 + Math.floor(Math.round(years / dt) / Math.round((every - 1) / dt))).toBeGreaterThan(APP_CHECKPOINT_BUDGET / per);
    }
  });

  it('refuses the huge runs with the estimate and the limit, and lets every ordinary run through', () => {
    const app = (s: ReturnType<typeof sized>) => runMemoryProblem(estimateRunMemory(s, { checkpointBudget: APP_CHECKPOINT_BUDGET, app: true }), APP_MEMORY_LIMIT, 'app');
    const cli = (s: ReturnType<typeof sized>) => runMemoryProblem(estimateRunMemory(s), CLI_MEMORY_LIMIT, 'cli');
    // 600 × 600 × 4 innovations × 1,000 years; 200,000 mixed localities × 1,000 years; 2000 × 2000 × 16
    expect(app(sized(lattice(600), 4, 1000, 1))).toMatch(
      /^run too large: 360,000 localities × 4 innovations × 1,000 ticks needs about \d+\.\d GiB of memory \(world \d+\.\d MiB, kernel .*, event log .*, metric rows .*, checkpoints .*, display .*\); allowed at most 1\.0 GiB in the app; use fewer localities, innovations or years, or run it with idlab run \(allowed 8\.0 GiB\)$/,
    );
    expect(app(sized(mixed(200_000), 1, 1000, 1 / 12))).toBeNull(); // fits once checkpoints are spaced
    expect(estimateRunMemory(sized(mixed(200_000), 1, 1000, 1 / 12), { checkpointBudget: APP_CHECKPOINT_BUDGET }).checkpointEvery).toBeGreaterThan(1);
    expect(cli(sized(lattice(2000), 16, 30, 1 / 12))).toMatch(/^run too large: 4,000,000 localities × 16 innovations × 360 ticks needs about \d+\.\d GiB .*; allowed at most 8\.0 GiB in idlab; use fewer localities, innovations or years$/);
    expect(cli(sized(lattice(600), 4, 1000, 1))).toBeNull();
    // ordinary runs: the China world with four innovations, the Bass preset's 20,000 mixed localities, an 800 × 800 lattice
    expect(app(sized({ kind: 'china', seaEdges: true, attributeSeed: 1, attributes: [] } as WorldSpec, 4, 60, 1 / 12))).toBeNull();
    expect(app(sized(mixed(20_000), 1, 30, 0.1))).toBeNull();
    expect(app(sized(lattice(800), 1, 30, 1 / 12))).toBeNull();
    expect(estimateRunMemory(sized(lattice(300), 2, 30, 1 / 12), { checkpointBudget: APP_CHECKPOINT_BUDGET }).checkpointEvery).toBe(1);
  });
});
