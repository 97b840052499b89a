/**
 * chengdu (成都方式) shows an innovation of cities spreading by emulation at a moderate pace: Chengdu's
 * units start as adopters (2017), Sichuan endorses it, central ministries recognize it for urban
 * districts; no mandate. Urban districts take it up far more than counties, most adoptions come from
 * learning (peers and external), and its pace and persistence sit between the lasting and the
 * failing cases. The model adopts by county-level unit: a city "adopts" as its districts do.
 */
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { advanceTo, everShare, runUntil, type Where } from './measures.ts';

const SEEDS = [1, 2];

function urban(sim: Simulation, type: number): Where {
  return (i) => sim.world.urbanType[i] === type; // 0 district, 1 county-level city, 2 county
}

describe('chengdu preset', () => {
  const runs = SEEDS.map((seed) => {
    const sim = runUntil({ extends: 'chengdu' }, seed, 2024);
    const district2024 = everShare(sim, urban(sim, 0));
    const county2024 = everShare(sim, urban(sim, 2));
    advanceTo(sim);
    return { sim, district2024, county2024, end: sim.summary().innovations[0] };
  });

  it('is taken up by cities: urban districts adopt far more than counties', () => {
    for (const r of runs) {
      expect(r.district2024).toBeGreaterThan(0.8); // measured 0.93–0.94
      expect(r.district2024).toBeGreaterThan(1.8 * r.county2024); // counties 0.34–0.35
    }
  });

  it('spreads by emulation: no mandate, most adoptions learned from peers or outside', () => {
    for (const { end } of runs) {
      const c = end.channelShares;
      expect(c.mandate).toBe(0);
      expect(c.global + c.neighbour + c.province + c.forum).toBeGreaterThan(0.3); // measured 0.40
      expect(c.endorsement).toBeLessThan(0.45); // measured 0.30
    }
  });

  it('at a moderate pace, with moderate persistence', () => {
    for (const { end } of runs) {
      expect(end.t50!).toBeGreaterThan(3); // measured 5.7–5.8 years
      expect(end.t50!).toBeLessThan(9);
      expect(end.everAdoptedShare).toBeLessThan(0.9); // measured 0.72–0.74 by 2029: not everywhere
      expect(end.persistence5!).toBeGreaterThan(0.4); // measured 0.53–0.54
      expect(end.persistence5!).toBeLessThan(0.68);
    }
  });
});
