/**
 * The shape of a scenario (docs/model.md §11). A scenario file may omit anything; `resolveScenario`
 * (extends → deep-merge → defaults → validation) turns it into a `ResolvedScenario`, in which every
 * field is present. A run is a function of (app version, resolved scenario, seed); the seed is
 * never part of the scenario.
 */
import type { AttributeId, ChinaUnitLevel, RegionId, UrbanTypeId } from '../world.ts';
import type { Assumptions, Levers } from '../params/keys.ts';

/**
 * Which localities something applies to. Fields combine as a union (a locality is in scope when it
 * matches any listed set); `urbanTypes` then filters that union; an empty scope `{}` is every
 * locality. `top` selects the n units (localities, prefectures or provinces) with the highest
 * baseline value of an attribute (ties broken by code), and contributes all their localities.
 */
export interface Scope {
  codes?: string[];
  prefectures?: string[];
  provinces?: string[];
  regions?: RegionId[];
  top?: { n: number; by: AttributeId; unit: 'locality' | 'prefecture' | 'province' };
  urbanTypes?: UrbanTypeId[];
}

export type EventType = 'pilot' | 'endorse' | 'document' | 'mandate' | 'withdraw' | 'suspend';
/** `none` (no endorsement at all) only on `withdraw`, which lowers endorsement to the event's level. */
export type EventLevel = 'none' | 'prefecture' | 'province' | 'central';

/** A scripted event (docs/model.md §7). It applies at the first tick whose time is ≥ year. */
export interface ScenarioEvent {
  year: number;
  type: EventType;
  level: EventLevel;
  scope: Scope;
  /** `document` only: multiplies the institutionalization rate in scope (≥ 1; default 1.5) */
  reward?: number;
  /**
   * `mandate`: the mandate lapses at this year (exclusive); absent = never. `suspend` (required):
   * the suspension ends at this year (exclusive). Both > year.
   */
  until?: number;
  /** `suspend` only: strength s ∈ [0, 1] (default 1) — h01…h34 × (1 − s), abandonment + s·μ_susp */
  strength?: number;
  /** free text shown on the time axis */
  label?: { en: string; zh: string };
}

export interface Innovation {
  /** ASCII id, unique within the scenario ("fengqiao") */
  id: string;
  name: { en: string; zh: string };
  /** locality codes seeded at row 0 in stage `originStage` (default 2, adapting), named demonstration sites */
  origins: string[];
  originStage?: 1 | 2 | 3 | 4;
  /** year the innovation becomes available for adoption; before it, no hazard of 0 → 1 */
  startYear: number;
  /** complexity / resource requirement c_k ∈ [0,1] */
  complexity: number;
  /** digital intensity g_k ∈ [0,1] */
  digital: number;
  /** p_k, per year (0–2); absent = the scenario's `params.p` */
  p?: number;
  /** q_k, per year (0–2); absent = the scenario's `params.q` */
  q?: number;
  /** potential m_k ∈ (0, 1]: share of localities for which the innovation is a fit; absent = 1 */
  potential?: number;
  /** salience half-life H_k, years (0, 1000]; absent = salience never fades */
  halfLife?: number;
  events: ScenarioEvent[];
}

/**
 * An innovation as a scenario file may write it: `id`, `complexity` and `digital` are required;
 * the rest has defaults (name = id, no origins, originStage 2, startYear = time.startYear, no events).
 */
export type InnovationInput = Pick<Innovation, 'id' | 'complexity' | 'digital'> &
  Partial<Omit<Innovation, 'id' | 'complexity' | 'digital'>>;

/** Per-locality attribute override; part of the scenario (a run is a function of scenario and seed). */
export interface AttributeOverride {
  code: string;
  attribute: AttributeId;
  value: number;
}

export type WorldSpec =
  | {
      kind: 'china';
      /** include the flagged sea edges that connect island groups to the mainland (default true) */
      seaEdges?: boolean;
      /** seed of the attribute-proxy noise; fixed per world so replicates share one map (default 1) */
      attributeSeed?: number;
      /** localities are county-level units (default) or the prefecture-level units aggregated from them */
      unit?: ChinaUnitLevel;
      attributes?: AttributeOverride[];
    }
  | {
      /** the 50 US states (public/data/us-states.json); every attribute 0.5, states differ by z_L */
      kind: 'us-states';
      /** seed of the world's latent innovativeness z_L (default 1) */
      attributeSeed?: number;
      attributes?: AttributeOverride[];
    }
  | {
      kind: 'lattice';
      width: number;
      height: number;
      neighbourhood: 'von-neumann' | 'moore';
      /** localities per synthetic province block (square side, default 10) */
      provinceSide?: number;
      attributeSeed?: number;
      /** SD of the attribute noise around 0.5 (default 0: identical localities) */
      heterogeneity?: number;
      attributes?: AttributeOverride[];
    }
  | {
      kind: 'mixed';
      n: number;
      attributeSeed?: number;
      heterogeneity?: number;
      attributes?: AttributeOverride[];
    };

/** Levers that need more than a number: where they apply. */
export interface LeverScopes {
  /** where `reward` multiplies h23 (default: everywhere) */
  rewardScope?: Scope;
  /** who receives `transfer` (default: localities below the baseline median resources) */
  transferScope?: Scope;
  /** localities named demonstration sites from a year (`namedSites` lever) */
  namedSites?: { year: number; scope: Scope; innovation?: string }[];
}

/** A scenario as written in a file: everything optional except what `extends` cannot supply. */
export interface ScenarioFile {
  /** optional path or URL of the JSON Schema, for editors; ignored by the model */
  $schema?: string;
  extends?: string;
  meta?: { title?: { en: string; zh: string }; description?: { en: string; zh: string }; illustrative?: boolean };
  world?: WorldSpec;
  time?: { startYear?: number; years?: number; dt?: number };
  params?: Partial<Assumptions>;
  levers?: Partial<Levers> & LeverScopes;
  innovations?: InnovationInput[];
}

/** A scenario with every field present and validated. */
export interface ResolvedScenario {
  meta: { title: { en: string; zh: string }; description: { en: string; zh: string }; illustrative: boolean };
  world: WorldSpec;
  time: { startYear: number; years: number; dt: number };
  params: Assumptions;
  levers: Levers & LeverScopes;
  innovations: Innovation[];
}
