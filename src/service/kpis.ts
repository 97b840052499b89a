import type { Simulation } from '../model/simulation/types.ts';
import { REGIONS } from '../model/world.ts';
import { PERSISTENCE_YEARS } from '../model/metrics/summary.ts';
import { timeToShare } from '../model/metrics/timeToShare.ts';
import { FLAG_EVER, FLAG_SHOW } from '../model/simulation/stages.ts';
import type { Kpis } from './types.ts';
import type { PersistenceTracker } from './persistenceTracker.ts';

const EAST = REGIONS.indexOf('east');
const WEST = REGIONS.indexOf('west');

/**
 * The KPI strip's figures for every innovation at the simulation's current tick, with the model's
 * definitions (src/model/metrics/summary.ts) but cheap enough for every frame: the metric columns
 * for shares and time to 50 %, the incremental tracker for persistence (no full log scan, no
 * Moran's I or Bass fit — those stay in `summary()`).
 */
export function computeKpis(sim: Simulation, tracker: PersistenceTracker, regionSizes: readonly number[]): Kpis[] {
  const tick = sim.tickCount;
  const n = sim.n;
  tracker.sync(sim.events);
  return sim.scenario.innovations.map((inn, k): Kpis => {
    const ever = sim.metrics.column('ever_adopted', k);
    const startTick = Math.min(Math.max(0, sim.tickAt(inn.startYear)), tick);
    const everNow = ever[tick];
    const formal = sim.metrics.value('formal', tick, k);
    const hasEastWest = regionSizes[EAST] > 0 && regionSizes[WEST] > 0;
    const showMechanism = sim.scenario.params.showMechanism;
    return {
      timeTo50: timeToShare(ever, n, 0.5, startTick, sim.dt),
      activeShare: sim.metrics.value('active', tick, k) / n,
      persistence5: tracker.survival(k, tick, sim.dt, PERSISTENCE_YEARS),
      formalShare: everNow > 0 ? formal / everNow : null,
      showShare: everNow > 0 && showMechanism ? showCount(sim, k) / everNow : null,
      showMechanism,
      eastWestGap: hasEastWest
        ? sim.metrics.value('east_active', tick, k) / regionSizes[EAST] - sim.metrics.value('west_active', tick, k) / regionSizes[WEST]
        : null,
    };
  });
}

/** Ever-adopters of innovation k whose adoption was for show (the summary's count; no metric column holds it). */
function showCount(sim: Simulation, k: number): number {
  const { flags, n } = sim;
  const both = FLAG_EVER | FLAG_SHOW;
  let count = 0;
  for (let idx = k * n, end = idx + n; idx < end; idx++) if ((flags[idx] & both) === both) count++;
  return count;
}
