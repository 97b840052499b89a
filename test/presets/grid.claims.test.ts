/**
 * grid (网格化) shows: pilots in 27 cities in two batches (2005: 10, 2006: 17 more), near-universal
 * adoption within three years of the 2017 mandate, and — because it costs more and is more digital
 * (c = 0.6, g = 0.7) than the western localities can carry — a larger capacity gap, more formalism
 * and more failure in the West than in the East. The same preset with a low-cost innovation shows
 * no such east–west difference.
 */
import { describe, expect, it } from 'vitest';
import { loadPresetFile } from '../../src/cli/presets.ts';
import type { Simulation } from '../../src/model/simulation/types.ts';
import { FLAG_NAMED } from '../../src/model/simulation/stages.ts';
import { advanceTo, failedShare, formalWithin, provincesReached, runUntil, type Where } from './measures.ts';

const SEEDS = [1, 2];
const EAST = 0;
const WEST = 2;

function region(sim: Simulation, r: number): Where {
  return (i) => sim.world.region[i] === r;
}

/** prefectures holding a named demonstration site (pilots; the origin's prefecture included) */
function pilotCities(sim: Simulation): number {
  const set = new Set<number>();
  for (let i = 0; i < sim.n; i++) if (sim.flags[i] & FLAG_NAMED) set.add(sim.world.prefecture[i]);
  return set.size;
}

function meanGap(sim: Simulation, where: Where): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < sim.n; i++) {
    if (!where(i) || sim.firstAdoptionTick[i] < 0) continue;
    n++;
    sum += sim.gap[i];
  }
  return sum / n;
}

describe('grid preset', () => {
  const runs = SEEDS.map((seed) => runUntil({ extends: 'grid' }, seed));

  it('pilots in 10 cities in 2005 and 27 by 2006; near-universal within three years of the 2017 mandate', () => {
    const sim = runUntil({ extends: 'grid' }, SEEDS[0], 2005.6);
    expect(pilotCities(sim)).toBe(10);
    advanceTo(sim, 2006.6);
    expect(pilotCities(sim)).toBe(27);
    advanceTo(sim, 2020.5);
    expect(provincesReached(sim, 0.9)).toBeGreaterThanOrEqual(28); // of 31
  });

  it('the West carries a larger capacity gap, falls into formalism more often and keeps it less', () => {
    for (const sim of runs) {
      const east = region(sim, EAST);
      const west = region(sim, WEST);
      expect(meanGap(sim, west)).toBeGreaterThan(meanGap(sim, east) + 0.4); // measured 0.65 vs 0.08
      // formal within five years of adopting (equal exposure): measured 0.30–0.33 vs 0.23–0.24
      expect(formalWithin(sim, west, 5)).toBeGreaterThan(formalWithin(sim, east, 5) + 0.03);
      expect(failedShare(sim, west)).toBeGreaterThan(failedShare(sim, east) + 0.06); // 0.82–0.85 vs 0.71–0.74
      expect(sim.summary().innovations[0].eastWestGap!).toBeGreaterThan(0.07); // active share, measured 0.12
    }
  });

  it('the east–west difference comes from its cost: a low-cost innovation under the same events shows none', () => {
    const preset = loadPresetFile('grid') as { innovations: Record<string, unknown>[] };
    const sim = runUntil({ extends: 'grid', innovations: [{ ...preset.innovations[0], complexity: 0.2, digital: 0.1 }] }, SEEDS[0]);
    const east = region(sim, EAST);
    const west = region(sim, WEST);
    expect(formalWithin(sim, west, 5)).toBeLessThan(formalWithin(sim, east, 5) + 0.03); // measured 0.21 vs 0.20
    expect(sim.summary().innovations[0].eastWestGap!).toBeLessThan(0.03); // measured −0.04
  });
});
