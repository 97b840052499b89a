/**
 * Scripted events on the tick axis (docs/model.md §7): an event dated y applies at the first tick whose
 * time startYear + tick·dt is ≥ y (tickOf; a tolerance of 1e-9 tick absorbs float error in dt, so
 * 2005 with dt = 1/12 is tick 12·(2005 − start) exactly). Events before the start apply at tick 0.
 * Scopes are resolved to locality indices once, here, so applying an event is a loop over indices.
 */
import type { AttributeId, World } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { codeLookup } from '../worlds/codeLookup.ts';
import { resolveScope } from './resolveScope.ts';
import { CH_ORIGIN, CH_PILOT } from '../events/channels.ts';

export const ENDORSEMENT_LEVEL = { none: 0, prefecture: 1, province: 2, central: 3 } as const;

/** Default `reward` of a `document` event (scenario/types.ts). */
export const DOCUMENT_REWARD = 1.5;

export interface EndorseAction {
  k: number;
  level: number;
  /** multiplier of the institutionalization rate (1 for `endorse` and `withdraw`) */
  reward: number;
  /** true for `withdraw`: E falls to `level` where it is higher; otherwise it rises to it */
  lower: boolean;
  idx: Int32Array;
}

/** A `suspend` era: from tick `start` until tick `end` (exclusive), strength s ∈ [0, 1] over `idx`. */
export interface SuspendSpan {
  start: number;
  end: number;
  strength: number;
  idx: Int32Array;
}

export interface MandateSpan {
  start: number;
  /** first tick without the mandate (Infinity: never lapses) */
  end: number;
  idx: Int32Array;
}

/** Stage-setting entries of one tick and innovation, by ascending locality: origins and pilots. */
export interface SeedAction {
  loc: Int32Array;
  /** CH_ORIGIN or CH_PILOT per entry */
  kind: Uint8Array;
}

export interface ScheduledTick {
  endorse: EndorseAction[];
  /** innovations whose mandate field must be recomputed at this tick */
  mandate: number[];
  /** innovations whose suspension field must be recomputed at this tick */
  suspend: number[];
  /** innovations whose salience σ_k an event renews at this tick (pilot, endorse, document, mandate) */
  renew: number[];
  /** named demonstration sites from this tick (k = −1: every innovation) */
  named: { k: number; idx: Int32Array }[];
  /** per innovation, or null */
  seeds: (SeedAction | null)[];
}

export function tickOf(year: number, startYear: number, dt: number): number {
  return Math.max(0, Math.ceil((year - startYear) / dt - 1e-9));
}

export interface Schedule {
  ticks: Map<number, ScheduledTick>;
  mandates: MandateSpan[][];
  suspensions: SuspendSpan[][];
  startTick: Int32Array;
  rewardScope: Int32Array | null;
  transferScope: Int32Array | null;
}

export function buildSchedule(world: World, scenario: ResolvedScenario, baseline: Readonly<Record<AttributeId, Float64Array>>): Schedule {
  const { startYear, dt } = scenario.time;
  const K = scenario.innovations.length;
  const codes = codeLookup(world);
  const ticks = new Map<number, ScheduledTick>();
  const at = (t: number): ScheduledTick => {
    let s = ticks.get(t);
    if (!s) ticks.set(t, (s = { endorse: [], mandate: [], suspend: [], renew: [], named: [], seeds: new Array(K).fill(null) }));
    return s;
  };
  const once = (list: number[], k: number): void => {
    if (!list.includes(k)) list.push(k);
  };
  const seedLists: Map<number, Map<number, number>>[] = Array.from({ length: K }, () => new Map());
  const addSeed = (k: number, t: number, i: number, kind: number): void => {
    let m = seedLists[k].get(t);
    if (!m) seedLists[k].set(t, (m = new Map()));
    if (m.get(i) !== CH_ORIGIN) m.set(i, kind); // an origin stays an origin
  };
  const mandates: MandateSpan[][] = Array.from({ length: K }, () => []);
  const suspensions: SuspendSpan[][] = Array.from({ length: K }, () => []);
  const startTick = new Int32Array(K);
  const ids = new Set<string>();

  scenario.innovations.forEach((inn, k) => {
    const path = `innovations[${k}]`;
    if (ids.has(inn.id)) throw new Error(`invalid ${path}.id: "${inn.id}" (ids must be unique)`);
    ids.add(inn.id);
    startTick[k] = tickOf(inn.startYear, startYear, dt);
    inn.origins.forEach((code, j) => {
      const i = codes.get(code);
      if (i === undefined) throw new Error(`invalid ${path}.origins[${j}]: "${code}" (no locality with this code)`);
      addSeed(k, startTick[k], i, CH_ORIGIN);
    });
    inn.events.forEach((ev, j) => {
      const epath = `${path}.events[${j}]`;
      const t = tickOf(ev.year, startYear, dt);
      const idx = resolveScope(world, ev.scope, baseline, `${epath}.scope`, codes);
      const level = ENDORSEMENT_LEVEL[ev.level];
      if (level === undefined) throw new Error(`invalid ${epath}.level: "${ev.level}" (allowed none, prefecture, province, central)`);
      if (level === 0 && ev.type !== 'withdraw') throw new Error(`invalid ${epath}.level: "none" (allowed only on a withdraw event)`);
      switch (ev.type) {
        case 'pilot':
          for (const i of idx) addSeed(k, t, i, CH_PILOT);
          once(at(t).renew, k);
          break;
        case 'endorse':
          at(t).endorse.push({ k, level, reward: 1, lower: false, idx });
          once(at(t).renew, k);
          break;
        case 'document':
          at(t).endorse.push({ k, level, reward: ev.reward ?? DOCUMENT_REWARD, lower: false, idx });
          once(at(t).renew, k);
          break;
        case 'withdraw':
          at(t).endorse.push({ k, level, reward: 1, lower: true, idx });
          break;
        case 'mandate': {
          const end = ev.until === undefined ? Infinity : tickOf(ev.until, startYear, dt);
          mandates[k].push({ start: t, end, idx });
          once(at(t).mandate, k);
          once(at(t).renew, k);
          if (end !== Infinity) once(at(end).mandate, k);
          break;
        }
        case 'suspend': {
          if (ev.until === undefined) throw new Error(`invalid ${epath}.until: missing (a suspend event needs the year its era ends)`);
          const end = tickOf(ev.until, startYear, dt);
          suspensions[k].push({ start: t, end, strength: ev.strength ?? 1, idx });
          once(at(t).suspend, k);
          once(at(end).suspend, k);
          break;
        }
        default:
          throw new Error(`invalid ${epath}.type: "${(ev as { type: string }).type}" (allowed pilot, endorse, document, mandate, withdraw, suspend)`);
      }
    });
  });

  const levers = scenario.levers;
  (levers.namedSites ?? []).forEach((site, j) => {
    const path = `levers.namedSites[${j}]`;
    let k = -1;
    if (site.innovation !== undefined) {
      k = scenario.innovations.findIndex((inn) => inn.id === site.innovation);
      if (k < 0) throw new Error(`invalid ${path}.innovation: "${site.innovation}" (no innovation with this id)`);
    }
    at(tickOf(site.year, startYear, dt)).named.push({ k, idx: resolveScope(world, site.scope, baseline, `${path}.scope`, codes) });
  });

  seedLists.forEach((byTick, k) => {
    for (const [t, m] of byTick) {
      const locs = [...m.keys()].sort((a, b) => a - b);
      at(t).seeds[k] = { loc: Int32Array.from(locs), kind: Uint8Array.from(locs.map((i) => m.get(i)!)) };
    }
  });

  return {
    ticks,
    mandates,
    suspensions,
    startTick,
    rewardScope: levers.rewardScope ? resolveScope(world, levers.rewardScope, baseline, 'levers.rewardScope', codes) : null,
    transferScope: levers.transferScope ? resolveScope(world, levers.transferScope, baseline, 'levers.transferScope', codes) : null,
  };
}
