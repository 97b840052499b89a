import type { Simulation } from '../model/simulation/types.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import { REGIONS, codeIndex } from '../model/world.ts';
import { resolveScope } from '../model/simulation/resolveScope.ts';
import { codeLookup } from '../model/worlds/codeLookup.ts';
import { scenarioDigest } from '../model/scenario/digest.ts';
import { APP_VERSION } from '../model/version.ts';
import type { RunInfo, TimelineEvent } from './types.ts';

/** Locality indices of each innovation's origins (codes the world lacks are skipped: resolve reports them). */
export function originIndices(sim: Simulation): number[][] {
  const index = codeIndex(sim.world);
  return sim.scenario.innovations.map((inn) => inn.origins.map((c) => index.get(c)).filter((i): i is number => i !== undefined));
}

/** The scripted events of every innovation on the time axis, at the tick they apply, with the localities they apply to. */
export function timelineEvents(sim: Simulation): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const codes = codeLookup(sim.world);
  sim.scenario.innovations.forEach((inn, k) => {
    inn.events.forEach((e, j) => {
      const tick = sim.tickAt(e.year);
      if (tick < 0 || tick > sim.totalTicks) return;
      const era = e.type === 'suspend' && e.until !== undefined ? { untilYear: e.until } : {};
      // where it applies, for the map to mark when it fires (the schedule resolved the same scope, so it is valid)
      const places = resolveScope(sim.world, e.scope, sim.baselineAttributes, `innovations[${k}].events[${j}].scope`, codes);
      const where = places.length < sim.n ? { places: Array.from(places) } : {};
      out.push({ tick, year: e.year, type: e.type, level: e.level, innovation: k, ...era, ...(e.label ? { label: e.label } : {}), ...where });
    });
  });
  return out.sort((a, b) => a.tick - b.tick || a.innovation - b.innovation);
}

/** Localities per region (index = REGIONS). */
export function regionSizes(sim: Simulation): number[] {
  const sizes = new Array<number>(REGIONS.length).fill(0);
  for (let i = 0; i < sim.n; i++) sizes[sim.world.region[i]]++;
  return sizes;
}

/** Everything static about a run, sent once per (re)start. */
export function runInfo(
  sim: Simulation,
  presetId: string | null,
  base: ResolvedScenario,
  origins: number[][],
  sizes: number[],
  digest: string = scenarioDigest(sim.scenario),
): RunInfo {
  const w = sim.world;
  const s = sim.scenario;
  return {
    presetId,
    title: s.meta.title,
    description: s.meta.description,
    illustrative: s.meta.illustrative,
    seed: sim.seed,
    worldKind: w.kind,
    unit: s.world.kind === 'china' ? (s.world.unit ?? 'county') : 'county',
    n: sim.n,
    innovations: s.innovations.map((inn, k) => ({ id: inn.id, name: inn.name, origins: origins[k] })),
    startYear: sim.startYear,
    dt: sim.dt,
    totalTicks: sim.totalTicks,
    events: timelineEvents(sim),
    codes: [...w.codes],
    names: [...w.names],
    namesEn: [...w.namesEn],
    province: w.province.slice(),
    region: w.region.slice(),
    regionSizes: sizes,
    provinces: w.provinces.map((p) => ({ code: p.code, name: p.name, nameEn: p.nameEn, region: p.region })),
    levers: { ...s.levers },
    params: { ...s.params },
    digest,
    version: APP_VERSION,
    baseLevers: { ...base.levers },
    baseParams: { ...base.params },
  };
}
