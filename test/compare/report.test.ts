/**
 * The comparison report (src/compare/report): one self-contained, bilingual HTML page — no script,
 * no external address — that is the same text for the same input and holds what a meeting needs:
 * the changed levers with both values, the KPI table with intervals and verdicts, the fan charts,
 * the probability maps of the world's shapes and the provenance.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadWorld } from '../../src/cli/load-world.ts';
import { packagePath } from '../../src/cli/package-root.ts';
import { planComparison } from '../../src/compare/comparePlan.ts';
import { runComparison } from '../../src/compare/node/runComparison.ts';
import { buildCompareReport, type CompareReportInput } from '../../src/compare/report/compareReport.ts';
import { parameterChanges } from '../../src/compare/report/leverChanges.ts';
import { DIFFERENCE_CLASS_COLOURS, PROBABILITY_CLASS_COLOURS, REPORT_ARM_COLOURS, REPORT_DIFFERENCE_COLOUR } from '../../src/compare/report/reportColours.ts';
import { reportMapShapes } from '../../src/compare/report/reportMapShapes.ts';
import { adoptionProbability } from '../../src/compare/adoptionProbability.ts';
import { scenarioDigest } from '../../src/model/scenario/digest.ts';
import type { ResolvedScenario } from '../../src/model/scenario/types.ts';
import { ARM_COLORS, DIFFERENCE_COLOR, DIFFERENCE_COLORS, PROBABILITY_COLORS } from '../../src/ui/compare/comparePalette.ts';
import { lattice, resolved } from './helpers.ts';

async function reportInput(baseline: ResolvedScenario, scenario: ResolvedScenario, pairs: number, withMap: boolean): Promise<CompareReportInput> {
  const plan = planComparison({ baseline, scenario, pairs, seed: 3 });
  const world = loadWorld(baseline.world);
  const result = (await runComparison({ world, plan, workers: 1 }))!;
  const topology = JSON.parse(readFileSync(packagePath('public', 'data', 'china-units.topo.json'), 'utf8')) as Topology;
  return {
    result,
    baseline: { source: 'fengqiao', digest: scenarioDigest(baseline), scenario: baseline },
    scenario: { source: 'reward.json', digest: scenarioDigest(scenario), scenario },
    seed: 3,
    version: '9.8.7',
    date: '2026-12-07T03:04:05.000Z',
    madeBy: { en: 'idlab compare', zh: 'idlab compare 命令' },
    map: withMap ? reportMapShapes(topology, 'china', world.codes) : null,
  };
}

let china: CompareReportInput;
let html: string;
beforeAll(async () => {
  china = await reportInput(resolved({ extends: 'fengqiao', time: { years: 12 } }), resolved({ extends: 'fengqiao', time: { years: 12 }, levers: { reward: 2, pairing: true } }), 4, true);
  html = buildCompareReport(china);
});

describe('the comparison report', () => {
  it('is the same text for the same input, and self-contained: no script, no external address, no linked file', () => {
    expect(buildCompareReport(china)).toBe(html);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|https?:|\bsrc=|<link|@import|url\(/i);
    // the only references are to the outlines defined in the page itself
    const refs = new Set([...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]));
    for (const id of refs) expect(html, id).toContain(`id="${id}"`);
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toMatch(/@media print \{[^}]*section \+ section \{ break-before: page; \}/);
  });

  it('is bilingual: every section heading in English and Chinese', () => {
    const headings = [...html.matchAll(/<h[123][^>]*>(.*?)<\/h[123]>/g)].map((m) => m[1]);
    expect(headings.length).toBeGreaterThanOrEqual(6);
    for (const h of headings) expect(h, h).toMatch(/[A-Za-z].* · .*[\u4e00-\u9fff]/);
    expect(html).toContain('Comparison report · 对比报告');
  });

  it('says the scenario in words: the baseline preset and each changed lever with its plain label, baseline value → scenario value', () => {
    expect(html).toContain(china.baseline.scenario.meta.title.en);
    expect(html).toContain(china.baseline.scenario.meta.title.zh);
    const changes = parameterChanges(china.baseline.scenario, china.scenario.scenario);
    expect(changes.map((c) => [c.key, c.from.en, c.to.en])).toEqual([
      ['reward', '1 multiplier', '2 multiplier'],
      ['pairing', 'off', 'on'],
    ]);
    const table = html.slice(html.indexOf('<table class="changes">'), html.indexOf('</table>', html.indexOf('<table class="changes">')));
    expect(table).toContain('Reward for making it part of local rules · <span class="zh">纳入本地制度的奖励</span>');
    expect(table).toContain('East–west pairing · <span class="zh">东西部协作结对</span>');
    expect(table).toContain('<td class="value">1 multiplier · <span class="zh">1 倍数</span></td><td class="value">→ 2 multiplier · <span class="zh">2 倍数</span></td>');
    expect(table).toContain('<td class="value">off · <span class="zh">关</span></td><td class="value">→ on · <span class="zh">开</span></td>');
  });

  it('says when nothing is changed, and names targeted levers and assumptions too', () => {
    const base = lattice();
    expect(parameterChanges(base, base)).toEqual([]);
    const moved = lattice({ params: { p: 0.05 }, levers: { transferScope: { regions: ['west'] } } });
    expect(parameterChanges(base, moved).map((c) => [c.kind, c.key, c.to.en])).toEqual([
      ['lever', 'transferScope', '{"regions":["west"]}'],
      ['assumption', 'p', '0.05 per year'],
    ]);
  });

  it('holds the KPI table: each KPI with both arms and the difference as median (10–90 %), and "better in k of N simulated worlds"', () => {
    const r = china.result;
    const inn = r.innovations[0];
    const table = html.slice(html.indexOf('<table class="kpis">'), html.indexOf('</table>', html.indexOf('<table class="kpis">')));
    expect(table.slice(table.indexOf('<tbody>')).match(/<tr>/g)).toHaveLength(7);
    const ever = inn.kpis.everShare;
    const pct = (x: number) => `${(Math.round(1000 * x) / 10).toFixed(1)} %`;
    expect(table).toContain(`<td class="num">${pct(ever.baseline.median)}<br><span class="note">${pct(ever.baseline.p10)} to ${pct(ever.baseline.p90)}</span></td>`);
    const better = Math.round(ever.betterShare * ever.pairs);
    expect(table).toContain(`better in ${better} of ${ever.pairs} simulated worlds`);
    expect(table).toContain(`在 ${ever.pairs} 个模拟世界中有 ${better} 个更好`);
    expect(table).toContain('higher is better · <span class="zh">越高越好</span>');
    expect(table).toContain('lower is better · <span class="zh">越低越好</span>');
  });

  it('draws the fan charts of the ever-adopted and active shares (both arms and the difference) in the app’s colours', () => {
    expect(html.match(/<svg class="fig"/g)).toHaveLength(4);
    expect(html).toContain('aria-label="Ever adopted · 曾经采纳"');
    expect(html).toContain('aria-label="Active: difference · 在运行：差值"');
    expect([REPORT_ARM_COLOURS, REPORT_DIFFERENCE_COLOUR]).toEqual([ARM_COLORS, DIFFERENCE_COLOR]);
    for (const c of [REPORT_ARM_COLOURS.baseline, REPORT_ARM_COLOURS.scenario, REPORT_DIFFERENCE_COLOUR]) expect(html).toContain(`stroke="${c}" stroke-width="2.2"`);
  });

  it('draws the probability maps of the world’s shapes: every locality coloured by its class, in the app’s classes and colours', () => {
    expect([PROBABILITY_CLASS_COLOURS, DIFFERENCE_CLASS_COLOURS]).toEqual([PROBABILITY_COLORS, DIFFERENCE_COLORS]);
    const maps = [...html.matchAll(/<svg class="map"[^]*?<\/svg>/g)].map((m) => m[0]);
    expect(maps).toHaveLength(3);
    const r = china.result;
    const shapes = china.map!;
    const drawn = shapes.main.filter(Boolean).length + shapes.inset.filter(Boolean).length;
    expect(shapes.main.filter(Boolean).length).toBeGreaterThan(r.n - 5); // 三沙 only in the inset
    const last = r.years.length - 1;
    const p = adoptionProbability(r, 'scenario', r.innovations[0].id, r.years[last] - r.years[0]);
    const scenarioMap = maps[1];
    expect(scenarioMap.match(/<use href="#[ms]\d+"\/>/g)).toHaveLength(drawn);
    // each locality sits in the group of its class's colour
    for (const i of [0, 100, 1000, 2000]) {
      const colour = PROBABILITY_CLASS_COLOURS[Math.min(9, Math.floor(p[i] * 10 + 1e-9))];
      const group = scenarioMap.slice(scenarioMap.lastIndexOf('<g fill=', scenarioMap.indexOf(`<use href="#m${i}"/>`)));
      expect(group.startsWith(`<g fill="${colour}">`), `locality ${i}`).toBe(true);
    }
    expect(html).toContain(`probability of adoption by ${r.years[last]}`);
  });

  it('holds the provenance: version, both digests, base seed, the pair-seed rule and every pair seed, pairs and date', () => {
    const prov = html.slice(html.indexOf('<section class="provenance">'));
    for (const text of ['9.8.7', china.baseline.digest, china.scenario.digest, '2026-12-07 03:04 UTC', '{&quot;replicate&quot;:i,&quot;seed&quot;:3}', china.result.seeds.join(', ')]) expect(prov).toContain(text);
    expect(prov).toMatch(/pairs \(simulated worlds\) · 配对数（模拟世界）<\/th><td>4</);
    expect(prov).toMatch(/base seed · 基础随机种子<\/th><td>3</);
  });

  it('a scenario of several innovations gets each one’s table, charts and maps, headed by its name in both languages', async () => {
    const input = await reportInput(resolved({ extends: 'multi', time: { years: 3 } }), resolved({ extends: 'multi', time: { years: 3 }, levers: { media: 2 } }), 2, false);
    const text = buildCompareReport(input);
    const innovations = input.baseline.scenario.innovations;
    expect(innovations.length).toBeGreaterThan(1);
    expect(text.match(/<table class="kpis">/g)).toHaveLength(innovations.length);
    for (const inn of innovations) expect(text).toContain(`<h2>Indicators at the horizon · 期末指标 — ${inn.name.en} · <span class="zh">${inn.name.zh}</span></h2>`);
  });

  it('a world without a map says so instead of drawing maps', async () => {
    const input = await reportInput(lattice(), lattice({ levers: { media: 2 } }), 3, false);
    const text = buildCompareReport(input);
    expect(text).not.toContain('<svg class="map"');
    expect(text).toContain('This world has no map');
    expect(text).toContain('<table class="kpis">');
  });
});
