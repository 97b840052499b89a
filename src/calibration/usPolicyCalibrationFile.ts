/**
 * The calibration file of the us-policies simulator for one span of SPID policies (shipped as
 * public/calibration/spid-1950-1995.json): the observed summary vector measured on SPID with the
 * simulator's own measures, the first adoption year of every observed policy (the simulated set
 * mimics them one for one), the parameters with their priors, and the engine's options. Pure: the
 * SPID histories and the contiguity in, the file's JSON object out; scripts/calibration/
 * build-spid-calibration.ts writes it, and a test checks that the shipped file is what it writes.
 */
import { observedPolicies, SPID_DATA_END, type PolicySelection } from './observedPolicies.ts';
import type { SpidPolicy } from './spidHistories.ts';
import type { Contiguity } from './usStatesContiguity.ts';
import { US_POLICY_CALIBRATED, US_POLICY_DEFAULTS, usPolicyParameters, usPolicySettings, type UsPolicySettings } from './usPolicySimulator.ts';
import { US_POLICY_STATISTICS, usPolicySummaries } from './usPolicySummaries.ts';

/**
 * The engine's default run: 400 particles, up to 12 generations, at most 15,000 simulations. On the
 * 2-core development machine with `--workers 2` it took 8–11 minutes (18–33 simulations per second
 * of the 329 policies of 1950–1995, at the lowest priority beside other work); the budget ends it
 * after 6 generations.
 */
export const US_POLICY_ENGINE_OPTIONS = { particles: 400, alpha: 0.5, generations: 12, budget: 15_000, seed: 1, essFraction: 0.5 } as const;

/** The file `idlab calibrate` reads (docs/cli.md): simulator, its options, parameters, statistics, observed, abc. */
export interface UsPolicyCalibrationFile {
  simulator: 'us-policies';
  /** the simulator's own inputs: the observed policies' first years and the measures' settings */
  options: UsPolicySettings;
  parameters: { name: string; prior: 'uniform' | 'log-uniform'; range: [number, number] }[];
  statistics: string[];
  observed: Record<string, number>;
  abc: typeof US_POLICY_ENGINE_OPTIONS;
}

/** The file for the policies of `selection` (first adopted in its span, enough adopters by 2017). */
export function usPolicyCalibrationFile(spid: readonly SpidPolicy[], neighbours: Contiguity, selection: PolicySelection): UsPolicyCalibrationFile {
  const policies = observedPolicies(spid, selection);
  const settings = usPolicySettings({ firstYears: policies.map((p) => p.firstYear), ...US_POLICY_DEFAULTS, minAdopters: selection.minAdopters, observedTo: SPID_DATA_END });
  const summary = usPolicySummaries(policies, neighbours, settings);
  return {
    simulator: 'us-policies',
    options: settings,
    parameters: usPolicyParameters()
      .filter((p) => (US_POLICY_CALIBRATED as readonly string[]).includes(p.name))
      .map((p) => ({ name: p.name, prior: p.scale === 'log' ? 'log-uniform' : 'uniform', range: [p.lo, p.hi] })),
    statistics: [...US_POLICY_STATISTICS],
    observed: Object.fromEntries(US_POLICY_STATISTICS.map((name, i) => [name, summary[i]])),
    abc: US_POLICY_ENGINE_OPTIONS,
  };
}
