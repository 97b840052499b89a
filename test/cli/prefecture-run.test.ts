/** `idlab run` on the prefecture-level China world: the event log names prefecture-level units only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/geo/csv.ts';
import { prefectureUnitCode } from '../../src/geo/index.ts';
import { buildCli, idlab, ROOT, tempDir } from './helpers.ts';

beforeAll(buildCli, 120_000);

describe('idlab run with world.unit "prefecture"', () => {
  it('writes an event log whose localities and sources are prefecture-level units', () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = idlab(['run', 'chengdu', '--seed', '1', '--events', join(dir, 'events.csv')]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const [header, ...rows] = parseCsv(readFileSync(join(dir, 'events.csv'), 'utf8')).map((x) => x.fields);
      const locality = header.indexOf('locality');
      const source = header.indexOf('source');
      const counties = readFileSync(join(ROOT, 'public/data/china-units.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
      const units = new Set(counties.map(prefectureUnitCode));
      expect(units.size).toBe(366);
      expect(rows.length).toBeGreaterThan(100);
      for (const row of rows) {
        expect(units.has(row[locality]), row[locality]).toBe(true);
        if (row[source] !== '') expect(units.has(row[source]), row[source]).toBe(true);
      }
      // Chengdu's districts never appear on their own: the city adopts as one
      expect(rows.filter((row) => row[locality].startsWith('5101')).map((row) => row[locality])).toEqual(
        expect.arrayContaining(['510100']),
      );
      expect(rows.some((row) => row[locality] === '510104' || row[source] === '510104')).toBe(false);
      // tens of cities adopt (its potential is 0.2 of the 366 units), each as one unit
      expect(new Set(rows.map((row) => row[locality])).size).toBeGreaterThan(20);
    } finally {
      cleanup();
    }
  });
});
