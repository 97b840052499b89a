/**
 * One run from the command line's point of view: scenario source (file or preset id) → overrides
 * (--years, --dt, --attributes) → resolved scenario → world → simulation advanced to its horizon,
 * with progress and the panel's yearly snapshots. Shared by `idlab run` and the tests that compare
 * the CLI's bytes with the library's.
 */
import { createSimulation } from '../model/simulation/createSimulation.ts';
import type { Simulation } from '../model/simulation/types.ts';
import type { Summary } from '../model/metrics/summary.ts';
import type { AttributeOverride, ResolvedScenario } from '../model/scenario/types.ts';
import { scenarioDigest } from '../model/scenario/digest.ts';
import { CLI_MEMORY_LIMIT, estimateRunMemory, runMemoryProblem } from '../model/simulation/runMemory.ts';
import { APP_VERSION } from '../model/version.ts';
import { AttributeOverrideError, parseAttributeOverridesCsv } from '../geo/parse-attribute-overrides.ts';
import type { World } from '../model/world.ts';
import { CliError, EXIT } from './cli-error.ts';
import { readScenarioSource, resolveSource } from './load-scenario.ts';
import { readInputText } from './read-input.ts';
import { loadWorld } from './load-world.ts';
import { createPanelRecorder } from './panel.ts';
import type { Progress } from './progress.ts';
import type { Table } from './output/table.ts';

export interface RunRequest {
  /** path to a scenario .json file, or a preset id */
  scenario: string;
  seed: number;
  /** override time.years / time.dt (null: keep the scenario's) */
  years?: number | null;
  dt?: number | null;
  /** path of a CSV of attribute overrides (code,attribute,value), appended to world.attributes */
  attributesCsv?: string | null;
  /** record the locality-year panel */
  panel?: boolean;
  /** receives each scenario note (allowed but outside the plausible range …) */
  onNote?: (message: string) => void;
  progress?: (totalTicks: number) => Progress;
  /** told, before the first tick, what the run will produce (to announce large outputs) */
  onStart?: (plan: RunOutlook) => void;
}

/** What a run is about to produce. */
export interface RunOutlook {
  scenario: ResolvedScenario;
  localities: number;
  innovations: number;
  /** rows of the locality-year panel at most (innovations × localities × panel years); 0 without --panel */
  panelRows: number;
}

export interface RunResult {
  sim: Simulation;
  scenario: ResolvedScenario;
  digest: string;
  seed: number;
  version: string;
  summary: Summary;
  /** the panel table when requested */
  panel: Table | null;
}

/** Resolves the scenario a run request names, with its overrides applied, and builds its world. */
export function resolveRequest(request: Pick<RunRequest, 'scenario' | 'years' | 'dt' | 'attributesCsv' | 'onNote' | 'panel'>): { scenario: ResolvedScenario; world: World } {
  const source = readScenarioSource(request.scenario);
  let file = source.file;
  if (isObject(file) && (request.years != null || request.dt != null)) {
    const time = isObject(file.time) ? file.time : {};
    file = { ...file, time: { ...time, ...(request.years != null && { years: request.years }), ...(request.dt != null && { dt: request.dt }) } };
  }
  let { scenario, notes } = resolveSource(file, source.label);
  refuseTooLarge(scenario, request.panel === true);
  const world = configurationStep(() => loadWorld(scenario.world));
  if (request.attributesCsv) {
    const overrides = readAttributeOverrides(request.attributesCsv, world);
    // Resolve again so the overrides are validated like any scenario field and enter the digest.
    const withOverrides = { ...scenario.world, attributes: [...(scenario.world.attributes ?? []), ...overrides] };
    ({ scenario, notes } = resolveSource({ ...scenario, world: withOverrides }, `${source.label} with ${request.attributesCsv}`));
  }
  for (const note of notes) request.onNote?.(note.message);
  return { scenario, world };
}

export function executeRun(request: RunRequest): RunResult {
  const { scenario, world } = resolveRequest(request);
  const sim = configurationStep(() => createSimulation(world, scenario, request.seed, { checkpointEvery: 0 }));
  const recorder = request.panel ? createPanelRecorder(sim) : null;
  request.onStart?.({ scenario, localities: sim.n, innovations: sim.innovationCount, panelRows: recorder ? sim.innovationCount * sim.n * recorder.boundaries.length : 0 });

  // Advance a simulated year at a time (tick(a)·tick(b) ≡ tick(a+b)), stopping at the panel's year
  // boundaries to snapshot the covariates and reporting progress.
  const progress = request.progress?.(sim.totalTicks);
  const boundaries = recorder ? recorder.boundaries : [];
  const perYear = Math.max(1, Math.round(1 / sim.dt));
  let next = 0;
  for (;;) {
    while (next < boundaries.length && boundaries[next] === sim.tickCount) {
      recorder!.capture();
      next++;
    }
    if (sim.done) break;
    const stop = Math.min(sim.totalTicks, sim.tickCount + perYear, next < boundaries.length ? boundaries[next] : Infinity);
    sim.tick(stop - sim.tickCount);
    progress?.update(sim.tickCount);
  }
  progress?.finish();

  return {
    sim,
    scenario,
    digest: scenarioDigest(scenario),
    seed: request.seed,
    version: APP_VERSION,
    summary: sim.summary(),
    panel: recorder ? recorder.table() : null,
  };
}

/** Refuses, before its world is built, a run estimated above the CLI's memory limit (runMemory.ts). */
function refuseTooLarge(scenario: ResolvedScenario, panel: boolean): void {
  const problem = runMemoryProblem(estimateRunMemory(scenario, { panel }), CLI_MEMORY_LIMIT, 'cli');
  if (problem) throw new CliError(problem, EXIT.invalid);
}

/**
 * Building a world or simulation checks what the schema cannot (a scope code that names no locality
 * of this world, …) and throws "invalid <path>: …" messages: those are the user's problems, not bugs.
 */
function configurationStep<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof Error && /^(invalid|missing|unknown) /.test(error.message)) throw new CliError(error.message.split('\n'), EXIT.invalid);
    throw error;
  }
}

function readAttributeOverrides(path: string, world: World): AttributeOverride[] {
  const text = readInputText(path);
  try {
    return parseAttributeOverridesCsv(text, new Set(world.codes));
  } catch (error) {
    if (error instanceof AttributeOverrideError) throw new CliError(error.problems.map((p) => `${path}: ${p}`), EXIT.invalid);
    throw error;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
