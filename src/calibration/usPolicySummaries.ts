/**
 * The summary vector that the us-policies calibration compares: the observed SPID patterns
 * (docs/validation-data.md), measured by the same functions on observed and on simulated histories.
 * Policies enter only when they pass the same selection as the observed set (at least
 * `minAdopters` adopters by the end of the record), so a simulated policy that stalls below it is
 * left out as SPID's uncoded policies are.
 *
 *   t50_*, t90_*      years from the first adopter to 50 % / 90 % of the eventual adopters: q1, median, q3
 *   adopters_*        eventual adopters (states, by the end of the record): q1, median, q3
 *   split_half        median over `splits` random half-splits of the correlation of the states'
 *                     mean normalized adoption ranks (seeded: the same splits for the same policy count)
 *   neighbour_10y     pooled event-history log-odds per adopting neighbour, each policy's first
 *                     `eventHistoryYears` years (where SPID's figure matches the literature)
 *
 * A statistic that cannot be measured (no policy selected, a regression without a finite fit) is NaN.
 */
import { neighbourEventHistory } from './neighbourEventHistory.ts';
import { quantile, quartiles } from './quartiles.ts';
import type { SpidPolicy } from './spidHistories.ts';
import { splitHalfInnovativeness } from './splitHalfInnovativeness.ts';
import type { Contiguity } from './usStatesContiguity.ts';
import { yearsToShare } from './yearsToShare.ts';

export const US_POLICY_STATISTICS = [
  't50_q1',
  't50_median',
  't50_q3',
  't90_q1',
  't90_median',
  't90_q3',
  'adopters_q1',
  'adopters_median',
  'adopters_q3',
  'split_half',
  'neighbour_10y',
] as const;

export interface UsPolicySummaryOptions {
  /** a policy counts when it has at least this many adopters by `observedTo` (SPID selection: 10) */
  minAdopters: number;
  /** the record's last year (SPID: 2017) */
  observedTo: number;
  /** random half-splits for the split-half correlation, and their seed */
  splits: number;
  splitSeed: number;
  /** years after each policy's first adoption in the neighbour regression */
  eventHistoryYears: number;
}

/** Median and quartiles as [q1, median, q3]. */
function three(values: number[]): number[] {
  const q = quartiles(values);
  return [q.q1, q.median, q.q3];
}

/** The summary vector of `histories` (null entries: policies never adopted), in US_POLICY_STATISTICS order. */
export function usPolicySummaries(histories: readonly (SpidPolicy | null)[], neighbours: Contiguity, o: UsPolicySummaryOptions): number[] {
  const policies = histories.filter((p): p is SpidPolicy => p !== null && p.adopters >= o.minAdopters);
  if (policies.length === 0) return US_POLICY_STATISTICS.map(() => NaN);
  const splitHalf = policies.length >= 2 ? quantile(splitHalfInnovativeness(policies, o.splits, o.splitSeed), 0.5) : NaN;
  let neighbour = NaN;
  try {
    neighbour = neighbourEventHistory(policies, neighbours, (p) => Math.min(o.observedTo, p.firstYear + o.eventHistoryYears)).coefficient;
  } catch {
    // no finite fit (e.g. every state-year adopted, or none did): the statistic is undefined for this run
  }
  return [
    ...three(policies.map((p) => yearsToShare(p, 0.5))),
    ...three(policies.map((p) => yearsToShare(p, 0.9))),
    ...three(policies.map((p) => p.adopters)),
    splitHalf,
    neighbour,
  ];
}
