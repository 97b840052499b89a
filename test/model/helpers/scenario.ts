/**
 * Test scenarios built directly as ResolvedScenario from the parameter schema's defaults, so kernel
 * tests do not depend on file resolution. `bassScenario` is the preset-equivalent Bass case of
 * docs/model.md §10: everything but p and q (and ω_g = 1) off.
 */
import { defaultAssumptions, defaultLevers } from '../../../src/model/params/index.ts';
import type { Assumptions, Levers } from '../../../src/model/params/keys.ts';
import type { Innovation, LeverScopes, ResolvedScenario, WorldSpec } from '../../../src/model/scenario/types.ts';

export function innovation(over: Partial<Innovation> = {}): Innovation {
  return {
    id: 'x',
    name: { en: 'X', zh: 'X' },
    origins: [],
    startYear: 2000,
    complexity: 0.3,
    digital: 0.3,
    events: [],
    ...over,
  };
}

export function scenario(
  world: WorldSpec,
  over: {
    params?: Partial<Assumptions>;
    levers?: Partial<Levers> & LeverScopes;
    innovations?: Innovation[];
    time?: Partial<ResolvedScenario['time']>;
  } = {},
): ResolvedScenario {
  return {
    meta: { title: { en: 'test', zh: 'test' }, description: { en: '', zh: '' }, illustrative: true },
    world,
    time: { startYear: 2000, years: 20, dt: 1 / 12, ...over.time },
    params: { ...defaultAssumptions(), ...over.params },
    levers: { ...defaultLevers(), ...over.levers },
    innovations: over.innovations ?? [innovation()],
  };
}

/** Every mechanism but p, q and the global channel switched off (docs/model.md §10). */
export function bassParams(p: number, q: number, extra: Partial<Assumptions> = {}): Partial<Assumptions> {
  return {
    p,
    q,
    omegaGlobal: 1,
    omegaNeighbour: 0,
    omegaProvince: 0,
    omegaForum: 0,
    peerShape: 'linear',
    betaE1: 0,
    betaE2: 0,
    betaE3: 0,
    betaT: 0,
    betaS: 0,
    betaR: 0,
    betaD: 0,
    kappaM: 0,
    betaQ: 0,
    betaTol: 0,
    eta0: 0,
    deltaLoad: 0,
    deltaGap: 0,
    lambda52: 0,
    mu0: 0,
    deltaShow: 0,
    deltaInst: 0,
    deltaE: 0,
    deltaS: 0,
    deltaTol: 0,
    deltaX: 0,
    deltaTurn: 0,
    rhoTurn: 0,
    rhoRe: 0,
    gammaT: 0,
    gammaM: 0,
    gammaN: 0,
    gammaGap: 0,
    etaGap: 0,
    endogenousEndorsement: false,
    ...extra,
  };
}

export function bassScenario(p: number, q: number, dt: number, years: number, n = 20000, extra: Partial<Assumptions> = {}): ResolvedScenario {
  return scenario({ kind: 'mixed', n }, { params: bassParams(p, q, extra), time: { dt, years } });
}
