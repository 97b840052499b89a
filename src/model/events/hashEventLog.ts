/**
 * A 64-bit digest (16 hex digits) of an event log's entries: two independent 32-bit FNV-1a lanes
 * over every field of every entry. Used to compare runs byte for byte (determinism tests, CLI ≡
 * library checks, every sweep run's record) without holding two logs.
 *
 * Each field is fed as its 4 little-endian bytes (from, to and channel packed into one word). The
 * lanes are kept in locals and fed by a module-level function rather than a closure over them: a
 * closure made per call kept the lanes in a heap context and was a new call target on every call
 * (a deoptimisation per run in long sweeps); the digest is the same.
 */
import type { EventLog, LogEntry } from './eventLog.ts';

const PRIME_A = 0x01000193;
const PRIME_B = 0x0100019d;

/** FNV-1a step over the 4 bytes of x, low byte first. */
function mix(h: number, x: number, prime: number): number {
  h = Math.imul(h ^ (x & 0xff), prime);
  h = Math.imul(h ^ ((x >>> 8) & 0xff), prime);
  h = Math.imul(h ^ ((x >>> 16) & 0xff), prime);
  return Math.imul(h ^ (x >>> 24), prime);
}

export function hashEventLog(log: EventLog): string {
  const a = feedLanes(log);
  return (a >>> 0).toString(16).padStart(8, '0') + (laneB >>> 0).toString(16).padStart(8, '0');
}

/** Lane B of the last `feedLanes` call (a module variable: storing it needs no type feedback). */
let laneB = 0;

/**
 * Both lanes over the whole log; returns lane A, leaves lane B in `laneB`. Kept apart from the hex
 * formatting: V8 compiles this loop while the first call is still in it, and code after the loop
 * that had not run yet made that compiled loop bail out at its end, call after call.
 */
function feedLanes(log: EventLog): number {
  let a = 0x811c9dc5 | 0;
  let b = (0x01000193 ^ 0x5bd1e995) | 0;
  const e: LogEntry = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  const n = log.length;
  for (let j = 0; j < n; j++) {
    log.get(j, e);
    const packed = e.from | (e.to << 8) | (e.channel << 16);
    a = mix(mix(mix(mix(mix(a, e.tick, PRIME_A), e.locality, PRIME_A), e.innovation, PRIME_A), packed, PRIME_A), e.source, PRIME_A);
    b = mix(mix(mix(mix(mix(b, e.tick, PRIME_B), e.locality, PRIME_B), e.innovation, PRIME_B), packed, PRIME_B), e.source, PRIME_B);
  }
  laneB = b;
  return a;
}
