/**
 * A calibration file (docs/cli.md, "idlab calibrate") checked and resolved into a plan: the
 * simulator and its options, the calibrated parameters with their priors (defaults filled from the
 * simulator: the schema's plausible range, log-uniform for rates), the statistics and observed
 * values in one order, and the ABC-SMC options with their defaults. The plan is plain JSON (written
 * as plan.json) and is all a worker thread needs to rebuild the simulator (planSimulator).
 *
 *   { "simulator": "bass-curve", "options": {…simulator options…},
 *     "parameters": [{ "name": "p", "prior": "log-uniform", "range": [0.005, 0.11] }, { "name": "q" }],
 *     "statistics": ["years10", "years50"], "observed": { "years10": 4, "years50": 8 },
 *     "abc": { "particles": 500, "alpha": 0.5, "generations": 8, "budget": 100000, "seed": 1, "essFraction": 0.5 },
 *     "predictive": { "draws": 200 } }
 *
 * `statistics` defaults to the observed ones in the simulator's order; an observed value may be null
 * (the statistic is recorded in the outputs but left out of the distance). Parameters the file does
 * not name keep the simulator's value for them. `predictive.draws` is how many posterior predictive
 * simulations follow the last generation (posteriorPredictive.ts; 0: none).
 */
import { AbcSmcError, ABC_SMC_DEFAULTS, abcSmcProblems, type AbcSmcOptions, type Prior, type Simulator } from './abcSmc.ts';
import { SIMULATORS, type CalibrationSimulator, type SimulatorContext } from './simulators.ts';

export interface CalibrationPlan {
  simulator: string;
  options: Record<string, unknown>;
  /** the calibrated parameters, in θ's order */
  priors: Prior[];
  /** every other parameter of the simulator and the value it keeps */
  fixed: Record<string, number>;
  statistics: string[];
  /** in the order of `statistics`; null: not fitted */
  observed: (number | null)[];
  abc: AbcSmcOptions;
  /** the posterior predictive after the last generation (absent in the plans of older runs: the default) */
  predictive?: PredictiveOptions;
}

export interface PredictiveOptions {
  /** θ drawn from the posterior and simulated once each (0: no posterior predictive) */
  draws: number;
}

/** Default posterior predictive of a calibration file. */
export const PREDICTIVE_DEFAULTS: PredictiveOptions = { draws: 200 };
/** Most posterior predictive draws a file may ask for. */
const MAX_PREDICTIVE_DRAWS = 100_000;

/** Default ABC-SMC settings of a calibration file (besides ABC_SMC_DEFAULTS). */
export const CALIBRATION_DEFAULTS = { particles: 500, generations: 8, budget: 100_000, seed: 1 } as const;

const FILE_KEYS = ['simulator', 'options', 'parameters', 'statistics', 'observed', 'abc', 'predictive'];
const PARAMETER_KEYS = ['name', 'prior', 'range'];
const PRIOR_NAMES = { uniform: 'linear', 'log-uniform': 'log' } as const;
const ABC_KEYS = ['particles', 'alpha', 'generations', 'budget', 'seed', 'essFraction'] as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown) => JSON.stringify(x) ?? String(x);

function unknownKeys(object: Record<string, unknown>, allowed: readonly string[], at: string, problems: string[]): void {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) problems.push(`${at}${key}: unknown field (allowed: ${allowed.join(', ')})`);
}

/** The simulator of a calibration file, built (throws AbcSmcError). */
function simulatorOf(id: unknown, options: unknown, context: SimulatorContext): CalibrationSimulator {
  if (typeof id !== 'string' || !Object.hasOwn(SIMULATORS, id)) throw new AbcSmcError([`simulator: ${show(id)} (allowed: ${Object.keys(SIMULATORS).join(', ')})`]);
  if (options !== undefined && !isObject(options)) throw new AbcSmcError([`options: ${show(options)} (allowed: an object of ${id}'s options)`]);
  return SIMULATORS[id]((options ?? {}) as Record<string, unknown>, context);
}

function resolvePriors(input: unknown, sim: CalibrationSimulator, problems: string[]): { priors: Prior[]; fixed: Record<string, number> } {
  const names = sim.parameters.map((p) => p.name);
  const priors: Prior[] = [];
  if (!Array.isArray(input) || input.length === 0) {
    problems.push(`parameters: ${show(input)} (allowed: a non-empty list of { "name", "prior"?, "range"? } with names among ${names.join(', ')})`);
    return { priors, fixed: {} };
  }
  input.forEach((entry, i) => {
    const at = `parameters[${i}]`;
    if (!isObject(entry)) return problems.push(`${at}: ${show(entry)} (allowed: an object { "name", "prior"?, "range"? })`);
    unknownKeys(entry, PARAMETER_KEYS, `${at}.`, problems);
    const def = sim.parameters.find((p) => p.name === entry.name);
    if (!def) return problems.push(`${at}.name: ${show(entry.name)} (allowed: ${names.join(', ')})`);
    if (priors.some((p) => p.name === def.name)) return problems.push(`${at}.name: ${def.name} is calibrated twice`);
    let scale = def.scale;
    if (entry.prior !== undefined) {
      if (!Object.hasOwn(PRIOR_NAMES, entry.prior as string)) problems.push(`${at}.prior: ${show(entry.prior)} (allowed: "uniform", "log-uniform")`);
      else scale = PRIOR_NAMES[entry.prior as keyof typeof PRIOR_NAMES];
    }
    let [lo, hi] = [def.lo, def.hi];
    if (entry.range !== undefined) {
      const r = entry.range;
      const ok = Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === 'number' && Number.isFinite(x)) && r[0] < r[1];
      const inside = ok && r[0] >= def.allowed[0] && r[1] <= def.allowed[1];
      if (!inside) return problems.push(`${at}.range: ${show(r)} (allowed: [lo, hi] with ${def.allowed[0]} ≤ lo < hi ≤ ${def.allowed[1]})`);
      [lo, hi] = r as number[];
    }
    if (scale === 'log' && !(lo > 0)) return problems.push(`${at}: a log-uniform prior needs a range above 0 (got [${lo}, ${hi}]; give "range" or "prior": "uniform")`);
    priors.push({ name: def.name, scale, lo, hi });
  });
  const fixed = Object.fromEntries(sim.parameters.filter((p) => !priors.some((q) => q.name === p.name)).map((p) => [p.name, p.value]));
  return { priors, fixed };
}

function resolveStatistics(statistics: unknown, observed: unknown, sim: CalibrationSimulator, problems: string[]): { statistics: string[]; observed: (number | null)[] } {
  const known = sim.statistics;
  if (!isObject(observed)) {
    problems.push(`observed: ${show(observed)} (allowed: an object of statistic → number, statistics among ${known.join(', ')})`);
    return { statistics: [], observed: [] };
  }
  for (const [key, value] of Object.entries(observed)) {
    if (!known.includes(key)) problems.push(`observed.${key}: unknown statistic (allowed: ${known.join(', ')})`);
    else if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) problems.push(`observed.${key}: ${show(value)} (allowed: a finite number, or null to record it without fitting it)`);
  }
  let names: string[];
  if (statistics === undefined) names = known.filter((s) => Object.hasOwn(observed, s));
  else if (!Array.isArray(statistics) || statistics.some((s) => typeof s !== 'string')) {
    problems.push(`statistics: ${show(statistics)} (allowed: a list of statistic names among ${known.join(', ')})`);
    return { statistics: [], observed: [] };
  } else names = statistics as string[];
  names.forEach((name, i) => {
    if (!known.includes(name)) problems.push(`statistics[${i}]: ${show(name)} (allowed: ${known.join(', ')})`);
    else if (!Object.hasOwn(observed, name)) problems.push(`statistics[${i}]: ${name} has no observed value (give observed.${name}, or null to record it without fitting it)`);
    else if (names.indexOf(name) !== i) problems.push(`statistics[${i}]: ${name} is listed twice`);
  });
  for (const key of Object.keys(observed)) {
    if (known.includes(key) && !names.includes(key)) problems.push(`observed.${key}: not in "statistics" (add it there or remove it here)`);
  }
  return { statistics: names, observed: names.map((n) => (observed[n] ?? null) as number | null) };
}

function resolveAbc(input: unknown, problems: string[]): AbcSmcOptions {
  const fallback: AbcSmcOptions = { ...ABC_SMC_DEFAULTS, ...CALIBRATION_DEFAULTS };
  if (input === undefined) return fallback;
  if (!isObject(input)) {
    problems.push(`abc: ${show(input)} (allowed: an object with ${ABC_KEYS.join(', ')})`);
    return fallback;
  }
  unknownKeys(input, ABC_KEYS, 'abc.', problems);
  const options = { ...fallback };
  for (const key of ABC_KEYS) {
    const x = input[key];
    if (x === undefined) continue;
    if (typeof x !== 'number') problems.push(`abc.${key}: ${show(x)} (allowed: a number)`);
    else options[key] = x;
  }
  return options;
}

function resolvePredictive(input: unknown, problems: string[]): PredictiveOptions {
  if (input === undefined) return { ...PREDICTIVE_DEFAULTS };
  if (!isObject(input)) {
    problems.push(`predictive: ${show(input)} (allowed: an object { "draws" })`);
    return { ...PREDICTIVE_DEFAULTS };
  }
  unknownKeys(input, ['draws'], 'predictive.', problems);
  const draws = input.draws ?? PREDICTIVE_DEFAULTS.draws;
  if (!(typeof draws === 'number' && Number.isInteger(draws) && draws >= 0 && draws <= MAX_PREDICTIVE_DRAWS)) {
    problems.push(`predictive.draws: ${show(draws)} (allowed: an integer 0–${MAX_PREDICTIVE_DRAWS}; 0: no posterior predictive)`);
    return { ...PREDICTIVE_DEFAULTS };
  }
  return { draws };
}

/** A calibration file's parsed JSON as a plan; throws AbcSmcError listing every problem (one line each, with its field). */
export function resolveCalibration(file: unknown, context: SimulatorContext): CalibrationPlan {
  if (!isObject(file)) throw new AbcSmcError([`the calibration file is ${show(file)} (allowed: an object with ${FILE_KEYS.join(', ')})`]);
  const problems: string[] = [];
  unknownKeys(file, FILE_KEYS, '', problems);
  if (problems.length) throw new AbcSmcError(problems);
  const sim = simulatorOf(file.simulator, file.options, context);
  const { priors, fixed } = resolvePriors(file.parameters, sim, problems);
  const { statistics, observed } = resolveStatistics(file.statistics, file.observed, sim, problems);
  const abc = resolveAbc(file.abc, problems);
  const predictive = resolvePredictive(file.predictive, problems);
  if (problems.length === 0) problems.push(...abcSmcProblems(priors, abc, observed.filter((x) => x !== null).length).map((p) => (p.startsWith('prior') || p.startsWith('no ') ? p : `abc.${p.replace(' ', ': ')}`)));
  if (problems.length) throw new AbcSmcError(problems);
  return { simulator: file.simulator as string, options: (file.options ?? {}) as Record<string, unknown>, priors, fixed, statistics, observed, abc, predictive };
}

/** The plan's simulation on the calibrated θ: the fixed parameters filled in, the plan's statistics picked. */
export function planSimulator(plan: CalibrationPlan, context: SimulatorContext): Simulator {
  const sim = simulatorOf(plan.simulator, plan.options, context);
  const slot = plan.priors.map((p) => sim.parameters.findIndex((q) => q.name === p.name));
  const full = sim.parameters.map((p) => plan.fixed[p.name] ?? p.value);
  const pick = plan.statistics.map((s) => sim.statistics.indexOf(s));
  return (theta, seed) => {
    const x = [...full];
    slot.forEach((k, i) => (x[k] = theta[i]));
    const summary = sim.simulate(x, seed);
    return pick.map((k) => summary[k]);
  };
}
