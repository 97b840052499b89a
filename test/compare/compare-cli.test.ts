/**
 * `idlab compare` (in this process, through main()): the JSON document's shape, the tidy CSV, the
 * HTML report, the summary on stdout, the same bytes for any worker count, and one-line errors for bad flags and
 * arms that cannot be compared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idlab, tempDir, writeJson } from '../sweep/helpers.ts';
import { buildCli, idlab as bundledIdlab } from '../cli/helpers.ts';
import { LATTICE } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let base: string;
let lever: string;
beforeAll(() => {
  tmp = tempDir();
  base = writeJson(join(tmp.dir, 'base.json'), LATTICE);
  lever = writeJson(join(tmp.dir, 'lever.json'), { ...LATTICE, params: { p: 0.2 } });
});
afterAll(() => tmp.cleanup());

const KPIS = ['timeTo50', 'everShare', 'activeShare', 'persistence5', 'formalShare', 'showShare', 'eastWestGap'];
const SERIES = ['ever', 'active', 'formal', 'active_east', 'active_central', 'active_west', 'active_northeast'];

describe('idlab compare', () => {
  it('writes the JSON document: seeds, digests, per KPI and innovation the bands, shares better and direction, and the yearly bands', async () => {
    const out = join(tmp.dir, 'c.json');
    const r = await idlab(['compare', base, lever, '--pairs', '6', '--seed', '4', '--workers', '1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // p = 0.2 is outside its plausible range: one note, then the timing
    expect(r.stderr).toMatch(/^idlab compare: 1 note on the scenarios .*\nidlab compare: 12 runs \(6 pairs\) in [\d.]+ s on 1 worker\n$/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(doc)).toEqual(['version', 'baseline', 'scenario', 'seed', 'seedRule', 'pairSeeds', 'pairs', 'localities', 'innovations', 'representativePair', 'years', 'kpis', 'series']);
    expect(doc.baseline.source).toBe(base);
    expect(doc.baseline.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.scenario.digest).not.toBe(doc.baseline.digest);
    expect([doc.seed, doc.pairs, doc.pairSeeds.length, doc.localities]).toEqual([4, 6, 6, 400]);
    expect(doc.years).toEqual(Array.from({ length: 21 }, (_, y) => 2000 + y));
    expect(Object.keys(doc.kpis)).toEqual(KPIS);
    const t50 = doc.kpis.timeTo50.alpha;
    expect(Object.keys(t50)).toEqual(['better', 'baseline', 'scenario', 'difference', 'betterShare', 'tiedShare', 'pairs']);
    expect(t50.better).toBe('lower');
    expect(doc.kpis.eastWestGap.alpha.better).toBe('closer to 0');
    expect(doc.kpis.persistence5.alpha.better).toBe('higher');
    expect(t50.betterShare).toBe(1); // p 0.02 → 0.2: faster in every pair
    expect(t50.difference.p90).toBeLessThan(0);
    // the lattice has no north-east region: its series is undefined (null), never 0
    expect(doc.series.active_northeast.alpha.baseline.median.every((x: unknown) => x === null)).toBe(true);
    expect(doc.series.active_east.alpha.baseline.median.every((x: unknown) => typeof x === 'number')).toBe(true);
    expect(Object.keys(doc.series)).toEqual(SERIES);
    expect(doc.series.ever.alpha.difference.median).toHaveLength(21);
    expect(doc.representativePair.alpha).toBeGreaterThanOrEqual(0);
  });

  it('writes the tidy CSV, gives the same bytes on 1 and 2 workers, and prints the summary without --out', async () => {
    const one = join(tmp.dir, 'one.csv');
    const two = join(tmp.dir, 'two.csv');
    expect((await idlab(['compare', base, lever, '--pairs', '4', '--workers', '1', '--out', one])).code).toBe(0);
    expect((await idlab(['compare', base, lever, '--pairs', '4', '--workers', '2', '--out', two])).code).toBe(0);
    const text = readFileSync(one, 'utf8');
    expect(readFileSync(two, 'utf8')).toBe(text);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('kind,name,innovation,year,arm,statistic,value,pairs,seed,baseline_digest,scenario_digest,version');
    // per KPI: 3 arms × 3 statistics + betterShare, tiedShare, definedPairs; per series and year: 3 × 3
    expect(lines.length - 1).toBe(KPIS.length * 12 + SERIES.length * 21 * 9);
    expect(lines).toContain(lines.find((l) => l.startsWith('kpi,timeTo50,alpha,,difference,betterShare,1,4,1,')));
    expect(lines.some((l) => l.startsWith('series,ever,alpha,2005,difference,median,'))).toBe(true);

    const printed = await idlab(['compare', base, lever, '--pairs', '4', '--workers', '1']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/years to 50 % ever adopted \(lower is better\) .* better in 4 of 4 simulated worlds/);
    expect(printed.stdout).toMatch(/4 pairs with common seeds \(seed 1\), lattice world, 400 localities, 20 years from 2000/);
    // faster in every pair: the printed difference has the app's true minus sign, no "-0.0"; the CSV
    // (for programs) keeps its plain number with an ASCII '-'
    const t50 = printed.stdout.split('\n').find((l) => l.startsWith('  years to 50 %'))!;
    expect(t50).toMatch(/\] +−\d+\.\d\d \[−\d+\.\d\d, −\d+\.\d\d\] +better in 4/);
    // the figures only: the first line names the input files, whose temporary folder may hold "-<digit>"
    const figures = printed.stdout.split('\n').filter((l) => l.startsWith('  ')).join('\n');
    expect(figures).toMatch(/−\d/);
    expect(figures).not.toMatch(/-\d/);
    expect(lines.find((l) => l.startsWith('kpi,timeTo50,alpha,,difference,median,'))).toMatch(/,difference,median,-\d/);
  });

  it('the bundled CLI runs its worker threads (dist-cli/compare-run.worker.js) to the same bytes', async () => {
    buildCli();
    const bundled = join(tmp.dir, 'bundled.json');
    const source = join(tmp.dir, 'source.json');
    const r = bundledIdlab(['compare', base, lever, '--pairs', '3', '--workers', '2', '--out', bundled]);
    expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(/6 runs \(3 pairs\) in [\d.]+ s on 2 workers\n$/)]);
    expect((await idlab(['compare', base, lever, '--pairs', '3', '--workers', '1', '--out', source])).code).toBe(0);
    expect(readFileSync(bundled, 'utf8')).toBe(readFileSync(source, 'utf8'));
  });

  it('--out report.html writes the self-contained report: the KPI table, the fan charts, the provenance; a lattice has no maps', async () => {
    const out = join(tmp.dir, 'report.html');
    const r = await idlab(['compare', base, lever, '--pairs', '4', '--seed', '4', '--workers', '1', '--out', out]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<table class="kpis">');
    expect(html.match(/<svg class="fig"/g)).toHaveLength(4);
    expect(html).toContain('This world has no map');
    expect(html).toMatch(/base seed · 基础随机种子<\/th><td>4</);
    expect(html).toContain('written by · 生成工具</th><td>idlab compare');
    const bad = await idlab(['compare', base, lever, '--out', join(tmp.dir, 'r.htm')]);
    expect([bad.code, bad.stderr]).toEqual([2, `idlab compare: invalid --out: '${join(tmp.dir, 'r.htm')}' (allowed file extensions: .json, .csv, .html)\n`]);
  });

  it('refuses bad flags, an output that is an input, and arms that cannot be compared, in one line each', async () => {
    const pairs = await idlab(['compare', base, lever, '--pairs', '0']);
    expect(pairs.code).toBe(2);
    expect(pairs.stderr).toMatch(/^idlab compare: invalid --pairs: 0 \(.*\)\n$/);
    const overwrite = await idlab(['compare', base, join(tmp.dir, 'x.json'), '--out', base]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toBe(`idlab compare: invalid --out: '${base}' is the baseline (${base}); write the output to another file\n`);
    const unknown = await idlab(['compare', 'fengqio', lever]);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringMatching(/^idlab compare: unknown preset 'fengqio' \(did you mean 'fengqiao'\?\)/)]);
    const other = writeJson(join(tmp.dir, 'other.json'), { ...LATTICE, world: { ...LATTICE.world, width: 30 } });
    const world = await idlab(['compare', base, other, '--out', join(tmp.dir, 'never.json')]);
    expect(world.code).toBe(1);
    expect(world.stderr).toMatch(/^idlab compare: cannot compare .*other\.json with .*base\.json: the scenario's world .* differs from the baseline's .*: both arms must run on the same world\n$/);
    expect(existsSync(join(tmp.dir, 'never.json'))).toBe(false);
  });
});
