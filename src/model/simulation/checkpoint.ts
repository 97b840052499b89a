/**
 * Checkpoints of the full dynamic state (docs/implementation-notes.md, "Checkpoints": one per simulated year, for scrubbing).
 * Kept small because a run keeps one per year and the browser keeps them all:
 *   - STORED_ARRAYS are copied into one ArrayBuffer per checkpoint (one allocation, not thirty);
 *   - SHARED_ARRAYS (endorsement, mandate, suspension, reward) change only at scripted events and endorsements,
 *     so a checkpoint reuses the previous copy while the kernel's `fieldVersion` has not moved
 *     (checkpoints are never written to, so sharing is safe);
 *   - DERIVED_ARRAYS (visible and demonstration neighbour counts, province bitsets, positions in
 *     the visible list) are recounted from the stages and flags on restore;
 *   - the visible lists are kept only up to their lengths, and first adoption ticks not at all: they
 *     are read back from the event log (truncated to the checkpoint) on restore.
 * The stream states go beside the arrays. Within one run the state at a given version is unique
 * (the run is deterministic), so sharing by version is exact.
 */
import type { Kernel } from './kernel.ts';
import { DERIVED_ARRAYS, SHARED_ARRAYS, STORED_ARRAYS, emWord } from './kernel.ts';
import * as layout from './kernel.ts';
import type { Checkpoint } from './types.ts';
import { setProgressionBase } from './thinning.ts';
import type { EventLog } from '../events/eventLog.ts';
import * as stages from './stages.ts';

const FLAG_DEMO = stages.FLAG_DEMO;
/** ages of leader changes (ticks) at or above this are kept as "long ago" (when the window is shorter) */
const AGE_CAP = 0xffff;
const NO_CHANGE = layout.NO_LEADER_CHANGE;
const NB = layout.NB_STRIDE;
const NB_VIS = layout.NB_VIS;
const NB_FORUM = layout.NB_FORUM;
const NB_DEMO = layout.NB_DEMO;
const NB_XMAX = layout.NB_XMAX;
const NB_EM = layout.NB_EM;
const NB_LAST = layout.NB_LAST;
const NB_LOAD = layout.NB_LOAD;
const NB_DUE = layout.NB_DUE;
const Q = layout.CELL_STRIDE;
const Q_REF = layout.Q_REF;
const Q_TICK = layout.Q_TICK;
const CELL_REWARD = layout.CELL_REWARD;

type Typed = Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;

/** Entries of `key` a checkpoint keeps: all, except the live part of the visible lists. */
function storedLength(m: Kernel, key: (typeof STORED_ARRAYS)[number]): number {
  if (key !== 'visList') return m[key].length;
  let n = 0;
  for (let k = 0; k < m.K; k++) n += m.visCount[k];
  return n;
}

/** Copies the stored arrays into one buffer (each view 8-byte aligned). */
export function copyStored(m: Kernel): Record<string, Typed> {
  const cells = m.N * m.K;
  const N = m.N;
  const short = m.turnWindow < AGE_CAP;
  // bounds from the cell records; per locality the next leader change and the age of the last one
  let bytes = 16 * cells + 4 * N + (short ? 2 : 4) * N + 8;
  for (const key of STORED_ARRAYS) bytes += (storedLength(m, key) * m[key].BYTES_PER_ELEMENT + 7) & ~7;
  const buffer = new ArrayBuffer(bytes);
  const out: Record<string, Typed> = {};
  let at = 0;
  for (const key of STORED_ARRAYS) {
    const src = m[key];
    const n = storedLength(m, key);
    const Ctor = src.constructor as { new (b: ArrayBuffer, o: number, n: number): Typed };
    const view = new Ctor(buffer, at, n);
    if (key === 'visList') {
      // each innovation's list is the prefix of its N-entry segment
      for (let k = 0, w = 0; k < m.K; w += m.visCount[k], k++) view.set(src.subarray(k * m.N, k * m.N + m.visCount[k]), w);
    } else view.set(src);
    out[key] = view;
    at += (n * src.BYTES_PER_ELEMENT + 7) & ~7;
  }
  const xMax = new Float32Array(buffer, at, cells);
  const nbF = m.nbF;
  for (let idx = 0; idx < cells; idx++) xMax[idx] = nbF[NB * idx + NB_XMAX];
  out.xMax = xMax;
  at += 4 * cells;
  const due = new Int32Array(buffer, at, cells);
  const nb = m.nb;
  for (let idx = 0; idx < cells; idx++) due[idx] = nb[NB * idx + NB_DUE];
  out.due = due;
  at += 4 * cells;
  // quality anchors (qualityCells.ts): Q is a float32 value, its row an integer
  const qRef = new Float32Array(buffer, at, cells);
  at += 4 * cells;
  const qTick = new Int32Array(buffer, at, cells);
  at += 4 * cells;
  const cell = m.cell;
  for (let idx = 0; idx < cells; idx++) {
    qRef[idx] = cell[Q * idx + Q_REF];
    qTick[idx] = cell[Q * idx + Q_TICK];
  }
  out.qRef = qRef;
  out.qTick = qTick;
  const nextTurn = new Int32Array(buffer, at, N);
  at += 4 * N;
  const turnAge = short ? new Uint16Array(buffer, at, N) : new Int32Array(buffer, at, N);
  const { turnLoad, tick } = m;
  for (let i = 0; i < N; i++) {
    nextTurn[i] = turnLoad[3 * i + 2];
    // only tick − last < turnWindow is ever asked: older changes may be capped
    const age = tick - turnLoad[3 * i];
    turnAge[i] = short ? (age < AGE_CAP ? age : AGE_CAP) : turnLoad[3 * i];
  }
  out.nextTurn = nextTurn;
  out.turnAge = turnAge;
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

/**
 * Writes a checkpoint's arrays back and recounts the derived ones; `firstAdopt` from the event log,
 * already truncated to the checkpoint.
 */
export function restoreArrays(m: Kernel, c: Checkpoint, log: EventLog): void {
  for (const key of [...STORED_ARRAYS, ...SHARED_ARRAYS]) {
    if (key === 'visList') continue;
    (m[key] as { set(a: ArrayLike<number>): void }).set(c.arrays[key]);
  }
  const list = c.arrays.visList;
  for (let k = 0, w = 0; k < m.K; w += m.visCount[k], k++) m.visList.set(list.subarray(w, w + m.visCount[k]), k * m.N);
  m.fieldVersion = c.fieldVersion;
  firstAdoptionsFromLog(m, log);
  recountDerived(m);
  const xMax = c.arrays.xMax;
  const nbF = m.nbF;
  const { due, qRef, qTick } = c.arrays;
  for (let idx = 0, i = 0; idx < m.N * m.K; idx++, i = i + 1 === m.N ? 0 : i + 1) {
    setProgressionBase(m, i, idx, m.stage[idx]);
    nbF[NB * idx + NB_XMAX] = xMax[idx];
    m.nb[NB * idx + NB_DUE] = due[idx];
    m.cell[Q * idx + Q_REF] = qRef[idx];
    m.cell[Q * idx + CELL_REWARD] = m.reward[idx];
    m.cell[Q * idx + Q_TICK] = qTick[idx];
  }
  // leader turnover: next and last change from the checkpoint, load (innovations in stages 1–5) from the stages
  const { N, K, stage, turnLoad } = m;
  const nextTurn = c.arrays.nextTurn;
  const turnAge = c.arrays.turnAge;
  const short = turnAge instanceof Uint16Array;
  for (let i = 0; i < N; i++) {
    let load = 0;
    for (let k = 0; k < K; k++) {
      const s = stage[k * N + i];
      if (s >= 1 && s <= 5) load++;
    }
    const age = turnAge[i];
    turnLoad[3 * i] = short ? (age < AGE_CAP ? c.tick - age : NO_CHANGE) : age;
    turnLoad[3 * i + 1] = load;
    turnLoad[3 * i + 2] = nextTurn[i];
    for (let k = 0; k < K; k++) {
      const at = NB * (k * N + i);
      m.nb[at + NB_LAST] = turnLoad[3 * i];
      m.nb[at + NB_LOAD] = load;
    }
  }
}

/**
 * First adoption tick per cell: the first entry from stage 0 or 6 into stages 1–4 (where apply.ts sets
 * FLAG_EVER and `firstAdopt`), −1 if none.
 */
function firstAdoptionsFromLog(m: Kernel, log: EventLog): void {
  const { firstAdopt, N } = m;
  firstAdopt.fill(-1);
  const e = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  for (let j = 0; j < log.length; j++) {
    log.get(j, e);
    if ((e.from === 0 || e.from === 6) && e.to >= 1 && e.to <= 4) {
      const idx = e.innovation * N + e.locality;
      if (firstAdopt[idx] < 0) firstAdopt[idx] = e.tick;
    }
  }
}

/** The neighbour and tie counts `nb`, the province bitsets and visPos from the stages, flags and visible lists. */
export function recountDerived(m: Kernel): void {
  const { N, K, stage, flags, adjOff, adjIdx, tieOff, tieIdx, nb, visPos, visList, visCount } = m;
  const { province, provPos, provWordOff, provWords, provBits } = m;
  for (const key of DERIVED_ARRAYS) if (key !== 'nb') m[key].fill(key === 'visPos' ? -1 : 0);
  // the counts and the endorsement/mandate/suspension copy of each cell record (its schedule is stored;
  // ineligibility is static)
  const { endorse, mandate, suspend, ineligible } = m;
  const anyIneligible = ineligible.length > 0;
  for (let idx = 0; idx < N * K; idx++) {
    nb[NB * idx + NB_VIS] = 0;
    nb[NB * idx + NB_FORUM] = 0;
    nb[NB * idx + NB_DEMO] = 0;
    nb[NB * idx + NB_EM] = emWord(endorse[idx], mandate[idx], suspend[idx] > 0, anyIneligible && ineligible[idx] === 1, province[idx % N]);
  }
  for (let k = 0; k < K; k++) {
    const base = k * N;
    for (let j = 0; j < N; j++) {
      const s = stage[base + j];
      if (s >= 1 && s <= 4) {
        for (let e = adjOff[j]; e < adjOff[j + 1]; e++) nb[NB * (base + adjIdx[e]) + NB_VIS]++;
        for (let e = tieOff[j]; e < tieOff[j + 1]; e++) nb[NB * (base + tieIdx[e]) + NB_FORUM]++;
        const pos = provPos[j];
        provBits[k * provWords + provWordOff[province[j]] + (pos >>> 5)] |= 1 << (pos & 31);
      }
      if ((flags[base + j] & FLAG_DEMO) !== 0) for (let e = adjOff[j]; e < adjOff[j + 1]; e++) nb[NB * (base + adjIdx[e]) + NB_DEMO]++;
    }
    for (let p = 0; p < visCount[k]; p++) visPos[base + visList[base + p]] = p;
  }
}
