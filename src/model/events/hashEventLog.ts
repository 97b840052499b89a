/**
 * A 64-bit digest (16 hex digits) of an event log's entries: two independent 32-bit FNV-1a lanes
 * over every field of every entry. Used to compare runs byte for byte (determinism tests, CLI ≡
 * library checks) without holding two logs.
 */
import type { EventLog } from './eventLog.ts';

export function hashEventLog(log: EventLog): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (x: number): void => {
    for (let s = 0; s < 32; s += 8) {
      const byte = (x >>> s) & 0xff;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x0100019d);
    }
  };
  const e = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  for (let j = 0; j < log.length; j++) {
    log.get(j, e);
    mix(e.tick);
    mix(e.locality);
    mix(e.innovation);
    mix(e.from | (e.to << 8) | (e.channel << 16));
    mix(e.source);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
