/**
 * chengdu (成都方式) shows an innovation of cities spreading by emulation, on the prefecture-level
 * world: 成都市 starts as the adopter (2017), Sichuan endorses it, central ministries recognize it for
 * prefecture-level cities (units with municipal districts); no mandate. It is a fit for about one
 * unit in five (potential 0.2), so it reaches tens of cities, not most (the record: 10–80 by 2024).
 * Those cities take it up far more than the other prefecture-level units (autonomous prefectures,
 * leagues, province-administered counties); most adoptions follow the endorsements and the rest are
 * learned (mostly from outside).
 */
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { ATTRIBUTES } from '../../src/model/world.ts';
import { advanceTo, everShare, median, runUntil, seedsUpTo, type Where } from './measures.ts';
import { expectEachWithin } from './expectEachWithin.ts';

const SEEDS = [1, 2];

function urban(sim: Simulation, type: number): Where {
  return (i) => sim.world.urbanType[i] === type; // 0 with municipal districts, 1 with county-level cities only, 2 neither
}

describe('chengdu preset', () => {
  const runs = SEEDS.map((seed) => {
    const sim = runUntil({ extends: 'chengdu' }, seed, 2024);
    const district2024 = everShare(sim, urban(sim, 0));
    const other2024 = everShare(sim, (i) => sim.world.urbanType[i] !== 0);
    const units2024 = sim.metrics.value('ever_adopted', sim.tickCount, 0);
    advanceTo(sim);
    return { sim, district2024, other2024, units2024, end: sim.summary().innovations[0] };
  });

  it('adopts whole prefectures: the run and its event log know only the 366 prefecture-level units', () => {
    for (const { sim } of runs) {
      expect(sim.n).toBe(366);
      expect(sim.world.codes).toContain('510100');
      expect(sim.world.codes.every((c) => /^\d{4}00$/.test(c) || c.slice(2, 4) === '90')).toBe(true);
      expect(ATTRIBUTES.every((a) => sim.world.attributes[a].length === 366)).toBe(true);
      const events = sim.events.columns();
      expect(events.locality.length).toBeGreaterThan(100);
      expect(events.locality.every((i) => i >= 0 && i < 366)).toBe(true);
      expect(events.source.every((i) => i >= -1 && i < 366)).toBe(true);
      // the origin is the whole city, one locality: 成都市
      const origin = events.locality.filter((_, e) => events.tick[e] === 0);
      expect(Array.from(origin, (i) => sim.world.names[i])).toEqual(['成都市']);
    }
  });

  it('is taken up by tens of cities, not most: prefecture-level cities adopt far more than the other units', () => {
    for (const r of runs) {
      expect(r.units2024).toBeGreaterThanOrEqual(10); // the record: 10–80 prefecture-level cities; measured 34–49
      expect(r.units2024).toBeLessThanOrEqual(80);
      expect(r.district2024).toBeGreaterThan(1.8 * r.other2024); // measured 0.11–0.16 vs 0.01–0.06
    }
  });

  it('spreads by emulation: no mandate; besides the endorsements, adoptions are learned from peers or outside', () => {
    for (const { end } of runs) {
      const c = end.channelShares;
      expect(c.mandate).toBe(0);
      expect(c.external + c.global + c.neighbour + c.province + c.forum).toBeGreaterThan(0.15); // measured 0.23–0.37
      expect(c.endorsement).toBeLessThan(0.85); // measured 0.62–0.75
    }
  });

  it('stops near the share it fits', () => {
    for (const { end } of runs) expect(end.everAdoptedShare).toBeLessThan(0.25); // potential 0.2; measured 0.13–0.16 by 2029
  });
});

describe('chengdu preset: the record’s milestone over seeds 1–20', () => {
  // The milestone of docs/validation.md: prefecture-level units ever adopted by the end of 2024 (the
  // state at the start of 2025); the record: tens of cities, not most (10–80). Seeds 1–60 of the
  // shipped preset (n = 60): mean 46.3, SD 7.4 [30–65]; each seed is held inside mean ± 4 SD rounded
  // outward, 16–76, and inside the record's 10–80; the median over the 20 seeds meets the record. The
  // preset's potential 0.2 and q = 0.25 lie inside the history match's non-implausible set
  // (docs/validation/history-matching.md).
  const units = seedsUpTo(20).map((seed) => {
    const sim = runUntil({ extends: 'chengdu' }, seed, 2025);
    return sim.metrics.value('ever_adopted', sim.tickCount, 0);
  });

  it('tens of prefecture-level units, not most, have taken it up by the end of 2024', () => {
    expectEachWithin(units, 16, 76);
    expectEachWithin(units, 10, 80);
    expect(median(units)).toBeGreaterThanOrEqual(10);
    expect(median(units)).toBeLessThanOrEqual(80);
  });
});
