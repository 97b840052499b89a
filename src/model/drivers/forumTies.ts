/**
 * Forum ties, the `forumTies` lever (DESIGN.md §2.5: random long-range learning ties per locality —
 * forums, on-site meetings). Each locality draws `perLocality` partners uniformly among all other
 * localities from the `ties` stream; ties are undirected (learning goes both ways), duplicates are
 * dropped, and so are ties into a province paired with the locality's own (those localities are
 * already tied through pairing). Returned as a symmetric CSR graph.
 */
import { createStream } from '../rng/stream.ts';
import type { ProvincePairs } from './pairing.ts';

export interface TieGraph {
  offsets: Int32Array;
  indices: Int32Array;
}

export function forumTies(n: number, perLocality: number, province: Int32Array, pairs: ProvincePairs, seed: number): TieGraph {
  const offsets = new Int32Array(n + 1);
  if (perLocality <= 0 || n < 2) return { offsets, indices: new Int32Array(0) };
  const random = createStream(seed, 'ties');
  const paired = (a: number, b: number): boolean => {
    const pa = province[a];
    const pb = province[b];
    for (let e = pairs.offsets[pa]; e < pairs.offsets[pa + 1]; e++) if (pairs.partners[e] === pb) return true;
    return false;
  };
  const seen = new Set<number>();
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < perLocality; t++) {
      let j = Math.floor(random() * (n - 1));
      if (j >= i) j++;
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      const key = a * n + b;
      if (seen.has(key) || paired(a, b)) continue;
      seen.add(key);
      from.push(a);
      to.push(b);
    }
  }
  const degree = new Int32Array(n);
  for (let e = 0; e < from.length; e++) {
    degree[from[e]]++;
    degree[to[e]]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const indices = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < from.length; e++) {
    indices[fill[from[e]]++] = to[e];
    indices[fill[to[e]]++] = from[e];
  }
  return { offsets, indices };
}
