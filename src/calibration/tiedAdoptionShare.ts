/**
 * The share of adoptions that fall in a year in which at least one other state adopted the same
 * policy. SPID dates adoptions by year, so a model run compared with it must also be read by year:
 * a high share says that yearly data cannot order most adopters, and rank-based measures must handle
 * ties.
 */
import type { SpidPolicy } from './spidHistories.ts';

export function tiedAdoptionShare(policies: readonly SpidPolicy[]): number {
  let tied = 0;
  let total = 0;
  for (const p of policies) {
    const perYear = new Map<number, number>();
    for (const y of p.years) if (y !== null) perYear.set(y, (perYear.get(y) ?? 0) + 1);
    for (const n of perYear.values()) {
      total += n;
      if (n > 1) tied += n;
    }
  }
  return tied / total;
}
