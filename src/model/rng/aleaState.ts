/**
 * The `alea` generator with its state in a Float64Array [s0, s1, s2, c], so the hot loop of the kernel
 * can keep the state in local variables (inlined `next`) instead of calling a closure per draw. The
 * state is seeded by seedrandom's own `alea` (seedFor), and `next` is the same recurrence as
 * seedrandom/lib/alea.js — the sequence is identical to seedrandom's (tested in test/model/rng).
 */
import type { RngState } from './stream.ts';
import { createStream } from './stream.ts';
import { cos, log } from '../math/index.ts';

/** Multiplier and 2^-32 of Baagøe's alea. */
export const ALEA_A = 2091639;
export const ALEA_2_32 = 2.3283064365386963e-10;

export function aleaState(seed: number | string, name: string, state?: RngState): Float64Array {
  const s = state ?? createStream(seed, name).state();
  return Float64Array.of(s.s0, s.s1, s.s2, s.c);
}

export function aleaToRngState(a: Float64Array): RngState {
  return { s0: a[0], s1: a[1], s2: a[2], c: a[3] };
}

/** One draw from the state in `a` (updates it): uniform on [0, 1). */
export function aleaNext(a: Float64Array): number {
  const t = ALEA_A * a[0] + a[3] * ALEA_2_32;
  a[0] = a[1];
  a[1] = a[2];
  const c = t | 0;
  a[3] = c;
  return (a[2] = t - c);
}

/** A standard normal deviate from the state in `a`: the same number as `normal` (stream.ts) on the stream. */
export function aleaNormal(a: Float64Array): number {
  const u = 1 - aleaNext(a); // (0, 1]: log is finite
  const v = aleaNext(a);
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
}
