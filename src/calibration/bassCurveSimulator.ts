/**
 * The "bass-curve" calibration simulator: a cheap, known model for trying `idlab calibrate` and for
 * its tests. A fully mixed world of `n` identical localities with every mechanism off but external
 * influence p and imitation q (the Bass preset's special case, docs/model.md §10); the summaries are
 * the years until 10 %, 50 % and 90 % of the localities have ever adopted (NaN when a share is not
 * reached within `years`).
 *
 * Options (calibration file `options`): n (default 300 localities, 20–5000), years (default 60,
 * 1–200), dt (default 0.25 years, 0.01–1). Parameters: p and q, with the schema's plausible ranges
 * and log-uniform priors (schemaParameter.ts).
 */
import { createSimulation, createMixedWorld, resolveScenario, type ResolvedScenario } from '../model/index.ts';
import { AbcSmcError } from './abcSmc.ts';
import type { CalibrationSimulator } from './simulators.ts';
import { schemaParameter } from './schemaParameter.ts';

const SHARES = [0.1, 0.5, 0.9] as const;
export const BASS_CURVE_STATISTICS = ['years10', 'years50', 'years90'] as const;

const OPTION_RANGES = { n: [20, 5000, 300], years: [1, 200, 60], dt: [0.01, 1, 0.25] } as const;

/** Every mechanism but p, q and the global channel off: the Bass preset's parameters. */
const BASS_PARAMS = {
  omegaGlobal: 1,
  omegaNeighbour: 0,
  omegaProvince: 0,
  omegaForum: 0,
  peerShape: 'linear',
  ...Object.fromEntries(
    ['betaE1', 'betaE2', 'betaE3', 'betaT', 'betaS', 'betaR', 'betaD', 'betaQ', 'betaTol', 'kappaM', 'eta0', 'deltaLoad', 'deltaGap', 'lambda52', 'mu0']
      .concat(['deltaShow', 'deltaInst', 'deltaE', 'deltaS', 'deltaTol', 'deltaX', 'deltaTurn', 'rhoTurn', 'rhoRe', 'gamma0', 'gammaT', 'gammaM', 'gammaN', 'gammaGap'])
      .map((k) => [k, 0]),
  ),
  showMechanism: false,
  endogenousEndorsement: false,
};

function bassOptions(options: Readonly<Record<string, unknown>>): { n: number; years: number; dt: number } {
  const problems: string[] = [];
  for (const key of Object.keys(options)) {
    if (!Object.hasOwn(OPTION_RANGES, key)) problems.push(`options.${key}: unknown option of bass-curve (allowed: ${Object.keys(OPTION_RANGES).join(', ')})`);
  }
  const value = (key: keyof typeof OPTION_RANGES): number => {
    const [lo, hi, fallback] = OPTION_RANGES[key];
    const x = options[key] ?? fallback;
    const integer = key === 'n';
    if (typeof x !== 'number' || !(x >= lo && x <= hi) || (integer && !Number.isInteger(x))) {
      problems.push(`options.${key}: ${JSON.stringify(x)} (allowed: ${integer ? 'an integer ' : ''}${lo}–${hi})`);
      return fallback;
    }
    return x;
  };
  const resolved = { n: value('n'), years: value('years'), dt: value('dt') };
  if (problems.length) throw new AbcSmcError(problems);
  return resolved;
}

export function bassCurveSimulator(options: Readonly<Record<string, unknown>>): CalibrationSimulator {
  const { n, years, dt } = bassOptions(options);
  const base: ResolvedScenario = resolveScenario(
    {
      world: { kind: 'mixed', n, heterogeneity: 0 },
      time: { startYear: 0, years, dt },
      params: BASS_PARAMS,
      innovations: [{ id: 'bass', complexity: 0, digital: 0 }],
    },
    { loadPreset: () => undefined },
  );
  const world = createMixedWorld({ n, heterogeneity: 0 });
  return {
    parameters: [schemaParameter('p'), schemaParameter('q')],
    statistics: BASS_CURVE_STATISTICS,
    simulate: (theta, seed) => {
      const scenario = { ...base, params: { ...base.params, p: theta[0], q: theta[1] } };
      const sim = createSimulation(world, scenario, seed, { checkpointEvery: 0 });
      sim.tick(sim.totalTicks);
      const ever = sim.metrics.column('ever_adopted', 0);
      return SHARES.map((share) => {
        const row = ever.findIndex((count) => count >= share * n);
        return row < 0 ? NaN : row * dt;
      });
    },
  };
}
