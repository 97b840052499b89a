/**
 * The tooltip's "not a fit here" badge reads the run's eligibility: an innovation with potential
 * m < 1 is a fit for a share m of the localities, drawn once per run.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld } from '../../src/model/index.ts';
import { localityDetail } from '../../src/service/localityDetail.ts';
import { innovation, scenario } from '../model/helpers/scenario.ts';

const W = { kind: 'mixed' as const, n: 400 };
const world = createSyntheticWorld(W);

describe('localityDetail: unfit', () => {
  it('marks exactly the localities the innovation does not fit', () => {
    const sim = createSimulation(world, scenario(W, { innovations: [innovation({ potential: 0.5 })] }), 3, { checkpointEvery: 0 });
    const unfit = Array.from({ length: world.n }, (_, i) => localityDetail(sim, i, [[]]).innovations[0].unfit);
    expect(unfit).toEqual(Array.from(sim.ineligible, (x) => x === 1));
    // about half (binomial n = 400, p = 0.5: SD 10, so 150–250 is a 5-SD band)
    const count = unfit.filter(Boolean).length;
    expect(count).toBeGreaterThan(150);
    expect(count).toBeLessThan(250);
  });

  it('marks none when the innovation fits everywhere', () => {
    const sim = createSimulation(world, scenario(W), 3, { checkpointEvery: 0 });
    expect(sim.ineligible).toHaveLength(0);
    expect(localityDetail(sim, 7, [[]]).innovations[0].unfit).toBe(false);
  });
});
