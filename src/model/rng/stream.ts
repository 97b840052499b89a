/**
 * Named random streams (docs/implementation-notes.md, "Contracts": randomness is injected, never a global). Every stream is a seedrandom `alea`
 * generator seeded with the string `${seed}:${name}`, so streams of one run are independent of each
 * other and of how often the others are used, and a run is a function of (scenario, seed) only.
 * The global JavaScript generator is never used in the model: every draw comes from a named stream.
 */
import seedrandom from 'seedrandom';
import { cos, log } from '../math/index.ts';

/** The internal state of an `alea` generator (four numbers): what a checkpoint stores. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** A uniform generator on [0, 1) whose state can be read for checkpoints. */
export interface Stream {
  (): number;
  state(): RngState;
}

/**
 * The streams the kernel uses, one per purpose (docs/implementation-notes.md "Kernel"):
 * - `transitions`: "whether" and "which" draws of the competing-risks transitions;
 * - `channels`: the learning channel of a 0 → 1 adoption and its source locality;
 * - `show`: the show flag drawn at adoption;
 * - `turnover`: leader turnover times;
 * - `ties`: forum ties (built once);
 * - `thresholds`: per-locality adoption thresholds θ_i (drawn once, with the threshold peer shape);
 * - `schedules`: the first candidate gap of a fresh schedule at a stage change, and redrawn
 *   re-adoption waits;
 * - `eligibility`: which cells an innovation of potential m_k < 1 fits (drawn once);
 * - `endorsement`: the exemplar rule's lagged endorsements.
 * (Latent innovativeness z_L belongs to the world: it is drawn from `${attributeSeed}:latent`.)
 */
export const STREAM_NAMES = ['transitions', 'channels', 'show', 'turnover', 'ties', 'thresholds', 'schedules', 'eligibility', 'endorsement'] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

/** The stream `name` of the run seeded with `seed`, optionally resumed from a saved state. */
export function createStream(seed: number | string, name: string, state?: RngState): Stream {
  return seedrandom.alea(`${seed}:${name}`, { state: state ? { ...state } : true }) as Stream;
}

/** A standard normal deviate from two uniforms of `random` (Box–Muller, cosine branch). */
export function normal(random: () => number): number {
  const u = 1 - random(); // (0, 1]: log is finite
  const v = random();
  return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
}
