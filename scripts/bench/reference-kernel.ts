/**
 * The reference kernel of `npm run bench` (docs/implementation-notes.md, "Benchmarks"): plain discrete-time Bass
 * diffusion on the same graph as the full model, with the same generator (seedrandom `alea`), written
 * to be as fast as JavaScript allows, so that "full-model time ÷ reference time" measures what the
 * model's extra mechanisms cost.
 *
 * Per tick and innovation, every locality not yet adopted adopts with probability
 * 1 − exp(−(p + q·a)·dt), a = share of its map neighbours adopted at the start of the tick (global
 * share V in a mixed world, which has no neighbour list). Updates are synchronous like the model's:
 * new adopters are collected and neighbour counts updated after the sweep. Speed comes from
 *   - neighbour adopter counts kept incrementally (never recounted),
 *   - a probability table indexed by (degree, adopted neighbours), so no exp() in the hot loop,
 *   - struct-of-arrays typed arrays, no allocation inside tick.
 * Its expm1 is the model's engine-independent one (src/model/math), so the ratio compares like with like.
 */
import seedrandom from 'seedrandom';
import { expm1 } from '../../src/model/math/index.ts';

export interface ReferenceGraph {
  n: number;
  /** CSR offsets and indices, or null for a fully mixed world */
  adjOffsets: Int32Array | null;
  adjIndices: Int32Array | null;
}

export interface ReferenceOptions {
  /** per year */
  p: number;
  q: number;
  /** years per tick */
  dt: number;
  /** independent innovations (layers) */
  innovations: number;
  seed: number;
}

export interface ReferenceKernel {
  tick(n?: number): void;
  /** number of adopters of innovation k */
  adopted(k: number): number;
  readonly ticks: number;
}

export function createReferenceKernel(graph: ReferenceGraph, options: ReferenceOptions): ReferenceKernel {
  const { n, adjOffsets, adjIndices } = graph;
  const { p, q, dt, innovations: K } = options;
  const random = seedrandom.alea(`${options.seed}:reference`);
  const adopted = new Uint8Array(n * K);
  const adopters = new Int32Array(K);
  const newcomers = new Int32Array(n);

  // Graph case: prob[tableStart[i] + c] = 1 − exp(−(p + q·c/deg_i)·dt), c adopted neighbours.
  // Mixed case: one probability per tick from the global share.
  let tableStart: Int32Array | null = null;
  let table: Float64Array | null = null;
  let neighbourAdopters: Int32Array | null = null;
  if (adjOffsets && adjIndices) {
    tableStart = new Int32Array(n);
    table = new Float64Array(adjIndices.length + n);
    for (let i = 0; i < n; i++) {
      const start = adjOffsets[i] + i;
      const deg = adjOffsets[i + 1] - adjOffsets[i];
      tableStart[i] = start;
      for (let c = 0; c <= deg; c++) table[start + c] = -expm1(-(p + (deg ? (q * c) / deg : 0)) * dt);
    }
    neighbourAdopters = new Int32Array(n * K);
  }

  let ticks = 0;

  function stepGraph(k: number): void {
    const base = k * n;
    const counts = neighbourAdopters!;
    const start = tableStart!;
    const prob = table!;
    let fresh = 0;
    for (let i = 0; i < n; i++) {
      if (adopted[base + i] === 0 && random() < prob[start[i] + counts[base + i]]) newcomers[fresh++] = i;
    }
    const offsets = adjOffsets!;
    const indices = adjIndices!;
    for (let j = 0; j < fresh; j++) {
      const i = newcomers[j];
      adopted[base + i] = 1;
      for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) counts[base + indices[e]]++;
    }
    adopters[k] += fresh;
  }

  function stepMixed(k: number): void {
    const base = k * n;
    const prob = -expm1(-(p + (q * adopters[k]) / n) * dt);
    let fresh = 0;
    for (let i = 0; i < n; i++) {
      if (adopted[base + i] === 0 && random() < prob) newcomers[fresh++] = i;
    }
    for (let j = 0; j < fresh; j++) adopted[base + newcomers[j]] = 1;
    adopters[k] += fresh;
  }

  const step = adjOffsets ? stepGraph : stepMixed;
  return {
    tick(count = 1) {
      for (let t = 0; t < count; t++) {
        for (let k = 0; k < K; k++) step(k);
        ticks++;
      }
    },
    adopted: (k) => adopters[k],
    get ticks() {
      return ticks;
    },
  };
}
