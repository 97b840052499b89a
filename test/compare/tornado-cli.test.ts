/**
 * `idlab tornado` (in this process, through main()): the JSON document, the same CSV bytes for 1 and
 * 2 worker threads and for the same seed, the printed ranked table, and one-line errors for a bad
 * KPI or innovation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVER_DEFS } from '../../src/model/params/index.ts';
import { idlab, tempDir, writeJson } from '../sweep/helpers.ts';
import { LATTICE } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let scenario: string;
beforeAll(() => {
  tmp = tempDir();
  scenario = writeJson(join(tmp.dir, 'lattice.json'), { ...LATTICE, levers: { acc: 2 } });
});
afterAll(() => tmp.cleanup());

describe('idlab tornado', () => {
  it('writes the JSON document: every lever once, ranked by swing, with its ends and paired differences', async () => {
    const out = join(tmp.dir, 't.json');
    const r = await idlab(['tornado', scenario, '--kpi', 'activeShare', '--pairs', '4', '--seed', '3', '--workers', '1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^idlab tornado: \d+ runs \(\d+ variants of 11 levers and the scenario, 4 pairs each\) in [\d.]+ s on 1 worker\n$/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(doc)).toEqual(['version', 'scenario', 'seed', 'seedRule', 'pairSeeds', 'pairs', 'kpi', 'better', 'innovation', 'current', 'levers']);
    expect([doc.kpi, doc.better, doc.innovation, doc.pairs, doc.pairSeeds.length]).toEqual(['activeShare', 'higher', 'alpha', 4, 4]);
    expect(doc.levers.map((l: { key: string }) => l.key).sort()).toEqual(LEVER_DEFS.map((d) => d.key).sort());
    expect(doc.levers.map((l: { rank: number }) => l.rank)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    const swings = doc.levers.map((l: { swing: number }) => l.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const acc = doc.levers.find((l: { key: string }) => l.key === 'acc');
    expect([acc.current, acc.low, acc.high]).toEqual([2, 0, 3]);
    expect(Object.keys(acc.lowDifference)).toEqual(['median', 'p10', 'p90']);
    expect(acc.label.en).toBe('Pressure of assessment and accountability');
  });

  it('gives the same CSV bytes on 1 and 2 workers and for the same seed, other pairs for another seed, and prints the ranked table', async () => {
    const run = async (name: string, ...flags: string[]) => {
      const out = join(tmp.dir, name);
      expect((await idlab(['tornado', scenario, '--pairs', '4', ...flags, '--out', out])).code).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const one = await run('one.csv', '--workers', '1');
    expect(await run('two.csv', '--workers', '2')).toBe(one);
    expect(one.split('\n')[0]).toMatch(/^rank,lever,label_en,label_zh,current,low,high,low_median/);
    expect(one.trimEnd().split('\n')).toHaveLength(12);
    expect(await run('other.csv', '--workers', '1', '--seed', '9')).not.toBe(one);
    const printed = await idlab(['tornado', scenario, '--pairs', '4', '--workers', '1']);
    expect(printed.stdout).toMatch(/^which lever matters most for years to 50 % ever adopted \(lower is better\) of alpha/);
    expect(printed.stdout).toContain('Pressure of assessment and accountability');
    expect(printed.stdout.trimEnd().split('\n')).toHaveLength(3 + 1 + 11);
  }, 60_000);

  it('refuses an unknown KPI or innovation in one line naming what is allowed', async () => {
    const kpi = await idlab(['tornado', scenario, '--kpi', 'speed']);
    expect(kpi.code).not.toBe(0);
    expect(kpi.stderr.trim()).toMatch(/^idlab tornado: invalid --kpi: 'speed' \(allowed: timeTo50, everShare, .*eastWestGap\)$/);
    const inn = await idlab(['tornado', scenario, '--innovation', 'beta', '--pairs', '1']);
    expect(inn.code).not.toBe(0);
    expect(inn.stderr.trim()).toMatch(/invalid --innovation: 'beta' \(the scenario's innovations: alpha\)$/);
  });
});
