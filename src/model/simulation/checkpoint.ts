/**
 * Checkpoints of the full dynamic state (DESIGN.md §2.7: one per simulated year, for scrubbing).
 * Kept small because a run keeps one per year and the browser keeps them all:
 *   - STORED_ARRAYS are copied into one ArrayBuffer per checkpoint (one allocation, not thirty);
 *   - SHARED_ARRAYS (endorsement, mandate, reward) change only at scripted events and endorsements,
 *     so a checkpoint reuses the previous copy while the kernel's `fieldVersion` has not moved
 *     (checkpoints are never written to, so sharing is safe);
 *   - DERIVED_ARRAYS (visible and demonstration neighbour counts, positions in the visible list)
 *     are recounted from the stages and flags on restore.
 * The stream states go beside the arrays. Within one run the state at a given version is unique
 * (the run is deterministic), so sharing by version is exact.
 */
import type { Kernel } from './kernel.ts';
import { DERIVED_ARRAYS, SHARED_ARRAYS, STORED_ARRAYS } from './kernel.ts';
import type { Checkpoint } from './types.ts';
import * as stages from './stages.ts';

const FLAG_DEMO = stages.FLAG_DEMO;

type Typed = Int32Array | Uint8Array | Float32Array | Float64Array;

/** Copies the stored arrays into one buffer (each view 8-byte aligned). */
export function copyStored(m: Kernel): Record<string, Typed> {
  let bytes = 0;
  for (const key of STORED_ARRAYS) bytes += (m[key].byteLength + 7) & ~7;
  const buffer = new ArrayBuffer(bytes);
  const out: Record<string, Typed> = {};
  let at = 0;
  for (const key of STORED_ARRAYS) {
    const src = m[key];
    const Ctor = src.constructor as { new (b: ArrayBuffer, o: number, n: number): Typed };
    const view = new Ctor(buffer, at, src.length);
    view.set(src);
    out[key] = view;
    at += (src.byteLength + 7) & ~7;
  }
  return out;
}

/** Shared arrays at the kernel's field version: the given copies if still current, else new ones. */
export function copyShared(m: Kernel, last: { version: number; arrays: Record<string, Typed> } | null): { version: number; arrays: Record<string, Typed> } {
  if (last && last.version === m.fieldVersion) return last;
  const arrays: Record<string, Typed> = {};
  for (const key of SHARED_ARRAYS) arrays[key] = m[key].slice();
  return { version: m.fieldVersion, arrays };
}

/** A checkpoint's shared arrays with their version (to share them again after restoring it). */
export function sharedOf(c: Checkpoint): { version: number; arrays: Record<string, Typed> } {
  const arrays: Record<string, Typed> = {};
  for (const key of SHARED_ARRAYS) arrays[key] = c.arrays[key];
  return { version: c.fieldVersion, arrays };
}

/** Writes a checkpoint's arrays back and recounts the derived ones. */
export function restoreArrays(m: Kernel, c: Checkpoint): void {
  for (const key of [...STORED_ARRAYS, ...SHARED_ARRAYS]) (m[key] as { set(a: ArrayLike<number>): void }).set(c.arrays[key]);
  m.fieldVersion = c.fieldVersion;
  recountDerived(m);
}

/** The neighbour and tie counts `nb` and visPos from the stages, flags and visible lists. */
export function recountDerived(m: Kernel): void {
  const { N, K, stage, flags, adjOff, adjIdx, tieOff, tieIdx, nb, visPos, visList, visCount } = m;
  for (const key of DERIVED_ARRAYS) m[key].fill(key === 'visPos' ? -1 : 0);
  for (let k = 0; k < K; k++) {
    const base = k * N;
    for (let j = 0; j < N; j++) {
      const s = stage[base + j];
      if (s >= 1 && s <= 4) {
        for (let e = adjOff[j]; e < adjOff[j + 1]; e++) nb[4 * (base + adjIdx[e])]++; // NB_VIS
        for (let e = tieOff[j]; e < tieOff[j + 1]; e++) nb[4 * (base + tieIdx[e]) + 1]++; // NB_FORUM
      }
      if ((flags[base + j] & FLAG_DEMO) !== 0) for (let e = adjOff[j]; e < adjOff[j + 1]; e++) nb[4 * (base + adjIdx[e]) + 2]++; // NB_DEMO
    }
    for (let p = 0; p < visCount[k]; p++) visPos[base + visList[base + p]] = p;
  }
}
