/**
 * The world's graph index (neighbours, province membership) is built once per world and shared by
 * every run on it: runs sharing it give exactly the runs of a fresh build, and it is not rebuilt.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld, hashEventLog } from '../../../src/model/index.ts';
import { buildKernel } from '../../../src/model/simulation/buildKernel.ts';
import { buildGraphIndex, graphIndexOf } from '../../../src/model/simulation/graphIndex.ts';
import { richScenario } from '../helpers/rich.ts';

describe('graph index', () => {
  it('is built once per world and shared by the runs on it', () => {
    const sc = richScenario(2);
    const world = createSyntheticWorld(sc.world);
    const a = buildKernel(world, sc, 1).kernel;
    const b = buildKernel(world, sc, 2).kernel;
    expect(a.provMembers).toBe(b.provMembers);
    expect(a.provPos).toBe(b.provPos);
    expect(a.regionUrban).toBe(b.regionUrban);
    expect(graphIndexOf(world)).toBe(graphIndexOf(world));
    // another world object (even an equal one) has its own
    const other = createSyntheticWorld(sc.world);
    expect(buildKernel(other, sc, 1).kernel.provMembers).not.toBe(a.provMembers);
    expect(graphIndexOf(other)).toEqual(buildGraphIndex(world));
  });

  it('shared by runs gives the same runs as a fresh world each time', () => {
    const sc = richScenario(8);
    const shared = createSyntheticWorld(sc.world);
    for (const seed of [1, 2, 3]) {
      const onShared = createSimulation(shared, sc, seed, { checkpointEvery: 0 });
      onShared.tick(onShared.totalTicks);
      const fresh = createSimulation(createSyntheticWorld(sc.world), sc, seed, { checkpointEvery: 0 });
      fresh.tick(fresh.totalTicks);
      expect(hashEventLog(onShared.events)).toBe(hashEventLog(fresh.events));
    }
  });
});
