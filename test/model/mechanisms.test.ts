/**
 * The conventions and mechanisms of docs/model.md §5–§7 one by one: row 0, event timing, pilots,
 * mandates, zero influence, channel attribution and sources, the exemplar rule, configuration errors.
 */
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_IDS,
  FLAG_DEMO,
  FLAG_NAMED,
  createSimulation,
  createSyntheticWorld,
  codeIndex,
  type Simulation,
} from '../../src/model/index.ts';
import type { WorldSpec } from '../../src/model/scenario/types.ts';
import { innovation, scenario } from './helpers/scenario.ts';
import { richScenario } from './helpers/rich.ts';

const LATTICE: WorldSpec = { kind: 'lattice', width: 20, height: 20, neighbourhood: 'von-neumann', provinceSide: 5, heterogeneity: 0.1 };
const world = createSyntheticWorld(LATTICE);
const at = codeIndex(world);

/** Stage of every (i,k) at row `row`, replayed from the event log (the log is the canonical record). */
function stagesAt(sim: Simulation, row: number): Uint8Array {
  const s = new Uint8Array(sim.n * sim.innovationCount);
  for (let j = 0; j < sim.events.length; j++) {
    const e = sim.events.get(j);
    if (e.tick > row) break;
    s[e.innovation * sim.n + e.locality] = e.to;
  }
  return s;
}

describe('time and scripted events', () => {
  const sc = scenario(LATTICE, {
    time: { startYear: 2000, years: 10, dt: 1 / 12 },
    innovations: [
      innovation({
        origins: ['10,10'],
        originStage: 3,
        events: [
          { year: 2002, type: 'pilot', level: 'province', scope: { codes: ['1,1', '2,2'] } },
          { year: 2003.5, type: 'endorse', level: 'province', scope: { provinces: ['P0'] } },
          { year: 2004.01, type: 'mandate', level: 'central', scope: { regions: ['west'] }, until: 2006 },
          { year: 2005, type: 'document', level: 'central', scope: {}, reward: 2 },
        ],
      }),
    ],
    params: { endogenousEndorsement: false },
  });

  it('row 0 is the initial state: origins seeded in originStage and named, no other transition', () => {
    const sim = createSimulation(world, sc, 3);
    const o = at.get('10,10')!;
    expect(sim.stage[o]).toBe(3);
    expect(sim.flags[o] & FLAG_NAMED).toBe(FLAG_NAMED);
    expect(sim.flags[o] & FLAG_DEMO).toBe(FLAG_DEMO);
    expect(sim.quality[o]).toBeCloseTo(0.55, 6);
    expect(sim.events.length).toBe(1);
    expect(sim.events.get(0)).toMatchObject({ tick: 0, locality: o, from: 0, to: 3, channel: CHANNEL_IDS.indexOf('origin'), source: -1 });
    expect(sim.metrics.row(0, 0)).toMatchObject({ none: world.n - 1, institutionalized: 1, ever_adopted: 1, active: 1 });
  });

  it('an event dated y applies at the first tick whose time is ≥ y', () => {
    const sim = createSimulation(world, sc, 3);
    expect([sim.tickAt(2002), sim.tickAt(2003.5), sim.tickAt(2004.01), sim.tickAt(2006)]).toEqual([24, 42, 49, 72]);
    const p0 = at.get('0,0')!;
    const west = world.region.indexOf(2);
    sim.tick(23);
    expect(sim.stage[at.get('1,1')!]).not.toBe(2);
    sim.tick(1);
    // pilot: stage 2, Q 0.5, named, logged with the pilot channel at tick 24
    for (const code of ['1,1', '2,2']) {
      const i = at.get(code)!;
      expect(sim.stage[i]).toBe(2);
      expect(sim.quality[i]).toBe(0.5);
      expect(sim.flags[i] & FLAG_NAMED).toBe(FLAG_NAMED);
    }
    const pilots = sim.events.columns(sim.events.indexOfTick(24));
    expect([...pilots.channel].filter((c) => c === CHANNEL_IDS.indexOf('pilot')).length).toBe(2);
    sim.tick(41 - 24);
    expect(sim.endorsement[p0]).toBe(0);
    sim.tick(1);
    expect(sim.endorsement[p0]).toBe(2);
    expect(sim.endorsement[at.get('19,19')!]).toBe(0);
    sim.tick(48 - 42);
    expect(sim.mandate[west]).toBe(0);
    sim.tick(1);
    expect(sim.mandate[west]).toBe(1);
    expect(sim.mandate[at.get('19,0')!]).toBe(0); // east
    sim.tick(71 - 49);
    expect(sim.mandate[west]).toBe(1);
    sim.tick(1);
    expect(sim.mandate[west]).toBe(0); // lapsed at `until`
    sim.tick(sim.totalTicks);
    expect(sim.endorsement[p0]).toBe(3); // the central document raised E everywhere
  });

  it('zero influence: nothing spreads beyond origins and pilots', () => {
    const quiet = scenario(LATTICE, {
      params: { p: 0, q: 0, kappaM: 0 },
      innovations: sc.innovations,
      time: sc.time,
    });
    const sim = createSimulation(world, quiet, 5);
    while (!sim.done) {
      sim.tick(1);
      expect(sim.metrics.value('ever_adopted', sim.tickCount, 0)).toBe(sim.tickCount < 24 ? 1 : 3);
    }
    for (let j = 0; j < sim.events.length; j++) expect(sim.events.get(j).channel).not.toBe(CHANNEL_IDS.indexOf('external'));
  });

  it('an innovation starting later seeds its origins at its start and has no hazard before', () => {
    const late = scenario(LATTICE, { innovations: [innovation({ origins: ['5,5'], startYear: 2003 })], params: { p: 1 } });
    const sim = createSimulation(world, late, 1);
    sim.tick(35);
    expect(sim.metrics.value('ever_adopted', 35, 0)).toBe(0);
    sim.tick(1);
    expect(sim.stage[at.get('5,5')!]).toBe(2);
    expect(sim.events.get(0)).toMatchObject({ tick: 36, channel: CHANNEL_IDS.indexOf('origin') });
  });
});

describe('channel attribution (docs/model.md §6)', () => {
  const sc = richScenario(15);
  const rich = createSyntheticWorld(sc.world);
  const sim = createSimulation(rich, sc, 11);
  sim.tick(sim.totalTicks);

  it('the event log is sorted by tick, innovation, locality', () => {
    let prev = [-1, -1, -1];
    for (let j = 0; j < sim.events.length; j++) {
      const e = sim.events.get(j);
      const key = [e.tick, e.innovation, e.locality];
      const cmp = key[0] - prev[0] || key[1] - prev[1] || key[2] - prev[2];
      expect(cmp).toBeGreaterThanOrEqual(0);
      prev = key;
    }
  });

  it('every adoption has a channel, channel shares sum to 1, and peer sources are visible adopters of that channel', () => {
    const nb = (i: number, j: number) => {
      for (let e = rich.adjOffsets![i]; e < rich.adjOffsets![i + 1]; e++) if (rich.adjIndices![e] === j) return true;
      return false;
    };
    const counts = new Map<string, number>();
    let prevTick = -1;
    let before: Uint8Array = new Uint8Array(0);
    for (let j = 0; j < sim.events.length; j++) {
      const e = sim.events.get(j);
      if (e.tick !== prevTick) {
        before = stagesAt(sim, e.tick - 1);
        prevTick = e.tick;
      }
      const channel = CHANNEL_IDS[e.channel];
      if ((e.from === 0 || e.from === 6) && e.to >= 1 && e.to <= 4) {
        expect(channel).not.toBe('none');
        counts.set(channel, (counts.get(channel) ?? 0) + 1);
      } else expect(['none', 'pilot']).toContain(channel); // a pilot also moves stages 1 and 5 to 2
      if (['global', 'neighbour', 'province', 'forum'].includes(channel)) {
        const s = before[e.innovation * sim.n + e.source];
        expect(s >= 1 && s <= 4, `source ${e.source} of ${e.locality} at tick ${e.tick} was in stage ${s}`).toBe(true);
        if (channel === 'neighbour') expect(nb(e.locality, e.source)).toBe(true);
        if (channel === 'province') {
          expect(rich.province[e.source]).toBe(rich.province[e.locality]);
          expect(e.source).not.toBe(e.locality);
        }
      } else expect(e.source).toBe(-1);
    }
    for (const ch of ['external', 'global', 'neighbour', 'province', 'forum', 'endorsement', 'mandate', 'origin', 'pilot']) {
      expect(counts.get(ch) ?? 0, ch).toBeGreaterThan(0);
    }
    sim.summary().innovations.forEach((inn, k) => {
      const sum = Object.values(inn.channelShares).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 12);
      expect(inn.adoptions).toBeGreaterThan(0);
      expect(inn.channelShares.none).toBe(0);
      void k;
    });
  });

  it('the replayed log reproduces the stage array and the metric rows', () => {
    expect(stagesAt(sim, sim.tickCount)).toEqual(sim.stage);
    const mid = stagesAt(sim, 90);
    const active = mid.subarray(0, sim.n).filter((s) => s >= 1 && s <= 4).length;
    expect(sim.metrics.value('active', 90, 0)).toBe(active);
  });
});

describe('endogenous endorsement (exemplar rule)', () => {
  // 4 × 4 provinces: one institutionalized named origin is 1/16 ≥ θ_P = 0.05 of its province
  const W: WorldSpec = { kind: 'lattice', width: 8, height: 8, neighbourhood: 'moore', provinceSide: 4 };
  const w = createSyntheticWorld(W);
  const make = (on: boolean, nC: number, seed = 1, lambdaP = 0.5, lambdaC = 0.3) =>
    createSimulation(
      w,
      scenario(W, {
        time: { startYear: 2000, years: 40, dt: 0.25 },
        params: { endogenousEndorsement: on, nC, thetaP: 0.05, lambdaP, lambdaC, p: 0, q: 0, mu0: 0, eta0: 0 },
        innovations: [innovation({ origins: ['0,0'], originStage: 3 })],
      }),
      seed,
      { checkpointEvery: 0 },
    );
  /** Ticks until E of locality i first reaches `level`, or −1 within the run. */
  const ticksTo = (sim: ReturnType<typeof make>, i: number, level: number): number => {
    for (let t = 0; t <= sim.totalTicks; t++) {
      if (t > 0) sim.tick(1);
      if (sim.endorsement[i] >= level) return t;
    }
    return -1;
  };

  it('a province with a demonstration site and θ_P of its localities in stages 3–4 endorses; the centre follows n_C provinces', () => {
    // rates of 10 per year over 40 years: P(no endorsement) = e^{−400}, whatever the seed
    const sim = make(true, 1, 1, 10, 10);
    sim.tick(sim.totalTicks);
    expect([...sim.endorsement].every((e) => e === 3)).toBe(true);
    const two = make(true, 2, 1, 10, 10);
    two.tick(two.totalTicks);
    expect(two.endorsement[0]).toBe(2); // only the origin's province qualifies: the centre never follows
    expect(two.endorsement[63]).toBe(0);
    const off = make(false, 1, 1, 10, 10);
    off.tick(off.totalTicks);
    expect([...off.endorsement].every((e) => e === 0)).toBe(true);
  });

  it('endorses with a lag: the wait for the province is geometric with rate λ_P, the centre waits λ_C after', () => {
    // Nothing spreads (p = q = 0) and the origin's province meets the condition from row 0, so the
    // province's wait in ticks is geometric on {0, 1, …} with per-tick probability a = 1 − e^{−λ_P·dt}
    // (λ_P = 0.5, dt = 0.25): mean (1 − a)/a ticks = 1.88 years, SD √(1 − a)/a ticks = 2.0 years. The
    // centre (n_C = 1) then waits a geometric number of ticks on {1, 2, …} with c = 1 − e^{−λ_C·dt}
    // (λ_C = 0.3): mean 1/c ticks = 3.46 years, SD √(1 − c)/c ticks = 3.33 years. Over n = 200 seeds
    // the means' standard errors are 0.14 and 0.24 years; ±0.6 and ±1 are more than 4 of them.
    const n = 200;
    let province = 0;
    let centre = 0;
    for (let seed = 1; seed <= n; seed++) {
      const sim = make(true, 1, seed);
      const tp = ticksTo(sim, 0, 2);
      const tc = ticksTo(sim, 63, 3);
      expect(tc).toBeGreaterThan(0); // ticks after the province's: never in the same tick
      province += (tp * 0.25) / n;
      centre += (tc * 0.25) / n;
    }
    expect(province).toBeGreaterThan(1.88 - 0.6);
    expect(province).toBeLessThan(1.88 + 0.6);
    expect(centre).toBeGreaterThan(3.46 - 1);
    expect(centre).toBeLessThan(3.46 + 1);
  });
});

describe('configuration errors name the field', () => {
  it('unknown codes, provinces and innovation ids', () => {
    const bad = (over: Parameters<typeof scenario>[1]) => () => createSimulation(world, scenario(LATTICE, over), 1);
    expect(bad({ innovations: [innovation({ origins: ['99,99'] })] })).toThrow('invalid innovations[0].origins[0]: "99,99" (no locality with this code)');
    expect(bad({ innovations: [innovation({ events: [{ year: 2001, type: 'endorse', level: 'central', scope: { provinces: ['Atlantis'] } }] })] })).toThrow(
      'invalid innovations[0].events[0].scope.provinces[0]: "Atlantis"',
    );
    expect(bad({ levers: { namedSites: [{ year: 2001, scope: {}, innovation: 'nope' }] } })).toThrow('invalid levers.namedSites[0].innovation: "nope"');
    const override = scenario({ ...LATTICE, attributes: [{ code: 'x', attribute: 'resources', value: 0.5 }] } as WorldSpec);
    expect(() => createSimulation(world, override, 1)).toThrow('invalid world.attributes[0].code: "x"');
    expect(() => createSimulation(world, scenario({ kind: 'mixed', n: 400 }), 1)).toThrow(/world.kind is 'mixed' but the world given is 'lattice'/);
    expect(() => createSimulation(world, scenario(LATTICE), -1)).toThrow('invalid seed: -1');
  });

  it('attribute overrides apply to copies, never to the world', () => {
    const over = scenario({ ...LATTICE, attributes: [{ code: '3,4', attribute: 'digital', value: 0.95 }] } as WorldSpec);
    const sim = createSimulation(world, over, 1);
    const i = at.get('3,4')!;
    expect(sim.baselineAttributes.digital[i]).toBe(0.95);
    expect(world.attributes.digital[i]).not.toBe(0.95);
  });
});
