/**
 * A `suspend` era (for 枫桥经验, 1966–1976) sets the practice aside: h01…h34 × (1 − s) and abandonment
 * + s·μ_susp while it lasts. So the active share falls during the era, far below the same run without
 * it, and once the era ends adoption resumes and the active share climbs again.
 *
 * World: 2,000 fully mixed, heterogeneous localities, 30 years; an era of strength 0.9 from year 10
 * to year 20. Eight seeds; per-seed paired differences are tested against their own spread
 * (mean − t·SE > 0, t = 5.41: one-sided 99.9 % for 7 degrees of freedom); rates by Poisson counts.
 */
import { describe, expect, it } from 'vitest';
import { scenario, innovation } from '../helpers/scenario.ts';
import type { ScenarioEvent } from '../../../src/model/scenario/types.ts';
import type { Simulation } from '../../../src/model/simulation/types.ts';
import { addRates, exposure, logRateRatio, runSynthetic, seedRange, transitions, Z } from './measure.ts';

const N = 2000;
const SEEDS = seedRange(8);
const T_999_7 = 5.41;
const ERA = { start: 2010, end: 2020 };

const withEvents = (events: ScenarioEvent[]) =>
  scenario({ kind: 'mixed', n: N, heterogeneity: 0.2 }, { time: { years: 30, dt: 0.25 }, innovations: [innovation({ events })] });
const suspended = withEvents([{ year: ERA.start, type: 'suspend', level: 'central', scope: {}, until: ERA.end, strength: 0.9 }]);
const plain = withEvents([]);

const activeAt = (sim: Simulation, year: number) => sim.metrics.value('active', sim.tickAt(year), 0) / N;

/** mean − t·SE of per-seed values */
function lowerBound(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  return mean - (T_999_7 * sd) / Math.sqrt(xs.length);
}

describe('suspension era', () => {
  const runs = SEEDS.map((seed) => ({ with: runSynthetic(suspended, seed), without: runSynthetic(plain, seed) }));
  const lastEraTick = (sim: Simulation) => sim.tickAt(ERA.end) - 1;

  it('lowers the active share during the era', () => {
    const drop = runs.map((r) => activeAt(r.without, ERA.end - 0.25) - activeAt(r.with, ERA.end - 0.25));
    expect(lowerBound(drop), `differences ${drop.map((d) => d.toFixed(3)).join(' ')}`).toBeGreaterThan(0);
    // and within the run: below its level when the era began
    expect(lowerBound(runs.map((r) => activeAt(r.with, ERA.start) - activeAt(r.with, ERA.end - 0.25)))).toBeGreaterThan(0);
  });

  it('adoption resumes after the era: more adoptions per at-risk locality-year, and the active share climbs', () => {
    const rate = (from: number, to: number) =>
      addRates(runs.map(({ with: sim }) => ({ events: transitions(sim, [0], 1, sim.tickAt(from), sim.tickAt(to)), exposure: exposure(sim, [0], sim.tickAt(from), sim.tickAt(to)) })));
    const during = rate(ERA.end - 5, ERA.end);
    const after = rate(ERA.end, ERA.end + 5);
    const r = logRateRatio(after, during);
    expect(r.log - Z * r.se, `adoption rate ratio after/during ${r.ratio.toFixed(2)}`).toBeGreaterThan(0);
    expect(lowerBound(runs.map(({ with: sim }) => activeAt(sim, ERA.end + 5) - sim.metrics.value('active', lastEraTick(sim), 0) / N))).toBeGreaterThan(0);
  });
});
