import type { Simulation } from '../model/simulation/types.ts';
import { FLAG_DEMO } from '../model/simulation/stages.ts';
import { CHANNEL_IDS } from '../model/events/channels.ts';
import { REGIONS, STAGE_IDS } from '../model/index.ts';
import type { Frame, LearningLink, MetricRow } from './types.ts';
import { computeKpis } from './kpis.ts';
import type { PersistenceTracker } from './persistenceTracker.ts';
import type { MilestoneTracker } from './milestones/MilestoneTracker.ts';

/** At most this many learning links per innovation per frame (the most recent): the map draws ≤ 800. */
export const MAX_LINKS_PER_INNOVATION = 800;

const REGION_ACTIVE = REGIONS.map((r) => `${r}_active`);

/** Chart rows for ticks [fromTick, toTick], tick-major then innovation. */
export function metricRows(sim: Simulation, fromTick: number, toTick: number): MetricRow[] {
  const rows: MetricRow[] = [];
  const K = sim.innovationCount;
  for (let t = fromTick; t <= toTick; t++) {
    for (let k = 0; k < K; k++) {
      rows.push({
        tick: t,
        innovation: k,
        stages: STAGE_IDS.map((id) => sim.metrics.value(id, t, k)),
        everAdopted: sim.metrics.value('ever_adopted', t, k),
        active: sim.metrics.value('active', t, k),
        activeByRegion: REGION_ACTIVE.map((c) => sim.metrics.value(c, t, k)),
      });
    }
  }
  return rows;
}

/**
 * Adoptions from a locality source in the year up to the current tick (ticks now − 1/dt + 1 … now),
 * newest last, capped per innovation.
 */
export function learningLinks(sim: Simulation): LearningLink[] {
  const now = sim.tickCount;
  const perYear = Math.max(1, Math.round(1 / sim.dt));
  const log = sim.events;
  const from = log.indexOfTick(now - perYear + 1);
  const counts = new Int32Array(sim.innovationCount);
  const out: LearningLink[] = [];
  const e = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  for (let j = log.length - 1; j >= from; j--) {
    log.get(j, e);
    if (e.source < 0 || e.to !== 1 || counts[e.innovation] >= MAX_LINKS_PER_INNOVATION) continue;
    counts[e.innovation]++;
    out.push({ tick: e.tick, innovation: e.innovation, learner: e.locality, source: e.source, channel: CHANNEL_IDS[e.channel] });
  }
  return out.reverse();
}

/**
 * The frame after an advance or a seek: copies of the stage and demonstration arrays (the service
 * transfers them, so the simulation's own arrays are never detached), the chart rows the caller lacks
 * (it has `rowsKnown`), this year's learning links, the KPIs and the milestone figures reached so far.
 */
export function buildFrame(
  sim: Simulation,
  rowsKnown: number,
  tracker: PersistenceTracker,
  regionSizes: readonly number[],
  milestones: MilestoneTracker,
): Frame {
  const tick = sim.tickCount;
  const K = sim.innovationCount;
  const stage = sim.stage.slice();
  const demo = new Uint8Array(stage.length);
  const flags = sim.flags;
  for (let j = 0; j < demo.length; j++) demo[j] = flags[j] & FLAG_DEMO ? 1 : 0;
  const rowsEnd = (tick + 1) * K;
  const rowsFrom = Math.max(0, Math.min(Math.floor(rowsKnown / K) * K, rowsEnd));
  return {
    tick,
    year: sim.yearAt(tick),
    stage,
    demo,
    rowsFrom,
    rows: metricRows(sim, rowsFrom / K, tick),
    links: learningLinks(sim),
    kpis: computeKpis(sim, tracker, regionSizes),
    milestones: milestones.values(),
  };
}
