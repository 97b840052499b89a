/**
 * The states' land neighbours from the us-states world file (public/data/us-states.json, already
 * parsed): its `states` (each with a `usps` code) and its `adjacency` in compressed rows (`offsets`,
 * `indices` into `states`). Returned per state in the order of US_STATES, as indices into US_STATES,
 * so that they line up with SpidPolicy.years. Alaska and Hawaii have none.
 */
import { US_STATES } from './usStates.ts';

export type Contiguity = readonly (readonly number[])[];

interface UsStatesFile {
  states: { usps: string }[];
  adjacency: { offsets: number[]; indices: number[] };
}

export function usStatesContiguity(file: unknown): Contiguity {
  const f = file as Partial<UsStatesFile>;
  if (!Array.isArray(f.states) || !Array.isArray(f.adjacency?.offsets) || !Array.isArray(f.adjacency?.indices)) {
    throw new Error('us-states file: expected `states` and `adjacency` with `offsets` and `indices`');
  }
  const { offsets, indices } = f.adjacency;
  if (offsets.length !== f.states.length + 1) throw new Error(`us-states file: adjacency.offsets has ${offsets.length} entries, expected ${f.states.length + 1}`);
  const ours = new Map(US_STATES.map((s, i) => [s.usps, i]));
  const index = f.states.map((s, k) => {
    const i = ours.get(s.usps);
    if (i === undefined) throw new Error(`us-states file: states[${k}].usps ${JSON.stringify(s.usps)} is not one of the 50 states`);
    return i;
  });
  if (new Set(index).size !== US_STATES.length) throw new Error(`us-states file: expected each of the 50 states once, found ${new Set(index).size}`);
  const neighbours: number[][] = US_STATES.map(() => []);
  for (let k = 0; k < f.states.length; k++) {
    for (let j = offsets[k]; j < offsets[k + 1]; j++) neighbours[index[k]].push(index[indices[j]]);
  }
  for (let i = 0; i < neighbours.length; i++) {
    for (const j of neighbours[i]) {
      if (j === i || !neighbours[j].includes(i)) throw new Error(`us-states file: ${US_STATES[i].usps}–${US_STATES[j].usps} is not a symmetric pair of two states`);
    }
    neighbours[i].sort((a, b) => a - b);
  }
  return neighbours;
}
