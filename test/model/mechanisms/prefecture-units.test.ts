/**
 * A run on `{"kind": "china", "unit": "prefecture"}` adopts whole prefecture-level units: its
 * localities are exactly the prefecture-level units the county-level data aggregate into (366: a
 * prefecture, a municipality or a province-administered county each), every stage change in the
 * event log names one of them, and no county-level code is a locality of its own.
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import { createSimulation } from '../../../src/model/simulation/createSimulation.ts';
import { prefectureUnitCode } from '../../../src/geo/prefecture-unit-code.ts';
import { loadWorld } from '../../../src/cli/load-world.ts';

describe('prefecture-level units', () => {
  it('adopts whole prefectures: the units are the prefecture-level units and the log names only them', () => {
    const counties = loadWorld({ kind: 'china' });
    const units = new Set(counties.codes.map(prefectureUnitCode));
    const sc = scenario({ kind: 'china', unit: 'prefecture' }, { time: { years: 10, dt: 0.25 }, innovations: [innovation({ origins: ['510100'], originStage: 2 })] });
    const sim = createSimulation(loadWorld(sc.world), sc, 1, { checkpointEvery: 0 });
    sim.tick(sim.totalTicks);

    expect(sim.n).toBe(units.size);
    expect(units.size).toBe(366);
    expect(new Set(sim.world.codes)).toEqual(units);
    // a county-level code whose prefecture is a unit of its own is never a locality: 成都's 锦江区 is part of 成都市
    expect(sim.world.codes).not.toContain('510104');
    // each unit lies in one prefecture of the county world, which it covers whole
    const unitOfPrefecture = new Map<number, Set<string>>();
    counties.codes.forEach((code, i) => {
      const p = counties.prefecture[i];
      if (!unitOfPrefecture.has(p)) unitOfPrefecture.set(p, new Set());
      unitOfPrefecture.get(p)!.add(prefectureUnitCode(code));
    });
    for (const [p, set] of unitOfPrefecture) if (!counties.prefectures[p].code.endsWith('90')) expect(set.size, counties.prefectures[p].code).toBe(1);

    const log = sim.events.columns();
    expect(log.locality.length).toBeGreaterThan(50);
    for (let j = 0; j < log.locality.length; j++) expect(units.has(sim.world.codes[log.locality[j]])).toBe(true);
    const adopters = Array.from(sim.firstAdoptionTick).filter((t) => t >= 0).length;
    expect(adopters).toBeGreaterThan(1);
    expect(adopters).toBeLessThanOrEqual(366);
  });
});
