/**
 * docs/validation.md is what `npm run validation` writes from the presets as they are now: the China
 * milestones over the committed seeds, the SPID patterns, the figures and the per-seed record. Then
 * the renderer's rules on small fixed inputs: pass by the median, the whole-interval column, open
 * bands, the plots, and the US section with and without a calibration posterior.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../docs/repoFiles.ts';
import { currentTargets, chinaRecord, validationFiles } from '../../scripts/validation/validation.ts';
import type { ChinaTarget } from '../../src/service/milestones/chinaTargets.ts';
import { inBand } from '../../src/service/milestones/band.ts';
import { DOC_PATH, FIGURES_DIR, RECORD_PATH, summarizeTargets, validationDoc, type ChinaRecord } from '../../scripts/validation/validationDoc.ts';
import { intervalSvg } from '../../scripts/validation/intervalSvg.ts';
import { posteriorQuantiles, type UsSection } from '../../scripts/validation/usPatterns.ts';
import { weightedQuantile } from '../../src/calibration/weightedQuantile.ts';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** The cells of the China table's rows in the committed page. */
function chinaRows(doc: string): string[][] {
  const section = doc.slice(doc.indexOf('## China milestones'), doc.indexOf('## US states'));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| case'))
    .map((l) => l.slice(2, -2).split(' | '));
}

describe('npm run validation', () => {
  it('wrote the committed docs/validation.md, its figures and the per-seed record from the presets as they are now (regenerate with npm run validation)', () => {
    const committed = JSON.parse(read(RECORD_PATH)) as ChinaRecord;
    expect(committed.seeds.length).toBeGreaterThanOrEqual(20);
    const targets = currentTargets();
    const files = validationFiles(REPO_ROOT, targets, chinaRecord(targets, committed.seeds));
    for (const [path, text] of files) {
      expect(existsSync(join(REPO_ROOT, path)), `${path} is missing`).toBe(true);
      expect(read(path), `${path} differs from what npm run validation writes`).toBe(text);
    }
    const svgs = readdirSync(join(REPO_ROOT, FIGURES_DIR)).filter((f) => f.endsWith('.svg'));
    expect(svgs.map((f) => `${FIGURES_DIR}/${f}`).sort()).toEqual([...files.keys()].filter((p) => p.endsWith('.svg')).sort());
  });

  it('has a China row for every dated milestone and one for every mandate event of every shipped preset', () => {
    const rows = chinaRows(read(DOC_PATH));
    const fixed = rows.filter((r) => !r[0].startsWith('central mandate'));
    expect(fixed.map((r) => [r[0], r[2]])).toEqual([
      ['grid 网格化', '≤ 60'],
      ['grid 网格化', '≥ 0.90'],
      ['grid 网格化', '≤ 0.20'],
      ['three-governance 三治融合', '≥ 0.60'],
      ['three-governance 三治融合', '≥ 0.50 (≈)'],
      ['fengqiao 枫桥经验', '≤ 0.50'],
      ['fengqiao 枫桥经验', '> 0'],
      ['chengdu 成都方式', '10–80 (≈)'],
      ['bottom-up 行政审批服务中心', '12–18 (≈ 15)'],
      ['bottom-up 行政审批服务中心', '≥ 3'],
      ['sustainability 可持续性', '0.55–0.80'],
    ]);
    let mandates = 0;
    for (const name of readdirSync(join(REPO_ROOT, 'public/scenarios')).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
      const file = JSON.parse(read(`public/scenarios/${name}`)) as { innovations?: { events?: { type: string }[] }[] };
      for (const inn of file.innovations ?? []) mandates += (inn.events ?? []).filter((e) => e.type === 'mandate').length;
    }
    expect(mandates).toBeGreaterThan(0);
    expect(rows.filter((r) => r[0].startsWith('central mandate')).length).toBe(mandates);
  });
});

describe('the validation page renderer', () => {
  const target = (id: string, band: ChinaTarget['band']): ChinaTarget => ({
    id,
    caseName: 'case',
    preset: 'grid',
    figure: `figure ${id}`,
    target: 'target',
    band,
    approximate: false,
    source: 'source',
    digits: 2,
    label: { en: `figure ${id}`, zh: `指标 ${id}` },
    record: { en: 'record', zh: '依据' },
    year: 2000,
    measure: () => NaN,
  });

  it('reads a band with open ends, inclusive bounds and a strict lower bound', () => {
    expect(inBand(60, { hi: 60 })).toBe(true);
    expect(inBand(61, { hi: 60 })).toBe(false);
    expect(inBand(0.9, { lo: 0.9 })).toBe(true);
    expect(inBand(0, { lo: 0, above: true })).toBe(false);
    expect(inBand(0.01, { lo: 0, above: true })).toBe(true);
    expect(inBand(NaN, {})).toBe(false);
  });

  it('passes a target by its median, reports the whole 80 % interval apart, and leaves undefined seeds out', () => {
    const values = Array.from({ length: 20 }, (_, j) => (j + 1) / 20); // 0.05 … 1.00
    const record: ChinaRecord = {
      seeds: values.map((_, j) => j + 1),
      targets: [
        { id: 'a', values },
        { id: 'b', values: [...values.slice(0, 18), null, null] },
      ],
    };
    const [a, b] = summarizeTargets([target('a', { lo: 0.5 }), target('b', { lo: 0.2, hi: 0.9 })], record);
    // (n + 1)p rule: median between the 10th and 11th of 20, 10 % at rank 2.1, 90 % at rank 18.9
    expect(a.median).toBeCloseTo(0.525, 12);
    expect(a.lo).toBeCloseTo(0.105, 12);
    expect(a.hi).toBeCloseTo(0.945, 12);
    expect([a.pass, a.intervalPass]).toEqual([true, false]);
    expect(b.defined).toBe(18);
    expect([b.pass, b.intervalPass]).toEqual([true, false]);
    expect(() => summarizeTargets([target('c', {})], record)).toThrow(/npm run validation/);
    const us: UsSection = { policies: 1, patterns: [], calibrationFile: 'f.json', calibrationPolicies: 1, statistics: [{ name: 't50_median', observed: 8 }], posterior: null };
    const doc = validationDoc([a, b], record.seeds, us);
    expect(doc).toContain('| case | figure a | target | source | 0.53 (0.11–0.95) | **pass** 达标 | no 否 | ![a](validation/a.svg) |');
    expect(doc).toContain('| 0.47 (0.10–0.86); defined for 18 of 20 seeds |');
    expect(doc).toContain('**2 of 2** targets pass by the median, **0** with the whole 80 % interval.');
    expect(doc).toContain('The US model is not yet calibrated');
    expect(validationDoc([a, b], record.seeds, us)).toBe(doc);
  });

  it('shows a posterior\'s simulated median and 80 % interval beside the observed statistic, and no longer says uncalibrated', () => {
    const csv = ['particle,weight,distance,p,t50_median,split_half', '0,0.1,1,0.03,6,0.7', '1,0.4,1,0.03,8,', '2,0.4,1,0.03,10,0.8', '3,0.1,1,0.03,20,0.9'].join('\n');
    const q = posteriorQuantiles(csv, 'posterior.csv');
    expect(q.get('t50_median')).toEqual({ lo: 6, median: 8, hi: 10 });
    expect(q.get('split_half')).toEqual({ lo: 0.7, median: 0.8, hi: 0.9 });
    expect(q.has('adopters_median')).toBe(false);
    const us: UsSection = {
      policies: 437,
      patterns: [],
      calibrationFile: 'public/calibration/spid-1950-1995.json',
      calibrationPolicies: 329,
      statistics: [{ name: 't50_median', observed: 8, simulated: q.get('t50_median') }],
      posterior: 'public/calibration/spid-posterior.csv',
    };
    const doc = validationDoc([], [1], us);
    expect(doc).toContain('| `t50_median` | 8 | 8 (6–10) |');
    expect(doc).not.toContain('not yet calibrated');
  });

  it('weights a posterior\'s particles: the smallest value whose cumulative weight reaches p', () => {
    expect(weightedQuantile([3, 1, 2], [1, 1, 2], 0.5)).toBe(2);
    expect(weightedQuantile([3, 1, 2], [1, 1, 2], 0.25)).toBe(1);
    expect(weightedQuantile([NaN, 5], [10, 1], 0.5)).toBe(5);
    expect(weightedQuantile([], [], 0.5)).toBeNaN();
  });

  it('draws the target band, the interval and the median, filled when it passes and open when not', () => {
    const pass = intervalSvg({ band: { lo: 10, hi: 80 }, lo: 38, median: 46, hi: 57, digits: 0, pass: true });
    const fail = intervalSvg({ band: { hi: 60 }, lo: 254, median: 266, hi: 278, digits: 0, pass: false });
    expect(pass).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(pass).toContain('fill="#222" stroke="#222"');
    expect(fail).toContain('fill="#fff" stroke="#222"');
    expect(pass).toContain('>10</text>');
    expect(pass).toContain('>80</text>');
    expect(fail).toContain('>266</text>');
    // an open lower end is marked by an arrow at the left edge; a closed band has none
    expect(fail).toContain('<path d="M6 22');
    expect(pass).not.toContain('<path');
    expect(intervalSvg({ band: { lo: 10, hi: 80 }, lo: 38, median: 46, hi: 57, digits: 0, pass: true })).toBe(pass);
  });
});
