/**
 * The show mechanism switch (`params.showMechanism`, docs/model.md §4): off, no show flag is drawn —
 * not even a random number for it — so ψ_show and δ_show change nothing and the show share is
 * undefined (null), not 0 % or the 50 % that logistic(γ0 = 0) would give in the Bass preset.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSimulation, createSyntheticWorld, hashEventLog } from '../../src/model/index.ts';
import { FLAG_SHOW } from '../../src/model/simulation/stages.ts';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import type { ResolvedScenario } from '../../src/model/scenario/types.ts';
import { richScenario } from './helpers/rich.ts';

const rich = richScenario(12);
const world = createSyntheticWorld(rich.world);
const withParams = (params: Partial<ResolvedScenario['params']>): ResolvedScenario => ({ ...rich, params: { ...rich.params, ...params } });

function run(s: ResolvedScenario, seed = 3) {
  const sim = createSimulation(createSyntheticWorld(s.world), s, seed);
  sim.tick(sim.totalTicks);
  return sim;
}

const showFlags = (flags: Uint8Array): number => flags.reduce((n, f) => n + ((f & FLAG_SHOW) !== 0 ? 1 : 0), 0);

describe('show mechanism off', () => {
  it('the Bass preset draws no show flag and its show share is empty, not 50 %', () => {
    const file = fileURLToPath(new URL('../../public/scenarios/bass.json', import.meta.url));
    const bass = resolveScenario(JSON.parse(readFileSync(file, 'utf8')), { loadPreset: () => undefined });
    expect(bass.params.showMechanism).toBe(false);
    const short = { ...bass, world: { ...bass.world, n: 2000 }, time: { ...bass.time, years: 15 } } as ResolvedScenario;
    const sim = createSimulation(createSyntheticWorld(short.world), short, 1);
    const fresh = sim.checkpoint().rng.show;
    sim.tick(sim.totalTicks);
    const s = sim.summary().innovations[0];
    expect(s.everAdoptedShare).toBeGreaterThan(0.9);
    expect(s.showShare).toBeNull();
    expect(showFlags(sim.flags)).toBe(0);
    // not one number drawn from the show stream
    expect(sim.checkpoint().rng.show).toEqual(fresh);
  });

  it('with pilots, origins, mandates and named sites (every way to adopt), no adopter is a show adopter', () => {
    const on = run(rich);
    const off = run(withParams({ showMechanism: false }));
    expect(showFlags(on.flags)).toBeGreaterThan(50);
    expect(showFlags(off.flags)).toBe(0);
    for (const s of on.summary().innovations) expect(s.showShare).toBeGreaterThan(0);
    for (const s of off.summary().innovations) {
      expect(s.everAdoptedShare).toBeGreaterThan(0);
      expect(s.showShare).toBeNull();
    }
  });

  it('ψ_show, δ_show and the γ have no effect with the mechanism off (identical runs), and do with it on', () => {
    const variants = [{}, { psiShow: 0, deltaShow: 0 }, { gamma0: 3, gammaT: 1, psiShow: 1, deltaShow: 2 }];
    const off = variants.map((v) => hashEventLog(run(withParams({ ...v, showMechanism: false })).events));
    expect(new Set(off).size).toBe(1);
    const on = variants.map((v) => hashEventLog(run(withParams(v)).events));
    expect(new Set(on).size).toBe(3);
  });
});
