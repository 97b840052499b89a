/**
 * The shape of a sweep (designs × seeds, as Mesa's batch_run; EMA's uncertainties/levers → outcomes): a base
 * scenario, factors (parameter or lever paths with values, a range or a distribution), a design
 * that picks points in factor space, replicates (seeds) per point, and the outcomes to keep.
 * `resolveSweep` turns a `SweepFile` into a `ResolvedSweep`, in which everything is explicit.
 */
import type { ResolvedScenario, ScenarioFile } from '../model/scenario/types.ts';

/** A bounded distribution of a numeric factor (bounds default to the parameter's allowed range). */
export type Distribution =
  | { type: 'uniform'; min?: number; max?: number }
  | { type: 'loguniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number };

export type FactorValue = number | boolean | string;

/** One factor as a sweep file writes it: exactly one of values, range or distribution (or none). */
export interface FactorInput {
  /** `params.<key>` (an assumption) or `levers.<key>` (a lever) of the parameter table */
  path: string;
  /** the values to take (grid: every one; other designs: equally likely) */
  values?: FactorValue[];
  /** a uniform range; a missing bound is the parameter's plausible bound */
  range?: { min?: number; max?: number };
  distribution?: Distribution;
  /** grid only: evenly spaced levels over the range (overrides design.levels) */
  levels?: number;
}

export type DesignInput =
  | { type: 'grid'; levels?: number }
  | { type: 'random'; samples: number }
  | { type: 'lhs'; samples: number }
  | { type: 'sobol'; samples: number }
  | { type: 'morris'; trajectories: number; levels?: number };

export type DesignType = DesignInput['type'];

/** Seeds per run: independent per run (default), or common random numbers (one seed per replicate). */
export type SeedMode = 'independent' | 'common';

export interface OutputsInput {
  /** summary metrics to keep (default: all of SWEEP_METRICS) */
  metrics?: string[];
  /** innovation ids to report (default: all) */
  innovations?: string[];
  /** per-tick series: metric columns (`ever_adopted`, `active`, …) sampled every `every` years */
  series?: { columns: string[]; every?: number };
}

export interface SweepFile {
  $schema?: string;
  title?: string;
  description?: string;
  /** a preset id, or a scenario (which may itself `extends` a preset) */
  scenario: string | ScenarioFile;
  /** overrides of the scenario's time.years and time.dt */
  time?: { years?: number; dt?: number };
  factors: FactorInput[];
  design: DesignInput;
  replicates?: number;
  seed?: number;
  seeds?: SeedMode;
  outputs?: OutputsInput;
}

/** A factor with its parameter row looked up and its domain made explicit. */
export type ResolvedFactor = {
  path: string;
  section: 'params' | 'levers';
  /** the parameter key: the factor's column name in every output */
  key: string;
  /** values are rounded to integers (integer parameters) */
  integer: boolean;
} & (
  | { kind: 'values'; values: FactorValue[] }
  | { kind: 'range'; min: number; max: number; levels: number | null }
  | { kind: 'distribution'; distribution: Required<Distribution> }
);

export type ResolvedDesign =
  | { type: 'grid' }
  | { type: 'random'; samples: number }
  | { type: 'lhs'; samples: number }
  | { type: 'sobol'; samples: number }
  | { type: 'morris'; trajectories: number; levels: number };

export interface ResolvedOutputs {
  metrics: string[];
  innovations: string[];
  series: { columns: string[]; every: number } | null;
}

export interface ResolvedSweep {
  title: string;
  description: string;
  /** the base scenario, resolved (time overrides applied); factors are set on top of it */
  scenario: ResolvedScenario;
  factors: ResolvedFactor[];
  design: ResolvedDesign;
  replicates: number;
  seed: number;
  seeds: SeedMode;
  outputs: ResolvedOutputs;
}
