/**
 * Years from a policy's first adoption to the year in which the share `share` of its eventual
 * adopters had adopted (at least ⌈share · adopters⌉ of them by the end of that year). Adoption years
 * are whole years, so the answer is a whole number and 0 when the first year already reaches it.
 */
import type { SpidPolicy } from './spidHistories.ts';

export function yearsToShare(policy: SpidPolicy, share: number): number {
  const years = policy.years.filter((y): y is number => y !== null).sort((a, b) => a - b);
  const needed = Math.max(1, Math.ceil(share * years.length - 1e-9)); // 1e-9: 0.9 · 20 is 18, not 18.000…004
  return years[needed - 1] - years[0];
}
