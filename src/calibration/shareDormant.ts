/**
 * The share of `policies` that gained no adopter in the years fromYear…toYear (inclusive): a policy
 * still spreading gains some; one whose diffusion stopped short of the 50 states gains none. A sign
 * that interest in a policy fades (the model's salience half-life), not only that states run out.
 */
import type { SpidPolicy } from './spidHistories.ts';

export function shareDormant(policies: readonly SpidPolicy[], fromYear: number, toYear: number): number {
  const dormant = policies.filter((p) => !p.years.some((y) => y !== null && y >= fromYear && y <= toYear));
  return dormant.length / policies.length;
}
