/** `idlab run` on the us-states world: the event log names states by their USPS codes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/geo/csv.ts';
import { parseUsStates } from '../../src/geo/index.ts';
import { buildCli, FIXTURES, idlab, ROOT, tempDir } from './helpers.ts';

beforeAll(buildCli, 120_000);

describe('idlab run with world.kind "us-states"', () => {
  it('writes an event log whose localities and sources are USPS state codes, California first', () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = idlab(['run', join(FIXTURES, 'us-states.json'), '--seed', '1', '--events', join(dir, 'events.csv')]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('us-states world, 50 localities');
      const [header, ...rows] = parseCsv(readFileSync(join(dir, 'events.csv'), 'utf8')).map((x) => x.fields);
      const locality = header.indexOf('locality');
      const source = header.indexOf('source');
      const states = new Set(parseUsStates(readFileSync(join(ROOT, 'public/data/us-states.json'), 'utf8')).states.map((s) => s.usps));
      expect(states.size).toBe(50);
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        expect(states.has(row[locality]), row[locality]).toBe(true);
        if (row[source] !== '') expect(states.has(row[source]), row[source]).toBe(true);
      }
      expect(rows[0][locality]).toBe('CA');
      expect(new Set(rows.map((row) => row[locality])).size).toBeGreaterThan(10);
    } finally {
      cleanup();
    }
  });

  it('refuses an origin given as a FIPS code, naming the field and the world', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'fips.json');
      const scenario = JSON.parse(readFileSync(join(FIXTURES, 'us-states.json'), 'utf8'));
      scenario.innovations[0].origins = ['06'];
      writeFileSync(file, JSON.stringify(scenario));
      const r = idlab(['run', file, '--seed', '1']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toBe('idlab run: invalid innovations[0].origins[0]: "06" (no locality with this code)\n');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      cleanup();
    }
  });
});
