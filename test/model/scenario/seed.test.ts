/**
 * The seed contract: integers 0 … 2⁵³ − 1 everywhere. A seed above 2³² (sweeps derive 52-bit seeds)
 * runs as itself: not truncated to 32 bits, reproducible, and refused beyond 2⁵³ − 1.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld, hashEventLog } from '../../../src/model/index.ts';
import { isSeed, MAX_SEED, parseSeedText } from '../../../src/model/scenario/seedSchema.ts';
import { deriveSeed } from '../../../src/sweep/seeds.ts';
import { richScenario } from '../helpers/rich.ts';

const sc = richScenario(5);
const world = createSyntheticWorld(sc.world);

function digest(seed: number): string {
  const sim = createSimulation(world, sc, seed);
  sim.tick(sim.totalTicks);
  return hashEventLog(sim.events);
}

describe('seeds', () => {
  it('is 2⁵³ − 1, and a sweep-derived seed is within it', () => {
    expect(MAX_SEED).toBe(2 ** 53 - 1);
    for (let run = 0; run < 50; run++) expect(isSeed(deriveSeed(7, run, 0, 'independent'))).toBe(true);
  });

  it('seeds that agree in their low 32 bits give different runs (no truncation), each reproducible', () => {
    const seeds = [0, 2 ** 32, 1, 2 ** 32 + 1, 2 ** 52 + 1, MAX_SEED, MAX_SEED - 2 ** 32];
    const digests = seeds.map(digest);
    expect(new Set(digests).size).toBe(seeds.length);
    expect(digest(2 ** 32)).toBe(digests[1]);
    expect(digest(MAX_SEED)).toBe(digests[5]);
  });

  it('the model refuses a seed beyond 2⁵³ − 1 or not an integer', () => {
    for (const seed of [MAX_SEED + 1, -1, 1.5, Number.NaN]) expect(() => createSimulation(world, sc, seed), String(seed)).toThrow(/invalid seed/);
  });

  it('reads seeds written as decimal digits only', () => {
    expect(parseSeedText(' 9007199254740991 ')).toBe(MAX_SEED);
    expect(parseSeedText('4294967296')).toBe(2 ** 32);
    for (const text of ['9007199254740992', '1e3', '7.0', '-1', '+1', '0x1', '', '١٢']) expect(parseSeedText(text), text).toBeUndefined();
  });
});
