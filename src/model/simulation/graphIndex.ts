/**
 * The world's graph index: the neighbour graph and the province membership as the kernel reads
 * them. A function of the world alone (not of the scenario, levers or seed), so it is built once per
 * world and shared, read-only, by every run on it (graphIndexOf caches it: a sweep's runs on one
 * world build it once).
 */
import type { World } from '../world.ts';

export interface GraphIndex {
  /** localities */
  readonly N: number;
  /** provinces */
  readonly P: number;
  readonly province: Int32Array;
  readonly region: Uint8Array;
  readonly urbanType: Uint8Array;
  /** region | urban type << 4 per locality: a stage change reads both from one byte (one line, not two) */
  readonly regionUrban: Uint8Array;
  /** CSR neighbour graph (all zeros / empty in a mixed world) */
  readonly adjOff: Int32Array;
  readonly adjIdx: Int32Array;
  /** 1/degree per locality (0 without neighbours: a share over an empty set is 0) */
  readonly invDeg: Float64Array;
  /** CSR of each province's localities (ascending) */
  readonly provOff: Int32Array;
  readonly provMembers: Int32Array;
  readonly provSize: Int32Array;
  /** i's position among its province's members (provMembers order), and each province's first word in
   * a per-innovation bitset over positions (provWords words per innovation; provinceChannel.ts) */
  readonly provPos: Int32Array;
  readonly provWordOff: Int32Array;
  readonly provWords: number;
  /** 1/(province size − 1) per locality: the rest of i's province (0 for a one-locality province) */
  readonly invProvRest: Float64Array;
}

const cache = new WeakMap<World, GraphIndex>();

/** The graph index of `world`, built on first use and kept while the world is alive. */
export function graphIndexOf(world: World): GraphIndex {
  let g = cache.get(world);
  if (!g) {
    g = buildGraphIndex(world);
    cache.set(world, g);
  }
  return g;
}

export function buildGraphIndex(world: World): GraphIndex {
  const N = world.n;
  const P = world.provinces.length;
  const province = world.province;
  const adjOff = world.adjOffsets ?? new Int32Array(N + 1);
  const adjIdx = world.adjIndices ?? new Int32Array(0);
  const invDeg = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const d = adjOff[i + 1] - adjOff[i];
    invDeg[i] = d > 0 ? 1 / d : 0;
  }
  const provSize = new Int32Array(P);
  for (let i = 0; i < N; i++) provSize[province[i]]++;
  const provOff = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) provOff[p + 1] = provOff[p] + provSize[p];
  const provMembers = new Int32Array(N);
  const fill = provOff.slice(0, P);
  for (let i = 0; i < N; i++) provMembers[fill[province[i]]++] = i;
  const provPos = new Int32Array(N);
  for (let p = 0; p < P; p++) for (let e = provOff[p]; e < provOff[p + 1]; e++) provPos[provMembers[e]] = e - provOff[p];
  const provWordOff = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) provWordOff[p + 1] = provWordOff[p] + ((provSize[p] + 31) >>> 5);
  const invProvRest = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const rest = provSize[province[i]] - 1;
    invProvRest[i] = rest > 0 ? 1 / rest : 0;
  }
  return {
    N,
    P,
    province,
    region: world.region,
    urbanType: world.urbanType,
    regionUrban: Uint8Array.from(world.region, (r, i) => r | (world.urbanType[i] << 4)),
    adjOff,
    adjIdx,
    invDeg,
    provOff,
    provMembers,
    provSize,
    provPos,
    provWordOff,
    provWords: provWordOff[P],
    invProvRest,
  };
}
