/** The event log's chunked storage. */
import { describe, expect, it } from 'vitest';
import { EventLog, hashEventLog } from '../../../src/model/index.ts';

describe('EventLog', () => {
  it('appends across chunk boundaries, reads back, slices into columns and truncates', () => {
    const log = new EventLog();
    const n = 70000; // more than one 65,536-entry chunk
    for (let j = 0; j < n; j++) log.append(j >> 4, j % 1000, j % 3, 0, 1, j % 10, j % 7 === 0 ? -1 : j);
    expect(log.length).toBe(n);
    expect(log.get(65537)).toEqual({ tick: 65537 >> 4, locality: 537, innovation: 65537 % 3, from: 0, to: 1, channel: 7, source: 65537 });
    const cols = log.columns(65530, 65540);
    expect(Array.from(cols.locality)).toEqual(Array.from({ length: 10 }, (_, j) => (65530 + j) % 1000));
    expect(log.indexOfTick(100)).toBe(1600);
    const h = hashEventLog(log);
    log.truncate(1600);
    expect(log.length).toBe(1600);
    expect(hashEventLog(log)).not.toBe(h);
    expect(() => log.get(1600)).toThrow(RangeError);
  });
});
