/**
 * The held-out check of a us-policies calibration: the plan of a fit (say to the SPID policies first
 * adopted 1950–1995) turned to another set of observed policies (by default those first adopted
 * after 1995, which the fit never saw). The simulator, its settings, the statistics and the fitted
 * parameters stay the fit's; only the policies change: one simulated policy per held-out policy,
 * each read from its observed first year to the end of the record (2017), so a policy first adopted
 * in 2010 is followed for 7 years as its observed twin is — the right-censoring the fit set has too.
 * The observed summaries are the held-out policies' own, measured with the fit's settings.
 * Pure: the SPID histories and the contiguity in, a plan out (posteriorPredictive.ts simulates it).
 */
import type { CalibrationPlan } from './abcSmcPlan.ts';
import { OBSERVED_SELECTIONS, observedPolicies, type PolicySelection } from './observedPolicies.ts';
import type { SpidPolicy } from './spidHistories.ts';
import type { Contiguity } from './usStatesContiguity.ts';
import { usPolicySettings } from './usPolicySimulator.ts';
import { US_POLICY_STATISTICS, usPolicySummaries } from './usPolicySummaries.ts';

/** The fit's plan on the held-out policies of `selection` (at least `minAdopters` of the fit: the same selection rule). */
export function usPolicyHoldoutPlan(fit: CalibrationPlan, spid: readonly SpidPolicy[], neighbours: Contiguity, selection: Omit<PolicySelection, 'minAdopters'> = OBSERVED_SELECTIONS.after1995): CalibrationPlan {
  if (fit.simulator !== 'us-policies') throw new Error(`held-out check: the plan's simulator is ${fit.simulator} (allowed: us-policies)`);
  const fitted = usPolicySettings(fit.options);
  const heldOut = observedPolicies(spid, { ...selection, minAdopters: fitted.minAdopters });
  const settings = usPolicySettings({ ...fit.options, firstYears: heldOut.map((p) => p.firstYear) });
  const summary = usPolicySummaries(heldOut, neighbours, settings);
  const observed = fit.statistics.map((name) => summary[US_POLICY_STATISTICS.indexOf(name as (typeof US_POLICY_STATISTICS)[number])]);
  return { ...fit, options: { ...settings }, observed };
}
