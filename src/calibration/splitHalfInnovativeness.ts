/**
 * How stable states' innovativeness is across policies: the policies are split at random into two
 * halves; within each half a state scores its mean normalized adoption rank; the Pearson correlation
 * of the 50 states' scores between the halves is one draw, repeated over many seeded splits.
 *
 * Normalized adoption rank of a state for one policy: its rank by adoption year among all 50 states,
 * ties sharing their mean rank and states that never adopted tied last, mapped to [0, 1] by
 * (rank − 1)/49 — 0 first, 1 never. A state that is early on one half of the policies is early on the
 * other half too when innovativeness is a trait of the state.
 */
import { createStream } from '../model/index.ts';
import { pearson } from './pearson.ts';
import type { SpidPolicy } from './spidHistories.ts';

/** Ranks 1…n of `values` with ties given their mean rank. */
function midRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

/** Each state's normalized adoption rank for `policy`, in the order of its `years`. */
export function normalizedAdoptionRanks(policy: SpidPolicy): number[] {
  const n = policy.years.length;
  return midRanks(policy.years.map((y) => y ?? Infinity)).map((r) => (r - 1) / (n - 1));
}

/** Each state's mean normalized adoption rank over the policies `ids` (rows of `ranks`). */
export function innovativenessScores(ranks: readonly number[][], ids: readonly number[]): number[] {
  const states = ranks[0].length;
  const score = new Array<number>(states).fill(0);
  for (const k of ids) for (let s = 0; s < states; s++) score[s] += ranks[k][s];
  return score.map((v) => v / ids.length);
}

/**
 * The correlations of `splits` random half-splits (seeded: the same seed gives the same splits). A
 * policy list of odd length puts the extra policy in the second half.
 */
export function splitHalfInnovativeness(policies: readonly SpidPolicy[], splits: number, seed: number | string): number[] {
  const ranks = policies.map(normalizedAdoptionRanks);
  const random = createStream(seed, 'split-half');
  const order = policies.map((_, i) => i);
  const half = Math.floor(order.length / 2);
  const out: number[] = [];
  for (let s = 0; s < splits; s++) {
    // Fisher–Yates shuffle
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    out.push(pearson(innovativenessScores(ranks, order.slice(0, half)), innovativenessScores(ranks, order.slice(half))));
  }
  return out;
}
