/**
 * The event-log digest is stored in every sweep result file and compared by `idlab sweep verify`,
 * so its value — not only its equality between equal logs — must not change: pinned digests.
 */
import { describe, expect, it } from 'vitest';
import { EventLog, hashEventLog } from '../../../src/model/index.ts';

type Entry = [tick: number, locality: number, innovation: number, from: number, to: number, channel: number, source: number];

function logOf(entries: readonly Entry[]): EventLog {
  const log = new EventLog();
  for (const e of entries) log.append(...e);
  return log;
}

const ENTRIES: Entry[] = [
  [0, 5, 0, 0, 1, 2, -1],
  [3, 2827, 1, 1, 2, 0, 17],
  [359, 70000, 65535, 6, 5, 7, 2147483647],
];

describe('hashEventLog', () => {
  it('keeps its published digests (two FNV-1a lanes over the 4 bytes of each field)', () => {
    expect(hashEventLog(new EventLog())).toBe('811c9dc55ad1e806');
    expect(hashEventLog(logOf(ENTRIES))).toBe('b35210956bda13d2');
  });

  it('changes when any field of any entry changes', () => {
    const base = hashEventLog(logOf(ENTRIES));
    for (let row = 0; row < ENTRIES.length; row++) {
      for (let field = 0; field < 7; field++) {
        const changed = ENTRIES.map((e) => [...e] as Entry);
        changed[row][field] += 1;
        expect(hashEventLog(logOf(changed)), `row ${row} field ${field}`).not.toBe(base);
      }
    }
  });
});
