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
import { US_POLICY_DEFAULTS, usPolicyPriors, usPolicySettings, type UsPolicySettings } from './usPolicySimulator.ts';
import { US_POLICY_STATISTICS, usPolicySummaries } from './usPolicySummaries.ts';

/**
 * The engine's default run: 400 particles, up to 12 generations, at most 16,000 simulations —
 * about 17 minutes on 2 cores at the 7.8 simulations per second per core measured for the 329
 * policies of 1950–1995 (docs/validation-data.md).
 */
export const US_POLICY_ENGINE_OPTIONS = { particles: 400, alpha: 0.5, generations: 12, budget: 16_000, seed: 1, essFraction: 0.5 } as const;

export interface UsPolicyCalibrationFile {
  simulator: 'us-policies';
  description: string;
  options: typeof US_POLICY_ENGINE_OPTIONS;
  parameters: { name: string; prior: 'uniform' | 'log-uniform'; range: [number, number] }[];
  statistics: string[];
  observed: Record<string, number>;
  /** the simulator's own inputs (UsPolicySettings): the observed policies' first years and the measures' settings */
  simulatorOptions: UsPolicySettings;
}

/** The file for the policies of `selection` (first adopted in its span, enough adopters by 2017). */
export function usPolicyCalibrationFile(spid: readonly SpidPolicy[], neighbours: Contiguity, selection: PolicySelection): UsPolicyCalibrationFile {
  const policies = observedPolicies(spid, selection);
  const settings = usPolicySettings({ ...US_POLICY_DEFAULTS, minAdopters: selection.minAdopters, observedTo: SPID_DATA_END, firstYears: policies.map((p) => p.firstYear) });
  const summary = usPolicySummaries(policies, neighbours, settings);
  return {
    simulator: 'us-policies',
    description:
      `US state policy diffusion (SPID v1.0): the ${policies.length} policies first adopted ${selection.fromYear}–${selection.toYear} ` +
      `with at least ${selection.minAdopters} adopters by ${SPID_DATA_END}, simulated one for one on the us-states world (docs/validation-data.md).`,
    options: US_POLICY_ENGINE_OPTIONS,
    parameters: usPolicyPriors().map((p) => ({ name: p.name, prior: p.scale === 'log' ? 'log-uniform' : 'uniform', range: [p.lo, p.hi] })),
    statistics: [...US_POLICY_STATISTICS],
    observed: Object.fromEntries(US_POLICY_STATISTICS.map((name, i) => [name, summary[i]])),
    simulatorOptions: settings,
  };
}
