/**
 * Forum ties, the `forumTies` lever (docs/model.md §6: random long-range learning ties per locality —
 * forums, on-site meetings). Each locality draws `perLocality` partners uniformly among all other
 * localities from the `ties` stream; ties are undirected (learning goes both ways), duplicates are
 * dropped, and so are ties into a province paired with the locality's own (those localities are
 * already tied through pairing). Returned as a symmetric CSR graph, each locality's ties in the
 * order they were drawn.
 *
 * Speed (worlds of 640,000 localities): the draws come from the stream's state advanced inline
 * (rng/aleaState.ts: the same numbers as the `ties` stream), the accepted ties go to typed arrays,
 * and duplicates are found with an open-addressing table of (a, b) pairs instead of a Set of
 * a·n + b (numbers beyond the small-integer range, boxed in a Set).
 */
import { ALEA_2_32, ALEA_A, aleaState } from '../rng/aleaState.ts';
import type { ProvincePairs } from './pairing.ts';

export interface TieGraph {
  offsets: Int32Array;
  indices: Int32Array;
}

export function forumTies(n: number, perLocality: number, province: Int32Array, pairs: ProvincePairs, seed: number): TieGraph {
  const offsets = new Int32Array(n + 1);
  if (perLocality <= 0 || n < 2) return { offsets, indices: new Int32Array(0) };
  const A = ALEA_A; // local copies: imported bindings may compile to getters
  const T32 = ALEA_2_32;
  const st = aleaState(seed, 'ties');
  let s0 = st[0];
  let s1 = st[1];
  let s2 = st[2];
  let c = st[3];
  const { offsets: pairOff, partners } = pairs;
  const anyPairs = partners.length > 0;
  const draws = n * perLocality;
  const from = new Int32Array(draws);
  const to = new Int32Array(draws);
  // open addressing over accepted ties: slot holds e + 1 (0 = empty), keyed by (a, b)
  let bits = 4;
  while (1 << bits < 2 * draws) bits++;
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(mask + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < perLocality; t++) {
      const x = A * s0 + c * T32;
      s0 = s1;
      s1 = s2;
      c = x | 0;
      s2 = x - c;
      let j = Math.floor(s2 * (n - 1));
      if (j >= i) j++;
      const a = i < j ? i : j;
      const b = i < j ? j : i;
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - bits);
      let dup = false;
      for (let e = slots[h]; e !== 0; e = slots[(h = (h + 1) & mask)]) {
        if (from[e - 1] === a && to[e - 1] === b) {
          dup = true;
          break;
        }
      }
      if (dup) continue;
      if (anyPairs) {
        const pa = province[a];
        const pb = province[b];
        let paired = false;
        for (let e = pairOff[pa]; e < pairOff[pa + 1]; e++) if (partners[e] === pb) paired = true;
        if (paired) continue;
      }
      from[m] = a;
      to[m] = b;
      slots[h] = ++m;
    }
  }
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    degree[from[e]]++;
    degree[to[e]]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const indices = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    indices[fill[from[e]]++] = to[e];
    indices[fill[to[e]]++] = from[e];
  }
  return { offsets, indices };
}
