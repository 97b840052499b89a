/**
 * Invariants at every tick (docs/implementation-notes.md, "Contracts") over random valid scenarios (fast-check): small lattices
 * and mixed worlds, every assumption and lever drawn within its allowed range from the parameter
 * schema, random innovations with random events and scopes. Stage counts sum to N (overall, by
 * region, by urban type, and as counted in the stage array), ever-adopted never falls, no NaN, and
 * demonstration sites are exactly the named or Q ≥ Q_demo optimizing practitioners.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ASSUMPTION_DEFS,
  LEVER_DEFS,
  checkInvariants,
  createSimulation,
  createSyntheticWorld,
  type ParamDef,
} from '../../src/model/index.ts';
import type { ResolvedScenario, ScenarioEvent, WorldSpec } from '../../src/model/scenario/types.ts';
import { innovation, scenario } from './helpers/scenario.ts';

function valueOf(def: ParamDef): fc.Arbitrary<unknown> {
  if (def.type === 'boolean') return fc.boolean();
  if (def.type === 'enum') return fc.constantFrom(...def.values);
  const [lo, hi] = def.allowed;
  const top = def.key === 'forumTies' ? Math.min(hi, 6) : hi; // keep tie building small
  return def.type === 'integer' ? fc.integer({ min: lo, max: top }) : fc.double({ min: lo, max: top, noNaN: true });
}

const record = (defs: readonly ParamDef[]) => fc.record(Object.fromEntries(defs.map((d) => [d.key, valueOf(d)])));

const worldArb: fc.Arbitrary<WorldSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('lattice' as const),
    width: fc.integer({ min: 2, max: 12 }),
    height: fc.integer({ min: 1, max: 10 }),
    neighbourhood: fc.constantFrom('von-neumann' as const, 'moore' as const),
    provinceSide: fc.integer({ min: 1, max: 5 }),
    heterogeneity: fc.double({ min: 0, max: 0.4, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('mixed' as const),
    n: fc.integer({ min: 1, max: 150 }),
    heterogeneity: fc.double({ min: 0, max: 0.4, noNaN: true }),
  }),
);

const scopeArb = fc.oneof(
  fc.constant({}),
  fc.record({ regions: fc.subarray(['east', 'central', 'west'] as ('east' | 'central' | 'west')[]) }),
  fc.record({ top: fc.record({ n: fc.integer({ min: 0, max: 5 }), by: fc.constantFrom('resources' as const, 'support' as const), unit: fc.constantFrom('locality' as const, 'prefecture' as const, 'province' as const) }) }),
  fc.record({ urbanTypes: fc.subarray(['district', 'county'] as ('district' | 'county')[]) }),
);

const eventArb: fc.Arbitrary<ScenarioEvent> = fc.record({
  year: fc.double({ min: 1999, max: 2006, noNaN: true }),
  type: fc.constantFrom('pilot' as const, 'endorse' as const, 'document' as const, 'mandate' as const),
  level: fc.constantFrom('prefecture' as const, 'province' as const, 'central' as const),
  scope: scopeArb,
  reward: fc.double({ min: 1, max: 3, noNaN: true }),
  until: fc.double({ min: 2000, max: 2008, noNaN: true }),
});

const scenarioArb: fc.Arbitrary<ResolvedScenario> = fc
  .record({
    world: worldArb,
    params: record(ASSUMPTION_DEFS),
    levers: record(LEVER_DEFS),
    dt: fc.constantFrom(1 / 12, 0.25, 1),
    innovations: fc.array(
      fc.record({
        complexity: fc.double({ min: 0, max: 1, noNaN: true }),
        digital: fc.double({ min: 0, max: 1, noNaN: true }),
        startYear: fc.integer({ min: 1998, max: 2004 }),
        origin: fc.boolean(),
        originStage: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        events: fc.array(eventArb, { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ world, params, levers, dt, innovations }) =>
    scenario(world, {
      params: params as never,
      levers: { ...(levers as object), namedSites: [{ year: 2002, scope: { top: { n: 1, by: 'resources', unit: 'locality' } } }] } as never,
      time: { startYear: 2000, years: 8, dt },
      innovations: innovations.map((x, k) =>
        innovation({
          id: `i${k}`,
          complexity: x.complexity,
          digital: x.digital,
          startYear: x.startYear,
          origins: x.origin ? [world.kind === 'mixed' ? '0' : '0,0'] : [],
          originStage: x.originStage,
          events: x.events,
        }),
      ),
    }),
  );

describe('invariants at every tick (property-based)', () => {
  it('hold over random valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1000 }), (sc, seed) => {
        const sim = createSimulation(createSyntheticWorld(sc.world), sc, seed, { checkpointEvery: 0 });
        expect(checkInvariants(sim)).toEqual([]);
        while (!sim.done) {
          sim.tick(1);
          const problems = checkInvariants(sim);
          if (problems.length) throw new Error(problems.join('\n'));
        }
        const s = sim.summary();
        for (const inn of s.innovations) {
          for (const v of Object.values(inn)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          const shares = Object.values(inn.channelShares).reduce((a, b) => a + b, 0);
          expect(inn.adoptions === 0 ? shares === 0 : Math.abs(shares - 1) < 1e-9).toBe(true);
        }
      }),
      { numRuns: 60, seed: 20240601 },
    );
  });

  // Demonstration status follows Q across Q_demo in both directions (qualityCells.ts schedules the
  // crossing row when a locality enters stage 4): adopters race to stage 4 while Q moves from its
  // start (0.55) towards Q* = g/(g + e), which the heterogeneous resources and gaps put on both
  // sides of the threshold; no formalism or abandonment, so stage 4 is kept.
  for (const [qDemo, direction] of [[0.7, 'up'], [0.5, 'down']] as const) {
    it(`optimizing localities become and stop being demonstration sites as Q crosses Q_demo (${direction})`, () => {
      const sc = scenario(
        { kind: 'mixed', n: 400, heterogeneity: 0.4 },
        {
          params: { p: 3, q: 0, lambda12: 4, lambda23: 4, lambda34: 4, eta0: 0, mu0: 0, rhoRe: 0, etaQ: 0.8, etaGap: 1.5, qDemo },
          time: { years: 6, dt: 1 / 12 },
          innovations: [innovation({ complexity: 0.6, digital: 0.5 })],
        },
      );
      const sim = createSimulation(createSyntheticWorld(sc.world), sc, 3, { checkpointEvery: 0 });
      let crossed = 0; // stage-4 localities on the far side of Q_demo from where they started (0.55)
      while (!sim.done) {
        sim.tick(1);
        const problems = checkInvariants(sim);
        if (problems.length) throw new Error(problems.join('\n'));
        let now = 0;
        for (let i = 0; i < sim.n; i++) if (sim.stage[i] === 4 && (direction === 'up' ? sim.quality[i] >= qDemo : sim.quality[i] < qDemo)) now++;
        crossed = Math.max(crossed, now);
      }
      expect(crossed).toBeGreaterThan(20);
      let stayed = 0; // and some never cross
      for (let i = 0; i < sim.n; i++) if (sim.stage[i] === 4 && (direction === 'up' ? sim.quality[i] < qDemo : sim.quality[i] >= qDemo)) stayed++;
      expect(stayed).toBeGreaterThan(20);
    });
  }

  it('the checker itself fails on a broken state', () => {
    const sc = scenario({ kind: 'mixed', n: 10 });
    const sim = createSimulation(createSyntheticWorld(sc.world), sc, 1);
    sim.stage[3] = 4; // a stage change the counters did not see
    expect(checkInvariants(sim).join('\n')).toMatch(/count 0 ≠ 1 in the stage array/);
  });
});
