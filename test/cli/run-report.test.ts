/**
 * What `idlab run` tells the user besides the data: the east–west gap in percentage points (as the
 * app says), a note on a horizon far beyond the documented cases, and the expected size of a large
 * panel before the run starts.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, buildCli, idlab, tempDir } from './helpers.ts';
import { runOutlookNotes, sizeText } from '../../src/cli/run-outlook-notes.ts';
import type { RunOutlook } from '../../src/cli/execute-run.ts';

beforeAll(() => buildCli());
const SMALL = join(FIXTURES, 'small-lattice.json');

describe('the summary table', () => {
  it('gives the east–west gap, a difference of two shares, in percentage points', () => {
    const r = idlab(['run', SMALL]);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('east–west gap'));
    expect(line).toMatch(/^east–west gap \(active share, east − west\)\s+-?\d+\.\d pp\s+-?\d+\.\d pp$/);
    expect(r.stdout).toMatch(/^ever adopted\s+\d+\.\d %/m); // shares stay percentages
  });
});

describe('before a long run', () => {
  it('notes a horizon far beyond the documented cases', () => {
    const tmp = tempDir();
    try {
      const r = idlab(['run', SMALL, '--years', '150', '--out', join(tmp.dir, 'long.csv')]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('idlab run: note: --years 150 is far beyond the cases the model describes (the presets span at most 61 years)');
      expect(idlab(['run', SMALL, '--years', '60', '--out', join(tmp.dir, 'sixty.csv')]).stderr).toBe('');
    } finally {
      tmp.cleanup();
    }
  });

  it('announces a large panel with its size and rows, and stays silent about a small one', () => {
    const outlook = (innovations: number, localities: number, years: number): RunOutlook => ({
      scenario: { time: { years } } as RunOutlook['scenario'],
      localities,
      innovations,
      panelRows: innovations * localities * years,
    });
    // the national multi preset over 200 years: 398 MB of CSV measured
    expect(runOutlookNotes(outlook(4, 2828, 200), { path: 'p.csv', format: 'csv' }, true)).toEqual([
      "note: --years 200 is far beyond the cases the model describes (the presets span at most 61 years): read the later years as the mechanisms' long-run tendency, not as a forecast",
      '--panel p.csv will be about 407 MB (at most 2,262,400 rows: 4 innovations × 2,828 localities × 200 years), written when the run ends',
    ]);
    expect(runOutlookNotes(outlook(4, 2828, 200), { path: 'p.jsonl', format: 'jsonl' }, true)[1]).toMatch(/about 950 MB/);
    expect(runOutlookNotes(outlook(1, 2828, 61), { path: 'p.csv', format: 'csv' }, false)).toEqual([]); // 31 MB
    expect(sizeText(1.23e9)).toBe('1.2 GB');
  });
});
