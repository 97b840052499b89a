/**
 * createSimulation(world, scenario, seed): the whole model of docs/model.md on one world.
 *
 * A tick from row t to row t+1: (1) refresh the per-tick province fields (abandonment contagion,
 * pairing counts); (2) decide.ts — every (i,k) decides from the row-t state; (3) the new row: write
 * quality steps, apply the scripted events dated at tick t+1 that set fields (endorse, document,
 * mandate, named sites), then the decided transitions merged with scripted stage entries (origins,
 * pilots), then demonstration status, leader turnover and the exemplar rule; record metrics.
 * Row 0 is the initial state: tick 0's scripted events (origins, pilots, …), no transition.
 */
import type { World } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { checkpointTickSpacing } from '../scenario/checks.ts';
import { EventLog } from '../events/eventLog.ts';
import { MetricTable } from '../metrics/metricTable.ts';
import { createStream } from '../rng/stream.ts';
import { aleaState, aleaToRngState } from '../rng/aleaState.ts';
import { refreshAbandonment } from '../drivers/provinceAbandonment.ts';
import { refreshPairing } from '../drivers/forumChannel.ts';
import { advanceTurnover, initTurnover } from '../drivers/turnover.ts';
import { applyExemplarRule } from '../drivers/endorsement.ts';
import { buildKernel } from './buildKernel.ts';
import { decide } from './decide.ts';
import { applyScriptedFields, applyStages, refreshQualityDemo } from './apply.ts';
import { rebuildQualityCells, syncQuality } from './qualityCells.ts';
import { rebuildCalendar } from './dueCalendar.ts';
import { tickOf } from './schedule.ts';
import type { Kernel } from './kernel.ts';
import { copyShared, copyStored, restoreArrays, sharedOf } from './checkpoint.ts';
import type { Checkpoint, Simulation, SimulationOptions } from './types.ts';
import { summarize } from '../metrics/summary.ts';

const RNG_KEYS = { channels: 'rngChannels', show: 'rngShow' } as const;

export function createSimulation(world: World, scenario: ResolvedScenario, seed: number, options: SimulationOptions = {}): Simulation {
  const { kernel: m, baseline, effective, mandates, suspensions } = buildKernel(world, scenario, seed);
  const { startYear, years, dt } = scenario.time;
  if (!(years > 0)) throw new Error(`invalid time.years: ${years} (allowed > 0)`);
  const totalTicks = Math.round(years / dt);
  const checkpointEvery = options.checkpointEvery ?? 1;
  if (!(checkpointEvery >= 0)) throw new Error(`invalid checkpointEvery: ${checkpointEvery} (allowed ≥ 0 years)`);
  const checkpointTicks = checkpointEvery > 0 ? checkpointTickSpacing(checkpointEvery, dt) : 0;
  const originStage = Int32Array.from(scenario.innovations, (inn) => inn.originStage ?? 2);
  const log = new EventLog();
  const metrics = new MetricTable(m.K, totalTicks);
  const runKey = `${seed}:${world.kind}:${world.n}:${m.K}:${totalTicks}`;
  const kept: Checkpoint[] = [];

  // row 0
  applyScriptedFields(m, 0, mandates, suspensions);
  applyStages(m, log, 0, originStage);
  initTurnover(m);
  applyExemplarRule(m);
  metrics.record(m, 0);

  function step(): void {
    refreshAbandonment(m);
    refreshPairing(m);
    decide(m);
    const t = m.tick + 1;
    m.tick = t;
    applyScriptedFields(m, t, mandates, suspensions);
    applyStages(m, log, t, originStage);
    refreshQualityDemo(m, t);
    advanceTurnover(m, t);
    applyExemplarRule(m);
    metrics.record(m, t);
    if (checkpointTicks > 0 && t % checkpointTicks === 0 && (kept.length === 0 || kept[kept.length - 1].tick < t)) {
      kept.push(checkpoint());
    }
  }

  let shared: ReturnType<typeof copyShared> | null = null;

  function checkpoint(): Checkpoint {
    shared = copyShared(m, shared);
    return {
      tick: m.tick,
      eventCount: log.length,
      arrays: { ...copyStored(m), ...shared.arrays },
      fieldVersion: shared.version,
      rng: {
        channels: m.rngChannels.state(),
        show: m.rngShow.state(),
        turnover: aleaToRngState(m.turnoverState),
      },
      runKey,
    };
  }

  function restore(c: Checkpoint): void {
    if (c.runKey !== runKey) throw new Error(`checkpoint belongs to another run (${c.runKey}, this run is ${runKey})`);
    if (c.eventCount > log.length) {
      throw new Error(`checkpoint of tick ${c.tick} is ahead of this run's event log (tick ${m.tick}): tick forward instead`);
    }
    log.truncate(c.eventCount);
    restoreArrays(m, c, log);
    shared = sharedOf(c);
    m.tick = c.tick;
    rebuildQualityCells(m);
    rebuildCalendar(m.cal, c.tick);
    rebuildCalendar(m.turnCal, c.tick);
    for (const [name, key] of Object.entries(RNG_KEYS) as [keyof typeof RNG_KEYS, (typeof RNG_KEYS)[keyof typeof RNG_KEYS]][]) {
      (m as Kernel)[key] = createStream(seed, name, c.rng[name]);
    }
    m.turnoverState.set(aleaState(seed, 'turnover', c.rng.turnover));
    metrics.truncate(c.tick + 1);
  }

  kept.push(checkpoint());

  const sim: Simulation = {
    world,
    scenario,
    seed,
    n: m.N,
    innovationCount: m.K,
    innovationIds: scenario.innovations.map((inn) => inn.id),
    dt,
    startYear,
    get tickCount() {
      return m.tick;
    },
    totalTicks,
    get done() {
      return m.tick >= totalTicks;
    },
    yearAt: (tick) => startYear + tick * dt,
    tickAt: (year) => tickOf(year, startYear, dt),
    tick(n = 1) {
      const todo = Math.max(0, Math.min(Math.floor(n), totalTicks - m.tick));
      for (let j = 0; j < todo; j++) step();
      if (todo > 0) syncQuality(m);
      return todo;
    },
    stage: m.stage,
    quality: m.quality,
    flags: m.flags,
    endorsement: m.endorse,
    mandate: m.mandate,
    firstAdoptionTick: m.firstAdopt,
    gap: m.gap,
    ineligible: m.ineligible,
    baselineAttributes: baseline,
    attributes: effective,
    metrics,
    events: log,
    summary: () => summarize(sim, m),
    checkpoint,
    restore,
    checkpoints: kept,
    seek(tick) {
      const target = Math.max(0, Math.min(Math.floor(tick), totalTicks));
      if (target === m.tick) return;
      if (target < m.tick) {
        let best = kept[0];
        for (const c of kept) if (c.tick <= target && c.tick > best.tick) best = c;
        restore(best);
      }
      if (m.tick < target) {
        while (m.tick < target) step();
        syncQuality(m); // (a restore alone has synced it)
      }
    },
  };
  return sim;
}
