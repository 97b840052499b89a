/**
 * A scenario with the show mechanism off (the Bass preset) has no show share: `idlab run` prints
 * "—", its JSON says null, and a sweep's merged CSV leaves the cell empty (JSONL: null) — never the
 * 50 % that logistic(γ0 = 0) would draw, nor 0 %. Through main(), in this process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir, writeJson } from '../sweep/helpers.ts';

let tmp: ReturnType<typeof tempDir>;
const at = (...parts: string[]) => join(tmp.dir, ...parts);
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

async function ok(args: string[]) {
  const r = await idlab(args);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

describe('show share with the show mechanism off', () => {
  it('idlab run bass: the summary prints "—" and the JSON output holds null', async () => {
    const text = await ok(['run', 'bass', '--years', '8']);
    const line = text.stdout.split('\n').find((l) => l.startsWith('show share of adopters'));
    expect(line?.trim().split(/\s{2,}/)).toEqual(['show share of adopters', '—']);
    await ok(['run', 'bass', '--years', '8', '--out', at('bass.json')]);
    const s = JSON.parse(readFileSync(at('bass.json'), 'utf8')).summary.innovations[0];
    expect(s.everAdoptedShare).toBeGreaterThan(0.5);
    expect(s.showShare).toBeNull();
  });

  it('a sweep over the Bass preset: the showShare cell is empty in CSV and null in JSONL', async () => {
    const sweep = writeJson(at('sweep.json'), {
      title: 'bass without show',
      scenario: { extends: 'bass', world: { kind: 'mixed', n: 500 }, time: { years: 8 } },
      factors: [{ path: 'params.q', values: [0.3, 0.5] }],
      design: { type: 'grid' },
      replicates: 1,
      seed: 3,
      outputs: { metrics: ['everAdoptedShare', 'showShare'] },
    });
    await ok(['sweep', 'plan', sweep, '--out', at('plan')]);
    await ok(['sweep', 'run', at('plan'), '--workers', '1']);
    await ok(['sweep', 'merge', at('plan'), '--out', at('merged.csv')]);
    await ok(['sweep', 'merge', at('plan'), '--out', at('merged.jsonl')]);
    const [header, ...rows] = readFileSync(at('merged.csv'), 'utf8').trimEnd().split('\n');
    const columns = header.split(',');
    const show = columns.indexOf('showShare');
    const ever = columns.indexOf('everAdoptedShare');
    expect(show).toBeGreaterThanOrEqual(0);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const cells = row.split(',');
      expect(Number(cells[ever])).toBeGreaterThan(0.3);
      expect(cells[show]).toBe('');
    }
    const records = readFileSync(at('merged.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.showShare)).toEqual([null, null]);
  });
});
