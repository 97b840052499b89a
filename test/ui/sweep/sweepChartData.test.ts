import { describe, expect, it } from 'vitest';
import { resolveSweep } from '../../../src/sweep/resolveSweep.ts';
import { createPlan, type Plan } from '../../../src/sweep/plan.ts';
import type { RunRecord } from '../../../src/sweep/runRecord.ts';
import type { SweepFile } from '../../../src/sweep/types.ts';
import { sweepChartData } from '../../../src/ui/sweep/sweepChartData.ts';

const SCENARIO = {
  world: { kind: 'lattice', width: 4, height: 4 },
  time: { startYear: 0, years: 2, dt: 0.5 },
  innovations: [{ id: 'a', complexity: 0.3, digital: 0.2, origins: ['1,1'] }],
};

function plan(file: Omit<SweepFile, 'scenario'>): Plan {
  const { sweep } = resolveSweep({ scenario: SCENARIO, ...file }, { loadPreset: () => null });
  return createPlan(sweep);
}

/** Records whose t50 is `value(run)` (null: not reached). */
function records(p: Plan, value: (run: number) => number | null): RunRecord[] {
  return Array.from({ length: p.runCount }, (_, i) => {
    const r = p.run(i);
    return { ...r, digest: '', version: '', innovations: [{ id: 'a', metrics: { t50: value(i) } }], series: null, events: '', hash: '' };
  });
}

describe('sweepChartData', () => {
  it('one factor: one series with every replicate, mean and sample SD per x; nulls counted, not drawn', () => {
    const p = plan({ factors: [{ path: 'params.q', range: { min: 0.1, max: 0.3 }, levels: 3 }], design: { type: 'grid' }, replicates: 2 });
    // runs 0,1 at q = 0.1; 2,3 at 0.2; 4,5 at 0.3; run 5 never reaches half
    const data = sweepChartData(p, records(p, (i) => (i === 5 ? null : i)), 't50', 'a', 0);
    expect(data.series).toHaveLength(1);
    expect(data.lines).toBe(true);
    expect(data.drawn).toBe(5);
    expect(data.missing).toBe(1);
    expect(data.xDomain).toEqual([0.1, 0.3]);
    const stats = data.series[0].stats;
    expect(stats.map((s) => s.x)).toEqual([0.1, 0.2, 0.3]);
    expect(stats.map((s) => s.mean)).toEqual([0.5, 2.5, 4]);
    expect(stats[0].sd).toBeCloseTo(Math.SQRT1_2, 12);
    expect(stats[2].sd).toBe(0);
  });

  it('two factors on a grid: a line per level of the other factor; on the other axis the roles swap', () => {
    const p = plan({
      factors: [
        { path: 'params.q', range: { min: 0.1, max: 0.3 }, levels: 3 },
        { path: 'levers.media', range: { min: 1, max: 2 }, levels: 2 },
      ],
      design: { type: 'grid' },
      replicates: 1,
    });
    const data = sweepChartData(p, records(p, (i) => i), 't50', 'a', 0);
    expect(data.lines).toBe(true);
    expect(data.series.map((s) => s.value)).toEqual([1, 2]);
    expect(data.series[0].stats.map((s) => s.x)).toEqual([0.1, 0.2, 0.3]);
    const swapped = sweepChartData(p, records(p, (i) => i), 't50', 'a', 1);
    expect(swapped.series.map((s) => s.value)).toEqual([0.1, 0.2, 0.3]);
    expect(swapped.xDomain).toEqual([1, 2]);
  });

  it('two sampled factors: no lines, each point coloured by the other factor', () => {
    const p = plan({ factors: [{ path: 'params.q' }, { path: 'levers.media' }], design: { type: 'lhs', samples: 12 }, replicates: 2 });
    const data = sweepChartData(p, records(p, (i) => i), 't50', 'a', 0);
    expect(data.lines).toBe(false);
    expect(data.series).toHaveLength(12);
    expect(data.series.every((s) => s.points.length === 2 && s.stats.length === 1)).toBe(true);
  });
});
