/**
 * The simulators `idlab calibrate` can fit, by id: a factory that turns a calibration file's
 * `options` into the parameters it can calibrate (each with a default prior and the value it keeps
 * when not calibrated), the names of the summary statistics it returns, and the simulation itself.
 *
 * A factory gets what a pure layer cannot do itself through the context: the CLI's world loader
 * (the us-states and China worlds are built from data files) and a reader of files shipped with
 * idlab. It throws AbcSmcError (one line per problem) on options it cannot use. It is called once in
 * the main thread and once in every worker thread, so it must be deterministic and cheap to repeat.
 */
import type { World } from '../model/world.ts';
import type { WorldSpec } from '../model/scenario/types.ts';
import type { Prior, Simulator } from './abcSmc.ts';
import { bassCurveSimulator } from './bassCurveSimulator.ts';
import { usPoliciesSimulator } from './usPolicySimulator.ts';

/** A parameter a simulator can calibrate: its default prior, and its value when it is not calibrated. */
export interface SimulatorParameter extends Prior {
  /** value used when the calibration file does not calibrate it */
  value: number;
  /** the widest range a prior may take (the schema's allowed range for a model parameter) */
  allowed: readonly [number, number];
}

export interface CalibrationSimulator {
  /** every parameter, in the order `simulate` reads θ */
  parameters: readonly SimulatorParameter[];
  /** the summary statistics `simulate` returns, in order; NaN where one is undefined for a run */
  statistics: readonly string[];
  simulate: Simulator;
}

export interface SimulatorContext {
  /** the world of a scenario's world spec (the CLI's loader) */
  loadWorld(spec: WorldSpec): World;
  /** the text of a file shipped with idlab, by its path from the package root (e.g. ['public', 'data', 'x.csv']) */
  readText(path: readonly string[]): string;
}

export type SimulatorFactory = (options: Readonly<Record<string, unknown>>, context: SimulatorContext) => CalibrationSimulator;

export const SIMULATORS: Readonly<Record<string, SimulatorFactory>> = {
  'bass-curve': bassCurveSimulator,
  'us-policies': usPoliciesSimulator,
};
