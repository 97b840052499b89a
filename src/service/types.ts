/**
 * The messages of the simulation service (src/service/simulationService.ts) — what crosses the
 * worker boundary. Plain data and typed arrays only (structured-clone safe); stage arrays are
 * transferred, not copied. Every call answers with a discriminated union: `running` (more ticks to
 * go), `done` (the scenario's horizon is reached) or `errored` (a message for the user; the service
 * never throws across the boundary and never leaves a call unanswered).
 */
import type { EventLevel, EventType, LeverScopes, ScenarioFile } from '../model/scenario/types.ts';
import type { JsonTextProblem } from '../model/scenario/parseJsonText.ts';
import type { RunMemory } from '../model/simulation/runMemory.ts';
import type { Levers, Assumptions } from '../model/params/keys.ts';
import type { ChinaUnitLevel, WorldKind } from '../model/world.ts';

export interface Bilingual {
  en: string;
  zh: string;
}

/** Reads a data or scenario file by path relative to the app's data root; rejects when missing. */
export type TextLoader = (path: string) => Promise<string>;

export interface InitRequest {
  /** a preset id from public/scenarios/index.json (e.g. "fengqiao") … */
  presetId?: string;
  /** … or a scenario as written in a file (may `extends` a preset) */
  scenarioFile?: ScenarioFile;
  /** the run's seed (non-negative integer) */
  seed: number;
  /**
   * Base URL of the app's public files (`public/` in the source tree: `data/…`, `scenarios/…`), with a
   * trailing slash. In the worker: `new URL('./', document.baseURI)` computed by the page; ignored
   * when the service was created with its own loader.
   */
  dataBaseUrl?: string;
}

/** One entry of public/scenarios/index.json as the preset picker shows it. */
export interface PresetInfo {
  id: string;
  title: Bilingual;
  description?: Bilingual;
}

/** A scripted event placed on the time axis (scrubber markers, chart annotations). */
export interface TimelineEvent {
  /** first tick at which it applies (docs/model.md §7: first tick whose time is ≥ year) */
  tick: number;
  year: number;
  type: EventType;
  level: EventLevel;
  /** a `suspend` era's end (year, exclusive): the charts shade the era */
  untilYear?: number;
  /** index of the innovation in RunInfo.innovations */
  innovation: number;
  label?: Bilingual;
  /** the localities the event applies to (indices, ascending); absent when it applies to every locality (nationwide) */
  places?: number[];
}

/** Everything static about a run: sent once per (re)start. */
export interface RunInfo {
  presetId: string | null;
  title: Bilingual;
  description: Bilingual;
  illustrative: boolean;
  seed: number;
  worldKind: WorldKind;
  /** level of the China world's localities: the map merges county shapes into prefecture-level units for 'prefecture' ('county' in synthetic worlds) */
  unit: ChinaUnitLevel;
  /** number of localities */
  n: number;
  innovations: { id: string; name: Bilingual; origins: number[] }[];
  startYear: number;
  /** years per tick */
  dt: number;
  /** the horizon: ticks in the run (the last row is `totalTicks`) */
  totalTicks: number;
  events: TimelineEvent[];
  /** per locality: code, Chinese name, pinyin name (join keys for the map), province index */
  codes: string[];
  names: string[];
  namesEn: string[];
  province: Int32Array;
  region: Uint8Array;
  /** number of localities per region (index = REGIONS) */
  regionSizes: number[];
  provinces: { code: string; name: string; nameEn: string; region: number }[];
  /** the resolved levers (with their scopes and named sites) and assumptions of this run (what the levers panel shows) */
  levers: Levers & LeverScopes;
  params: Assumptions;
  /** SHA-256 of the canonical resolved scenario of this run (with the UI's changes): provenance of exports */
  digest: string;
  /** the app version that made the run (docs/implementation-notes.md, "Contracts": a run is a function of version, scenario, seed) */
  version: string;
  /** the same for the scenario without the UI's changes (to tell what the user changed) */
  baseLevers: Levers & LeverScopes;
  baseParams: Assumptions;
}

/**
 * Aggregates of one tick for one innovation — the chart rows. Counts are numbers of localities.
 */
export interface MetricRow {
  tick: number;
  innovation: number;
  /** localities per stage code 0–6 */
  stages: number[];
  everAdopted: number;
  /** localities in stages 1–4 */
  active: number;
  /** active localities per region (index = REGIONS) */
  activeByRegion: number[];
}

/** The outcome figures of the KPI strip for one innovation at the current tick. */
export interface Kpis {
  /** years from the start until ≥ 50 % of localities ever adopted; null if not reached yet */
  timeTo50: number | null;
  /** share of localities active now */
  activeShare: number;
  /** share of adopters still active 5 years after adopting (Kaplan–Meier); null with no adopters at risk */
  persistence5: number | null;
  /** share of ever-adopters now in stage 5 (in name only); null with no adopters */
  formalShare: number | null;
  /** share of ever-adopters whose adoption was for show; null with no adopters or with the mechanism off */
  showShare: number | null;
  /** false where the scenario draws no show flags (`params.showMechanism`): the strip says so */
  showMechanism: boolean;
  /** active share East − active share West, in [−1, 1]; null in a world without both regions */
  eastWestGap: number | null;
}

/** One learning event drawn on the map: `learner` adopted from `source` through `channel`. */
export interface LearningLink {
  tick: number;
  innovation: number;
  learner: number;
  /** −1 when the source is not a locality (media, endorsement, mandate) */
  source: number;
  channel: string;
}

/** The current run's figure for one China milestone target of its preset (src/service/milestones/chinaTargets.ts). */
export interface MilestoneValue {
  /** the target's id, as in public/validation/china.json */
  id: string;
  /** null: undefined for this run (e.g. a share of no adopters) */
  value: number | null;
}

/** The state after an advance or a seek. */
export interface Frame {
  tick: number;
  /** simulated time in years: startYear + tick·dt */
  year: number;
  /** stage codes, N×K, index k·N + i (transferred) */
  stage: Uint8Array;
  /** 1 where (i, k) is a demonstration site (named or high-quality optimizing), N×K (transferred) */
  demo: Uint8Array;
  /** chart rows: replace the caller's rows from index `rowsFrom` on (rows are ordered tick-major, then innovation) */
  rowsFrom: number;
  rows: MetricRow[];
  /** learning links of the 12 months up to this tick */
  links: LearningLink[];
  /** per innovation */
  kpis: Kpis[];
  /** the run's milestone figures that its current tick already fixes, in the targets' order (none for an imported scenario) */
  milestones: MilestoneValue[];
}

export interface LocalityDetail {
  index: number;
  code: string;
  name: string;
  nameEn: string;
  province: { name: string; nameEn: string };
  /** per innovation */
  innovations: {
    stage: number;
    /** tick it entered its current stage */
    since: number;
    quality: number;
    demo: boolean;
    origin: boolean;
    /** the innovation is no fit here (outside its potential): it comes only with a mandate */
    unfit: boolean;
    /** its last adoption (0 → 1 or origin seeding): when, from whom (null if not a locality), how */
    learned: { tick: number; channel: string; source: { index: number; name: string; nameEn: string } | null } | null;
  }[];
}

export interface ServiceError {
  /** what the user reads: names the field path, value and allowed range for bad input */
  message: string;
  /** for a rejected scenario: each problem on its own (the schema's messages), when there are several */
  issues?: string[];
  /** for a scenario text that is not usable JSON (syntax, nesting depth, reserved key): the problems as data */
  json?: JsonTextProblem[];
  /** for a run estimated above the app's memory limit: the estimate by part and the limit (bytes) */
  memory?: RunMemory & { limit: number };
}

export type Result<T> =
  | ({ status: 'running' } & T)
  | ({ status: 'done' } & T)
  | { status: 'errored'; error: ServiceError };

export type InitResult = Result<{ info: RunInfo; frame: Frame }>;
export type FrameResult = Result<{ frame: Frame }>;
export type DetailResult = Result<{ detail: LocalityDetail }>;
export type PresetsResult = Result<{ presets: PresetInfo[] }>;
/** An export as text (CSV, JSON) with the file name the app suggests. */
export type TextResult = Result<{ text: string }>;
/** The map's table view: stage of each locality for one innovation and the tick it entered it (transferred). */
export type StageTableResult = Result<{ stage: Uint8Array; since: Int32Array; tick: number }>;
/** The landscape view: stage, first-adoption tick (−1 never) and quality of every locality for one innovation (transferred). */
export type LandscapeResult = Result<{ stage: Uint8Array; firstAdopted: Int32Array; quality: Float32Array; tick: number }>;

/**
 * What the UI changed relative to the scenario: the COMPLETE set of lever and assumption overrides
 * (not a delta — `{}` returns to the scenario's values) and optionally a new seed. Unknown keys and
 * out-of-range values are rejected with a precise message.
 */
export interface RunChanges {
  levers?: Partial<Levers & LeverScopes>;
  params?: Partial<Assumptions>;
  seed?: number;
}

/** The service's API (the worker exposes exactly this object through Comlink). */
export interface SimulationService {
  listPresets(dataBaseUrl?: string): Promise<PresetsResult>;
  init(request: InitRequest): Promise<InitResult>;
  /** run `ticks` more ticks (clamped to the horizon); rows, links and KPIs up to the new tick */
  advance(ticks: number, rowsKnown: number): Promise<FrameResult>;
  /** move to any tick, backward (nearest checkpoint ≤ tick, then replay) or forward */
  seek(tick: number, rowsKnown: number): Promise<FrameResult>;
  /** change levers, assumptions or seed: re-resolve the scenario and restart at tick 0 */
  update(changes: RunChanges): Promise<InitResult>;
  /** restart at tick 0 with the same scenario and seed */
  reset(): Promise<InitResult>;
  getLocalityDetail(index: number): Promise<DetailResult>;
  /**
   * Start a run of an uploaded scenario file (its text): size-capped, parsed and validated here (in
   * the worker). A rejected file leaves the current run as it was and answers `errored` with the
   * schema's messages in `issues`. `dataBaseUrl` is the app's public root, as in `init`: a
   * restarted worker's first call may be this one, and the presets a file `extends` come from there.
   */
  importScenario(text: string, seed: number, dataBaseUrl?: string): Promise<InitResult>;
  /** the current run's metric rows or event log up to the current tick, as CSV with provenance columns */
  exportCsv(kind: 'rows' | 'events'): Promise<TextResult>;
  /** the current run's resolved scenario as a scenario file (JSON text) */
  exportScenario(): Promise<TextResult>;
  /** stage and "since" tick of every locality for innovation k (the map's table view) */
  getStageTable(innovation: number): Promise<StageTableResult>;
  /** stage, first-adoption tick and quality of every locality for innovation k (the landscape view) */
  getLandscape(innovation: number): Promise<LandscapeResult>;
}
