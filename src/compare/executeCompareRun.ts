/**
 * One run of one arm of a comparison: `createSimulation(world, scenario, seed)` advanced to its
 * horizon without checkpoints (what `idlab run` computes for that scenario and seed), reduced to
 * what a comparison keeps per innovation — the yearly shares the app's adoption chart plots, the
 * KPI strip's figures at the horizon (computed by the app's own `computeKpis`) and each locality's
 * first-adoption time. Pure: the Node threads and the browser workers call it alike, so a pair's
 * outcome does not depend on where it ran.
 */
import { createSimulation } from '../model/simulation/createSimulation.ts';
import type { Simulation } from '../model/simulation/types.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import { REGIONS, type World } from '../model/world.ts';
import { computeKpis } from '../service/kpis.ts';
import { PersistenceTracker } from '../service/persistenceTracker.ts';
import { regionSizes } from '../service/runInfo.ts';
import type { CompareKpiId, CompareRunResult, CompareRunSpec, CompareSeriesId, InnovationOutcome } from './types.ts';

/** The series in a fixed order: shares of all localities, then the active share of each region. */
export const COMPARE_SERIES: readonly CompareSeriesId[] = ['ever', 'active', 'formal', ...REGIONS.map((r) => `active_${r}` as CompareSeriesId)];

export function executeCompareRun(
  world: World,
  scenario: ResolvedScenario,
  seed: number,
  spec: CompareRunSpec,
  /** runs the ticks (the browser's workers tick in chunks with heartbeats between; same result) */
  run: (sim: Simulation, ticks: number) => unknown = (sim, ticks) => sim.tick(ticks),
): CompareRunResult {
  const sim = createSimulation(world, scenario, seed, { checkpointEvery: 0 });
  run(sim, sim.totalTicks);
  const tracker = new PersistenceTracker(sim.n, sim.innovationCount, sim.totalTicks);
  const sizes = regionSizes(sim);
  const kpis = computeKpis(sim, tracker, sizes);
  const ticks = yearlyTicks(sim);
  const innovations = spec.innovations.map((id): InnovationOutcome => {
    const k = sim.innovationIds.indexOf(id);
    if (k < 0) throw new Error(`innovation ${id} is not in the run's scenario`);
    const kpi = kpis[k];
    const values: Record<CompareKpiId, number | null> = {
      timeTo50: kpi.timeTo50,
      everShare: sim.metrics.value('ever_adopted', sim.tickCount, k) / sim.n,
      activeShare: kpi.activeShare,
      persistence5: kpi.persistence5,
      formalShare: kpi.formalShare,
      showShare: kpi.showShare,
      eastWestGap: kpi.eastWestGap,
    };
    return { id, series: sampleSeries(sim, k, ticks, sizes), kpis: values, firstAdoption: firstAdoptionYears(sim, k) };
  });
  return { seed, years: ticks.map((t) => sim.yearAt(t)), innovations };
}

/** Ticks of years 0, 1, 2 … after the start (and the horizon when it falls between two). */
export function yearlyTicks(sim: Pick<Simulation, 'dt' | 'totalTicks'>): number[] {
  const step = Math.max(1, Math.round(1 / sim.dt));
  const ticks: number[] = [];
  for (let t = 0; t <= sim.totalTicks; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== sim.totalTicks) ticks.push(sim.totalTicks);
  return ticks;
}

function sampleSeries(sim: Simulation, k: number, ticks: readonly number[], sizes: readonly number[]): Record<CompareSeriesId, Float64Array> {
  const share = (column: string, of: number) => {
    const col = sim.metrics.column(column, k);
    return Float64Array.from(ticks, (t) => (of > 0 ? col[t] / of : NaN));
  };
  const series = { ever: share('ever_adopted', sim.n), active: share('active', sim.n), formal: share('formal', sim.n) } as Record<CompareSeriesId, Float64Array>;
  REGIONS.forEach((r, g) => (series[`active_${r}`] = share(`${r}_active`, sizes[g])));
  return series;
}

/** Years from the start to each locality's first adoption of innovation k; NaN where it never adopted. */
function firstAdoptionYears(sim: Simulation, k: number): Float32Array {
  const out = new Float32Array(sim.n);
  const first = sim.firstAdoptionTick;
  for (let i = 0, idx = k * sim.n; i < sim.n; i++, idx++) out[i] = first[idx] < 0 ? NaN : first[idx] * sim.dt;
  return out;
}
