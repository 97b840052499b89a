/**
 * The policies whose diffusion the model is compared with: first adopted in a span of years (by
 * default since 1950, before which SPID's coverage is thin) and adopted by at least 10 states (fewer
 * give no curve to fit). SPID's data end in 2017, so later policies are observed for fewer years.
 */
import type { SpidPolicy } from './spidHistories.ts';

/** The last year SPID records adoptions for. */
export const SPID_DATA_END = 2017;

export interface PolicySelection {
  /** first adoption in [fromYear, toYear] */
  fromYear: number;
  toYear: number;
  /** at least this many adopters by the data's end */
  minAdopters: number;
}

/** The whole comparison set, and the calibration (1950–1995) and hold-out (1996–2017) halves of it. */
export const OBSERVED_SELECTIONS = {
  since1950: { fromYear: 1950, toYear: SPID_DATA_END, minAdopters: 10 },
  from1950to1995: { fromYear: 1950, toYear: 1995, minAdopters: 10 },
  after1995: { fromYear: 1996, toYear: SPID_DATA_END, minAdopters: 10 },
} as const satisfies Record<string, PolicySelection>;

export function observedPolicies(policies: readonly SpidPolicy[], selection: PolicySelection): SpidPolicy[] {
  return policies.filter((p) => p.firstYear >= selection.fromYear && p.firstYear <= selection.toYear && p.adopters >= selection.minAdopters);
}
