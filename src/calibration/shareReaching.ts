/** The share of `policies` adopted by at least `states` states by the data's end. */
import type { SpidPolicy } from './spidHistories.ts';

export function shareReaching(policies: readonly SpidPolicy[], states: number): number {
  return policies.filter((p) => p.adopters >= states).length / policies.length;
}
