/**
 * The "us-policies" simulator of the calibration: one simulation is a set of K policies diffusing
 * among the 50 states of the us-states world, one per observed SPID policy, measured with the same
 * pattern functions as the observed set (usPolicySummaries.ts).
 *
 * The model is plain adoption (docs/model.md §6, h01 only), everything else switched off, because
 * SPID records a state's first adoption and nothing after it:
 * - no stage progression (λ12 = λ23 = λ34 = 0): stages 1–4 are all visible adopters, so moving
 *   between them would not change whom the states learn from, only cost time;
 * - no formalism, abandonment, turnover or re-adoption (η0 = μ0 = ρ_turn = ρ_re = 0): a state that
 *   adopts stays a visible adopter — SPID has no repeals to fit those to;
 * - no show mechanism and no endogenous endorsement (they need the Chinese hierarchy and feed only
 *   the stages above), no events, no levers; every attribute is 0.5, so assessment, support and
 *   resources are the same everywhere (z = 0).
 * The peer term is ω_g·V + ω_n·a_n with ω_g = 1 − ω_n: each state is its own province (the province
 * channel is silent) and there are no forum ties.
 *
 * θ, eight parameters (US_POLICY_PARAMETERS); a calibration file fits at most seven of them (the
 * shipped one fixes H, see US_POLICY_CALIBRATED) and the others keep their `value`:
 *   p, q            location of the policies' p_k, q_k: ln p_k ~ N(ln p, σ), ln q_k ~ N(ln q, σ), per year
 *   sigma           σ, the spread of ln p_k and ln q_k. One σ for both: the summaries see the spread of
 *                   the policies' speeds (the interquartile ranges of the years to 50 % and 90 %),
 *                   which does not tell a spread of p from a spread of q
 *   potential       median potential m_k: logit m_k ~ N(logit potential, potentialSpread)
 *   halfLife        H, the salience half-life of every policy, years: external influence fades, which
 *                   is why diffusion stops short of the potential
 *   omegaNeighbour  ω_n, the weight of adopting land neighbours against the global share (1 − ω_n)
 *   betaL           β_L, the effect of the states' latent innovativeness z_L (drawn once from the
 *                   world's attribute seed: a fixed trait of a state, as the split-half 0.86 says)
 *   potentialSpread SD of logit m_k: how much the policies differ in how many states they fit, which
 *                   the spread of the eventual adopters measures
 *
 * Time: dt = 1 year, as SPID dates by year. Every policy starts at the run's start and the run lasts
 * the longest observed span (first observed year to `observedTo`) plus `slackYears`; a policy is read
 * from its first simulated adopter for as many years as the observed policy it stands for
 * (usPolicyHistories.ts), so the 2017 censoring is the observed one. A policy whose first adopter
 * comes later than `slackYears` counts as never adopted.
 *
 * Deterministic: the per-policy draws come from the stream "us-policies" of the simulation seed, and
 * the run from createSimulation(world, scenario, seed).
 */
import { createSimulation, resolveScenario, type Innovation, type ResolvedScenario, type World } from '../model/index.ts';
import { exp, log } from '../model/math/index.ts';
import { createStream, normal } from '../model/rng/stream.ts';
import { AbcSmcError, type Simulator } from './abcSmc.ts';
import { schemaParameter } from './schemaParameter.ts';
import type { CalibrationSimulator, SimulatorContext, SimulatorParameter } from './simulators.ts';
import { firstAdoptionTicks, simulatedPolicy, usStatesOrder, worldContiguity } from './usPolicyHistories.ts';
import { US_POLICY_STATISTICS, usPolicySummaries, type UsPolicySummaryOptions } from './usPolicySummaries.ts';

/** What the simulator needs besides θ: the observed policies' first years and the measurement. */
export interface UsPolicySettings extends UsPolicySummaryOptions {
  /** first observed adoption year of each policy to mimic (K = its length) */
  firstYears: number[];
  /** years a policy may wait for its first adopter before it counts as never adopted */
  slackYears: number;
  /** the world's attribute seed: which states are innovative (z_L) */
  attributeSeed: number;
}

export const US_POLICY_DEFAULTS: Omit<UsPolicySettings, 'firstYears'> = {
  minAdopters: 10,
  observedTo: 2017,
  splits: 50,
  splitSeed: 1,
  eventHistoryYears: 10,
  slackYears: 20,
  attributeSeed: 1,
};

/**
 * The parameters in θ's order, each with its default prior, the value it keeps when a calibration
 * file does not calibrate it, and the widest range a prior may take. Where the schema has the
 * parameter (p, q, ω_n, β_L), its plausible range is the prior and its allowed range the limit
 * (schemaParameter.ts: p and q log-uniform, ω_n and β_L uniform); the others are stated here.
 */
export function usPolicyParameters(): SimulatorParameter[] {
  return [
    schemaParameter('p'),
    schemaParameter('q'),
    // SPID's fitted ln p spans about 3 between its quartiles (σ ≈ 2 with fitting noise): up to 2
    { name: 'sigma', scale: 'linear', lo: 0, hi: 2, value: 1, allowed: [0, 5] },
    // a policy that fits a fifth of the states to nearly all of them (a potential of 1 has logit ∞)
    { name: 'potential', scale: 'linear', lo: 0.2, hi: 0.95, value: 0.6, allowed: [0.01, 0.99] },
    // attention fades within a couple of years to within half a century
    { name: 'halfLife', scale: 'log', lo: 2, hi: 50, value: 10, allowed: [0.5, 1000] },
    schemaParameter('omegaNeighbour'),
    schemaParameter('betaL'),
    // from policies that all fit about as many states to a spread over nearly the whole range
    { name: 'potentialSpread', scale: 'linear', lo: 0, hi: 3, value: 1.5, allowed: [0, 10] },
  ];
}

/**
 * The seven parameters the shipped calibration file fits: all but the half-life H, which keeps its
 * value of 10 years. A first fit with H and a fixed spread of the potential left H's posterior as
 * wide as its prior (the summaries barely see it) while missing the widest reach, which the spread
 * of the potential sets (docs/validation-data.md).
 */
export const US_POLICY_CALIBRATED = ['p', 'q', 'sigma', 'potential', 'potentialSpread', 'omegaNeighbour', 'betaL'] as const;

export const US_POLICY_PARAMETERS = usPolicyParameters().map((p) => p.name);

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const logistic = (x: number) => 1 / (1 + exp(-x));

/** The resolved scenario (built in code: K may exceed a scenario file's 16 innovations). */
function scenarioOf(theta: readonly number[], seed: number, s: UsPolicySettings, years: number): ResolvedScenario {
  const [p, q, sigma, potential, halfLife, omegaNeighbour, betaL, potentialSpread] = theta;
  const random = createStream(seed, 'us-policies');
  const logitM = log(potential / (1 - potential));
  const innovations: Innovation[] = s.firstYears.map((_, k) => ({
    id: `policy${k}`,
    name: { en: `policy ${k}`, zh: `政策 ${k}` },
    origins: [],
    startYear: 0,
    complexity: 0,
    digital: 0,
    // the schema's allowed ranges: p, q in [0, 2] per year; potential in (0, 1]
    p: clamp(exp(log(p) + sigma * normal(random)), 0, 2),
    q: clamp(exp(log(q) + sigma * normal(random)), 0, 2),
    potential: clamp(logistic(logitM + potentialSpread * normal(random)), 1e-6, 1),
    halfLife,
    events: [],
  }));
  const scenario = baseScenario();
  const params = { ...scenario.params, omegaNeighbour, omegaGlobal: 1 - omegaNeighbour, betaL };
  return { ...scenario, world: { kind: 'us-states', attributeSeed: s.attributeSeed }, time: { startYear: 0, years, dt: 1 }, params, innovations };
}

/**
 * Everything but θ and the innovations, resolved once from a file through the model's own
 * validation and defaults: plain adoption (see the header), dt = 1 year.
 */
let base: ResolvedScenario | undefined;
function baseScenario(): ResolvedScenario {
  base ??= resolveScenario(
    {
      world: { kind: 'us-states' },
      time: { startYear: 0, years: 1, dt: 1 },
      params: {
        lambda12: 0,
        lambda23: 0,
        lambda34: 0,
        eta0: 0,
        lambda52: 0,
        mu0: 0,
        rhoTurn: 0,
        rhoRe: 0,
        showMechanism: false,
        endogenousEndorsement: false,
        omegaProvince: 0,
        omegaForum: 0,
      },
      innovations: [{ id: 'policy', complexity: 0, digital: 0 }],
    },
    { loadPreset: () => undefined },
  );
  return base;
}

/** Each option but firstYears: [lo, hi], and whether it is a whole number. */
const OPTION_RANGES: Record<keyof typeof US_POLICY_DEFAULTS, readonly [number, number, boolean]> = {
  minAdopters: [1, 50, true],
  observedTo: [0, 3000, true],
  splits: [1, 10_000, true],
  splitSeed: [0, Number.MAX_SAFE_INTEGER, true],
  eventHistoryYears: [1, 1000, true],
  slackYears: [0, 1000, true],
  attributeSeed: [0, Number.MAX_SAFE_INTEGER, true],
};

/** The calibration file's `options` with defaults filled; throws AbcSmcError, one line per unusable option. */
export function usPolicySettings(options: Readonly<Record<string, unknown>>): UsPolicySettings {
  const problems: string[] = [];
  const s: Record<string, unknown> = { ...US_POLICY_DEFAULTS, ...options };
  for (const key of Object.keys(options)) {
    if (key !== 'firstYears' && !Object.hasOwn(OPTION_RANGES, key)) problems.push(`options.${key}: unknown option of us-policies (allowed: firstYears, ${Object.keys(OPTION_RANGES).join(', ')})`);
  }
  for (const [key, [lo, hi, whole]] of Object.entries(OPTION_RANGES)) {
    const x = s[key];
    if (typeof x !== 'number' || !(x >= lo && x <= hi) || (whole && !Number.isInteger(x))) problems.push(`options.${key}: ${JSON.stringify(x)} (allowed: ${whole ? 'a whole number ' : ''}${lo}–${hi})`);
  }
  const years = s.firstYears;
  if (!Array.isArray(years) || years.length === 0) {
    problems.push(`options.firstYears: ${JSON.stringify(years)} (allowed: a non-empty list of the first adoption year of each observed policy)`);
  } else {
    const bad = years.findIndex((y) => !Number.isInteger(y) || !(y <= (s.observedTo as number)));
    if (bad >= 0) problems.push(`options.firstYears[${bad}]: ${JSON.stringify(years[bad])} (allowed: a whole year ≤ observedTo, ${s.observedTo})`);
  }
  if (problems.length) throw new AbcSmcError(problems);
  return s as unknown as UsPolicySettings;
}

/** One simulation's summary vector (US_POLICY_STATISTICS order) for θ (US_POLICY_PARAMETERS order). */
export function usPolicySimulator(world: World, settings: UsPolicySettings): Simulator {
  if (world.kind !== 'us-states') throw new Error(`us-policies: the world is ${world.kind} (allowed: us-states)`);
  const order = usStatesOrder(world);
  const neighbours = worldContiguity(world);
  const spans = settings.firstYears.map((y) => settings.observedTo - y);
  const years = Math.max(...spans) + settings.slackYears;
  return (theta, seed) => {
    if (theta.length !== US_POLICY_PARAMETERS.length) throw new Error(`us-policies: θ has ${theta.length} values (allowed ${US_POLICY_PARAMETERS.length}: ${US_POLICY_PARAMETERS.join(', ')})`);
    const sim = createSimulation(world, scenarioOf(theta, seed, settings, years), seed, { checkpointEvery: 0 });
    sim.tick(sim.totalTicks);
    const ticks = firstAdoptionTicks(sim, world, order);
    const histories = ticks.map((t, k) => simulatedPolicy(`policy${k}`, t, settings.firstYears[k], settings.observedTo, settings.slackYears));
    return usPolicySummaries(histories, neighbours, settings);
  };
}

/**
 * The registry's factory (simulators.ts): the calibration file's `options` (UsPolicySettings; only
 * `firstYears` is required) and the us-states world from the context's loader → parameters,
 * statistics and the simulation.
 */
export function usPoliciesSimulator(options: Readonly<Record<string, unknown>>, context: SimulatorContext): CalibrationSimulator {
  const settings = usPolicySettings(options);
  const world = context.loadWorld({ kind: 'us-states', attributeSeed: settings.attributeSeed });
  return { parameters: usPolicyParameters(), statistics: US_POLICY_STATISTICS, simulate: usPolicySimulator(world, settings) };
}
