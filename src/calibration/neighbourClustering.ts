/**
 * Whether a policy's adopters border each other more than chance would have it: the number of
 * neighbouring pairs among its eventual adopters against the mean number over all sets of as many
 * states drawn from the 50 — E · k(k − 1) / (50 · 49) for E neighbouring pairs and k adopters (each
 * pair is in a random k-set with that probability), so no random draw is needed.
 */
import type { Contiguity } from './usStatesContiguity.ts';
import type { SpidPolicy } from './spidHistories.ts';

export interface NeighbourClustering {
  /** neighbouring pairs among adopters, summed over the policies */
  observedPairs: number;
  /** the same for random sets of the same sizes (expectation) */
  expectedPairs: number;
  /** observedPairs / expectedPairs: 1 = no clustering */
  ratio: number;
  /** share of policies with more neighbouring adopter pairs than their random expectation */
  shareAbove: number;
}

export function neighbourClustering(policies: readonly SpidPolicy[], neighbours: Contiguity): NeighbourClustering {
  const n = neighbours.length;
  const pairs = neighbours.reduce((s, list) => s + list.length, 0) / 2;
  let observedPairs = 0;
  let expectedPairs = 0;
  let above = 0;
  for (const p of policies) {
    let observed = 0;
    for (let i = 0; i < n; i++) {
      if (p.years[i] === null) continue;
      for (const j of neighbours[i]) if (j > i && p.years[j] !== null) observed++;
    }
    const expected = (pairs * p.adopters * (p.adopters - 1)) / (n * (n - 1));
    observedPairs += observed;
    expectedPairs += expected;
    if (observed > expected) above++;
  }
  return { observedPairs, expectedPairs, ratio: observedPairs / expectedPairs, shareAbove: above / policies.length };
}
