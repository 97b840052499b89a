/**
 * Determinism (docs/implementation-notes.md, "Contracts"): a run is a function of (scenario, seed) — same seed, same event log
 * byte for byte, whatever the tick granularity; another seed, another run; a checkpoint restored
 * reproduces the same future.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld, hashEventLog } from '../../src/model/index.ts';
import { richScenario } from './helpers/rich.ts';

const sc = richScenario(15);
const world = createSyntheticWorld(sc.world);

function fullRun(seed: number) {
  const sim = createSimulation(world, sc, seed);
  sim.tick(sim.totalTicks);
  return sim;
}

describe('determinism', () => {
  const a = fullRun(7);

  it('the rich scenario actually exercises the model (many events, every stage reached)', () => {
    expect(a.events.length).toBeGreaterThan(1000);
    const to = new Set<number>();
    for (let j = 0; j < a.events.length; j++) to.add(a.events.get(j).to);
    expect([...to].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('the same seed gives the identical event log, metrics and state', () => {
    const b = fullRun(7);
    expect(hashEventLog(b.events)).toBe(hashEventLog(a.events));
    expect(b.stage).toEqual(a.stage);
    expect(b.quality).toEqual(a.quality);
    expect(b.metrics.column('active', 1)).toEqual(a.metrics.column('active', 1));
  });

  it('tick(1) n times ≡ tick(n) ≡ uneven steps', () => {
    const one = createSimulation(world, sc, 7);
    while (!one.done) one.tick(1);
    const uneven = createSimulation(world, sc, 7);
    for (let step = 1; !uneven.done; step = (step * 7) % 23) uneven.tick(step);
    expect(hashEventLog(one.events)).toBe(hashEventLog(a.events));
    expect(hashEventLog(uneven.events)).toBe(hashEventLog(a.events));
    expect(uneven.quality).toEqual(a.quality);
  });

  it('another seed gives another run', () => {
    expect(hashEventLog(fullRun(8).events)).not.toBe(hashEventLog(a.events));
  });

  it('tick(n) never goes past the horizon', () => {
    const sim = createSimulation(world, sc, 7);
    expect(sim.tick(sim.totalTicks + 50)).toBe(sim.totalTicks);
    expect(sim.tick(3)).toBe(0);
    expect(sim.metrics.length).toBe(sim.totalTicks + 1);
  });

  it('checkpoint/restore reproduces the same future, and seek scrubs back and forth', () => {
    const sim = createSimulation(world, sc, 7);
    sim.tick(61);
    const cp = sim.checkpoint();
    sim.tick(40);
    const hashAt101 = hashEventLog(sim.events);
    const stageAt101 = sim.stage.slice();
    sim.restore(cp);
    expect(sim.tickCount).toBe(61);
    expect(sim.metrics.length).toBe(62);
    sim.tick(40);
    expect(hashEventLog(sim.events)).toBe(hashAt101);
    expect(sim.stage).toEqual(stageAt101);

    sim.seek(30);
    expect(sim.tickCount).toBe(30);
    expect(sim.events.indexOfTick(31)).toBe(sim.events.length);
    sim.seek(sim.totalTicks);
    expect(hashEventLog(sim.events)).toBe(hashEventLog(a.events));
    expect(sim.quality).toEqual(a.quality);
    expect(sim.checkpoints.map((c) => c.tick)).toEqual(Array.from({ length: 16 }, (_, y) => y * 12));
  });

  it('refuses a checkpoint of another run', () => {
    const other = createSimulation(world, sc, 9);
    expect(() => other.restore(a.checkpoints[0])).toThrow(/another run/);
  });
});
