/**
 * The runs of a comparison: 2N tasks, task 2i the baseline of pair i and task 2i + 1 its scenario,
 * both with pair i's seed (common random numbers). The arms must share the world and the time span
 * (one map, one year axis) and at least one innovation id; the comparison keeps the innovations of
 * the baseline that the scenario also has, in the baseline's order.
 */
import type { ResolvedScenario } from '../model/scenario/types.ts';
import { canonicalJson } from '../model/scenario/canonicalJson.ts';
import { deriveSeed } from '../sweep/seeds.ts';
import { comparisonMemoryProblem } from './comparisonMemoryProblem.ts';
import type { CompareArm, ComparePair, CompareRunResult, CompareRunSpec } from './types.ts';

export interface ComparePlanRequest {
  baseline: ResolvedScenario;
  scenario: ResolvedScenario;
  pairs: number;
  /** the base seed from which each pair's seed is derived */
  seed: number;
  /**
   * `common` (default): both arms of pair i run with pair i's seed (common random numbers);
   * `independent`: the scenario arm runs with seeds of its own — only to measure what pairing gains
   */
  seeds?: 'common' | 'independent';
  /** the memory the comparison must fit in (comparisonMemoryProblem.ts): a CompareError says why it does not */
  fitIn?: { limit: number; where: 'app' | 'cli' };
}

export interface CompareTask {
  arm: CompareArm;
  pair: number;
  seed: number;
}

export interface ComparePlan {
  baseline: ResolvedScenario;
  scenario: ResolvedScenario;
  spec: CompareRunSpec;
  pairs: number;
  seed: number;
  /** pair i's seed (the baseline's; the scenario's too with common seeds) */
  seeds: number[];
  /** the scenario arm's seeds: `seeds` itself with common seeds */
  scenarioSeeds: number[];
  /** 2 × pairs */
  taskCount: number;
}

/** Thrown when the two arms cannot be compared; the message is one line for the user. */
export class CompareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompareError';
  }
}

/**
 * Pair i's seed: the first 52 bits of SHA-256 of `{"replicate":i,"seed":s}` — replicate i's seed of a
 * sweep with common seeds (src/sweep/seeds.ts), so `idlab run --seed` with it redoes either arm.
 */
export function pairSeed(baseSeed: number, pair: number): number {
  return deriveSeed(baseSeed, pair, pair, 'common');
}

export function planComparison(r: ComparePlanRequest): ComparePlan {
  if (!(Number.isInteger(r.pairs) && r.pairs >= 1)) throw new CompareError(`pairs is ${r.pairs}; a comparison needs a whole number of pairs ≥ 1`);
  const problem = armsProblem(r.baseline, r.scenario);
  if (problem) throw new CompareError(problem);
  const ids = new Set(r.scenario.innovations.map((x) => x.id));
  const innovations = r.baseline.innovations.map((x) => x.id).filter((id) => ids.has(id));
  const seeds = Array.from({ length: r.pairs }, (_, i) => pairSeed(r.seed, i));
  // independent: pair r.pairs + i's seed, which no baseline run uses
  const scenarioSeeds = r.seeds === 'independent' ? seeds.map((_, i) => pairSeed(r.seed, r.pairs + i)) : seeds;
  const plan: ComparePlan = { baseline: r.baseline, scenario: r.scenario, spec: { innovations }, pairs: r.pairs, seed: r.seed, seeds, scenarioSeeds, taskCount: 2 * r.pairs };
  const tooLarge = r.fitIn && comparisonMemoryProblem(plan, r.fitIn.limit, r.fitIn.where);
  if (tooLarge) throw new CompareError(tooLarge);
  return plan;
}

/** Why the two arms cannot be compared, or null. */
export function armsProblem(baseline: ResolvedScenario, scenario: ResolvedScenario): string | null {
  if (canonicalJson(baseline.world) !== canonicalJson(scenario.world)) {
    return `the scenario's world (${describeWorld(scenario)}) differs from the baseline's (${describeWorld(baseline)}): both arms must run on the same world`;
  }
  for (const key of ['startYear', 'years'] as const) {
    if (baseline.time[key] !== scenario.time[key]) return `the scenario's time.${key} is ${scenario.time[key]}, the baseline's ${baseline.time[key]}: both arms must cover the same years`;
  }
  const ids = new Set(scenario.innovations.map((x) => x.id));
  if (!baseline.innovations.some((x) => ids.has(x.id))) {
    return `the arms share no innovation (baseline: ${baseline.innovations.map((x) => x.id).join(', ')}; scenario: ${[...ids].join(', ')})`;
  }
  return null;
}

function describeWorld(s: ResolvedScenario): string {
  const text = canonicalJson(s.world);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Task t of the plan: pair ⌊t/2⌋, baseline when t is even. */
export function compareTask(plan: ComparePlan, t: number): CompareTask {
  const pair = t >> 1;
  return t % 2 === 0 ? { arm: 'baseline', pair, seed: plan.seeds[pair] } : { arm: 'scenario', pair, seed: plan.scenarioSeeds[pair] };
}

/**
 * Where a comparison's runs start: results indexed by task, holding `reuseBaseline` (an earlier
 * comparison's baseline runs in pair order, taken only when there is one per pair) in the baseline's
 * slots, and the tasks still to run, in task order.
 */
export function startingRuns(plan: ComparePlan, reuseBaseline?: readonly CompareRunResult[]): { results: (CompareRunResult | undefined)[]; tasks: number[] } {
  const results: (CompareRunResult | undefined)[] = new Array(plan.taskCount);
  if (reuseBaseline?.length === plan.pairs) reuseBaseline.forEach((run, i) => (results[2 * i] = run));
  const tasks = Array.from({ length: plan.taskCount }, (_, t) => t).filter((t) => results[t] === undefined);
  return { results, tasks };
}

/** The baseline's runs in pair order, from the runs' results indexed by task (every task done). */
export function baselineRunsOf(plan: ComparePlan, results: readonly (CompareRunResult | undefined)[]): CompareRunResult[] {
  return plan.seeds.map((_, i) => results[2 * i]!);
}

/** The pairs from the runs' results indexed by task (every task done). */
export function pairsOf(plan: ComparePlan, results: readonly (CompareRunResult | undefined)[]): ComparePair[] {
  return plan.seeds.map((seed, i) => {
    const baseline = results[2 * i];
    const scenario = results[2 * i + 1];
    if (!baseline || !scenario) throw new Error(`pair ${i} is not done`);
    return { seed, baseline, scenario };
  });
}
