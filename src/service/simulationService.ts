import * as Comlink from 'comlink';
import { createSimulation } from '../model/simulation/createSimulation.ts';
import type { Simulation } from '../model/simulation/types.ts';
import { resolveScenario } from '../model/scenario/resolve.ts';
import { scenarioDigest } from '../model/scenario/digest.ts';
import type { ResolvedScenario, ScenarioFile } from '../model/scenario/types.ts';
import { fetchTextLoader } from './loader.ts';
import { WorldLoader } from './worldLoader.ts';
import { PresetStore } from './presetStore.ts';
import { PersistenceTracker } from './persistenceTracker.ts';
import { buildFrame } from './frames.ts';
import { MilestoneTracker } from './milestones/MilestoneTracker.ts';
import { localityDetail } from './localityDetail.ts';
import { originIndices, regionSizes, runInfo } from './runInfo.ts';
import { exportCsv, exportScenarioJson, stageTable } from './exports.ts';
import { landscapeData } from './landscapeData.ts';
import { parseScenarioText, ScenarioTextError } from './scenarioText.ts';
import { Heartbeat } from './heartbeat.ts';
import { hasChanges, withChanges } from './runChanges.ts';
import type {
  DetailResult,
  FrameResult,
  InitRequest,
  InitResult,
  LandscapeResult,
  PresetsResult,
  RunChanges,
  ServiceError,
  SimulationService,
  StageTableResult,
  TextLoader,
  TextResult,
} from './types.ts';

import { isSeed, MAX_SEED, SEED_TEXT } from '../model/scenario/seedSchema.ts';
import { APP_CHECKPOINT_BUDGET, APP_MEMORY_LIMIT, estimateRunMemory, RunTooLargeError } from '../model/simulation/runMemory.ts';
export { MAX_SEED };

export interface SimulationServiceOptions {
  /**
   * Reads files of the app's public root (`data/…`, `scenarios/…`). Default: `fetch` relative to
   * the `dataBaseUrl` of the request (the worker). Tests pass a Node file reader.
   */
  loader?: TextLoader;
  /** posts one heartbeat to the page (the worker); the service beats while a call is in progress (heartbeat.ts) */
  heartbeat?: () => void;
  /** bytes a run may be estimated to need (runMemory.ts); default APP_MEMORY_LIMIT. Tests lower it */
  memoryLimit?: number;
  /** bytes the checkpoints of a run may use (spaced in whole years to fit); default APP_CHECKPOINT_BUDGET */
  checkpointBudget?: number;
}

/** One run: the simulation and what the service derived from it once. */
interface Run {
  sim: Simulation;
  /** the scenario as the UI chose it, before its lever/assumption changes */
  file: ScenarioFile;
  presetId: string | null;
  base: ResolvedScenario;
  changes: RunChanges;
  tracker: PersistenceTracker;
  /** the preset's milestone targets measured on this run */
  milestones: MilestoneTracker;
  origins: number[][];
  regionSizes: number[];
  /** digest of the run's resolved scenario (with the changes): provenance of its exports */
  digest: string;
}

/**
 * The worker-facing simulation service (docs/implementation-notes.md, "Architecture"): loads the world and presets, runs one
 * simulation, and answers the UI's calls — advance, seek, restart with changed levers, details for
 * the tooltip. Free of DOM and workers (tested in Node); `workers/simulation.worker.ts` exposes it
 * with Comlink. Every method answers with a `running | done | errored` result and never throws:
 * configuration errors come back as messages naming the field path, value and allowed range.
 */
export function createSimulationService(options: SimulationServiceOptions = {}): SimulationService {
  let baseUrl: string | null = null;
  const loader = (): TextLoader => {
    if (options.loader) return options.loader;
    if (!baseUrl) throw new Error('the data location is unknown: call init (or listPresets) with dataBaseUrl first');
    return fetchTextLoader(baseUrl);
  };
  const worlds = new WorldLoader(loader);
  const presets = new PresetStore(loader);
  let run: Run | null = null;
  const pulse = new Heartbeat(options.heartbeat);
  /** a call: never throws (guard), beats while it works */
  const guarded = <T extends { status: string }>(fn: () => Promise<T>) => guard(() => pulse.during(fn));

  function setBase(url: string | undefined) {
    if (url) baseUrl = url;
  }

  async function start(file: ScenarioFile, presetId: string | null, changes: RunChanges, seed: number): Promise<Run> {
    checkSeed(seed);
    await presets.prefetchFor(file);
    const base = resolveScenario(file, { loadPreset: presets.get });
    const changed = hasChanges(changes) ? resolveScenario(withChanges(file, changes), { loadPreset: presets.get }) : base;
    // refuse before allocating anything a run too large for a browser tab; space checkpoints to fit
    const memory = estimateRunMemory(changed, { checkpointBudget: options.checkpointBudget ?? APP_CHECKPOINT_BUDGET, app: true });
    const limit = options.memoryLimit ?? APP_MEMORY_LIMIT;
    if (memory.total > limit) throw new RunTooLargeError(memory, limit, 'app');
    const world = await worlds.world(changed.world);
    // a large world's build takes seconds per phase (4 M lattice cells: ≈ 1–2 s each here): beat between them
    pulse.beat();
    const sim = createSimulation(world, changed, seed, { checkpointEvery: memory.checkpointEvery });
    pulse.beat();
    const tracker = new PersistenceTracker(sim.n, sim.innovationCount, sim.totalTicks);
    const milestones = new MilestoneTracker(sim, presetId, base);
    const origins = originIndices(sim);
    pulse.beat();
    return { sim, file, presetId, base, changes, tracker, milestones, origins, regionSizes: regionSizes(sim), digest: scenarioDigest(sim.scenario) };
  }

  function initResult(r: Run): InitResult {
    const frame = buildFrame(r.sim, 0, r.tracker, r.regionSizes, r.milestones);
    const info = runInfo(r.sim, r.presetId, r.base, r.origins, r.regionSizes, r.digest);
    const result: InitResult = { status: r.sim.done ? 'done' : 'running', info, frame };
    return Comlink.transfer(result, [frame.stage.buffer, frame.demo.buffer]);
  }

  function frameResult(r: Run, rowsKnown: number): FrameResult {
    const frame = buildFrame(r.sim, rowsKnown, r.tracker, r.regionSizes, r.milestones);
    const result: FrameResult = { status: r.sim.done ? 'done' : 'running', frame };
    return Comlink.transfer(result, [frame.stage.buffer, frame.demo.buffer]);
  }

  function current(): Run {
    if (!run) throw new Error('no run: call init first');
    return run;
  }

  return {
    async listPresets(dataBaseUrl?: string): Promise<PresetsResult> {
      return guarded(async () => {
        setBase(dataBaseUrl);
        return { status: 'done', presets: await presets.list() };
      });
    },

    async init(request: InitRequest): Promise<InitResult> {
      return guarded(async () => {
        setBase(request.dataBaseUrl);
        let file: ScenarioFile;
        let presetId: string | null = null;
        if (request.scenarioFile !== undefined) {
          if (typeof request.scenarioFile !== 'object' || request.scenarioFile === null || Array.isArray(request.scenarioFile)) {
            throw new Error(`invalid scenario: ${JSON.stringify(request.scenarioFile)?.slice(0, 60)} (expected a JSON object)`);
          }
          file = request.scenarioFile;
        } else if (typeof request.presetId === 'string') {
          presetId = request.presetId;
          await presets.prefetch(presetId);
          file = { extends: presetId };
        } else {
          throw new Error('init needs a presetId or a scenarioFile');
        }
        run = null; // a failed start must not leave the previous run answering
        run = await start(file, presetId, {}, request.seed);
        return initResult(run);
      });
    },

    async advance(ticks: number, rowsKnown: number): Promise<FrameResult> {
      return guarded(async () => {
        const r = current();
        if (!Number.isInteger(ticks) || ticks < 0) throw new Error(`invalid ticks: ${ticks} (allowed integers ≥ 0)`);
        // through the milestone tracker: it watches every tick when a target needs it
        pulse.ticks(r.milestones, ticks);
        return frameResult(r, rowsKnown);
      });
    },

    async seek(tick: number, rowsKnown: number): Promise<FrameResult> {
      return guarded(async () => {
        const r = current();
        if (!Number.isInteger(tick) || tick < 0 || tick > r.sim.totalTicks) {
          throw new Error(`invalid tick: ${tick} (allowed integers 0–${r.sim.totalTicks})`);
        }
        // Back: restore the last checkpoint at or before the tick (every simulated year, or wider
        // on large runs: runMemory.ts), then forward in chunks with heartbeats between them — a year
        // of a 4 M-cell world's ticks takes seconds. The same state as seek(tick) (a tick is a tick).
        if (tick < r.sim.tickCount) r.sim.seek(lastCheckpointTick(r.sim.checkpoints, tick));
        pulse.ticks(r.milestones, tick - r.sim.tickCount);
        return frameResult(r, rowsKnown);
      });
    },

    async update(changes: RunChanges): Promise<InitResult> {
      return guarded(async () => {
        const r = current();
        const seed = changes.seed ?? r.sim.seed;
        const next = await start(r.file, r.presetId, { levers: changes.levers ?? {}, params: changes.params ?? {} }, seed);
        run = next; // only a valid change replaces the run: a rejected one leaves it as it was
        return initResult(next);
      });
    },

    async reset(): Promise<InitResult> {
      return guarded(async () => {
        const r = current();
        r.sim.seek(0);
        return initResult(r);
      });
    },

    async getLocalityDetail(index: number): Promise<DetailResult> {
      return guarded(async () => {
        const r = current();
        return { status: r.sim.done ? 'done' : 'running', detail: localityDetail(r.sim, index, r.origins) };
      });
    },

    async importScenario(text: string, seed: number, dataBaseUrl?: string): Promise<InitResult> {
      return guarded(async () => {
        setBase(dataBaseUrl);
        const file = parseScenarioText(text);
        // Only a scenario that resolves and builds replaces the run: a rejected file changes nothing.
        const next = await start(file, null, {}, seed);
        run = next;
        return initResult(next);
      });
    },

    async exportCsv(kind: 'rows' | 'events'): Promise<TextResult> {
      return guarded(async () => {
        if (kind !== 'rows' && kind !== 'events') throw new Error(`invalid export: ${JSON.stringify(kind)} (allowed "rows" or "events")`);
        const r = current();
        return { status: r.sim.done ? 'done' : 'running', text: exportCsv(r.sim, kind, r.digest) };
      });
    },

    async exportScenario(): Promise<TextResult> {
      return guarded(async () => {
        const r = current();
        return { status: r.sim.done ? 'done' : 'running', text: exportScenarioJson(r.sim) };
      });
    },

    async getStageTable(innovation: number): Promise<StageTableResult> {
      return guarded(async () => {
        const r = current();
        const { stage, since } = stageTable(r.sim, innovation);
        const result: StageTableResult = { status: r.sim.done ? 'done' : 'running', stage, since, tick: r.sim.tickCount };
        return Comlink.transfer(result, [stage.buffer, since.buffer]);
      });
    },

    async getLandscape(innovation: number): Promise<LandscapeResult> {
      return guarded(async () => {
        const r = current();
        const { stage, firstAdopted, quality } = landscapeData(r.sim, innovation);
        const result: LandscapeResult = { status: r.sim.done ? 'done' : 'running', stage, firstAdopted, quality, tick: r.sim.tickCount };
        return Comlink.transfer(result, [stage.buffer, firstAdopted.buffer, quality.buffer]);
      });
    },
  };
}

/** Tick of the last checkpoint kept at or before `tick` (tick 0 always has one). */
function lastCheckpointTick(checkpoints: readonly { tick: number }[], tick: number): number {
  let best = 0;
  for (const c of checkpoints) if (c.tick <= tick && c.tick > best) best = c.tick;
  return best;
}

function checkSeed(seed: unknown) {
  if (!isSeed(seed)) {
    throw new Error(`invalid seed: ${JSON.stringify(seed)} (${SEED_TEXT})`);
  }
}

/** Runs a call; any exception becomes an `errored` result with its message (never a stack trace). */
async function guard<T extends { status: string }>(fn: () => Promise<T>): Promise<T | { status: 'errored'; error: ServiceError }> {
  try {
    return await fn();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const issues = issuesOf(e);
    const error: ServiceError = issues.length > 1 ? { message, issues } : { message };
    if (e instanceof ScenarioTextError && e.json) error.json = [...e.json];
    if (e instanceof RunTooLargeError) error.memory = { ...e.memory, limit: e.limit };
    return { status: 'errored', error };
  }
}

/** The separate problems of a rejected scenario (ScenarioError, ScenarioTextError), else none. */
function issuesOf(e: unknown): string[] {
  const list = (e as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(list)) return [];
  return list.map((i) => (typeof i === 'string' ? i : String((i as { message?: unknown })?.message ?? i)));
}
