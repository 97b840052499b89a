/**
 * The comparison report (`idlab compare --out report.html`, the app's "Export report"): one
 * self-contained HTML page — inline CSS and SVG, no script, no external address, readable from
 * file:// and printable to PDF on A4 — in English and Chinese (every heading and label
 * "English · 中文"). Sections: the scenario in words (the baseline's title and description, each
 * changed lever with its plain label, baseline value → scenario value), per innovation the KPI
 * table (each arm's median and 10–90 % interval over the simulated worlds, the paired difference,
 * "better in k of N simulated worlds" in the KPI's direction), the fan charts of the ever-adopted
 * and active shares (both arms, and the paired difference), the probability-of-adoption maps at a
 * year, and the provenance (version, both scenario digests, base seed, the pair-seed rule, pairs,
 * date). Pure: the same input gives the same text.
 */
import { escapeHtml } from '../../calibration/report/escapeHtml.ts';
import { formatNumber } from '../../calibration/report/formatNumber.ts';
import type { Bilingual } from '../../model/params/def.ts';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import { COMPARE_KPIS } from '../compareKpis.ts';
import type { Band, CompareKpiId, ComparisonResult, InnovationComparison, KpiComparison } from '../types.ts';
import { COMPARE_REPORT_STYLES } from './compareReportStyles.ts';
import { fanChart } from './fanChart.ts';
import { parameterChanges } from './leverChanges.ts';
import { mapShapeDefs, probabilityMaps } from './probabilityMaps.ts';
import { REPORT_ARM_COLOURS, REPORT_DIFFERENCE_COLOUR } from './reportColours.ts';
import type { ReportMapShapes } from './reportMapShapes.ts';

/** One arm as the report names it. */
export interface CompareReportArm {
  /** what the user chose: a preset id or a file name */
  source: string;
  /** scenarioDigest of the resolved scenario */
  digest: string;
  scenario: ResolvedScenario;
}

export interface CompareReportInput {
  result: ComparisonResult;
  baseline: CompareReportArm;
  scenario: CompareReportArm;
  /** the base seed the pairs' seeds derive from */
  seed: number;
  /** the app's version */
  version: string;
  /** when the report was written, ISO 8601 (UTC) */
  date: string;
  /** who wrote it: "idlab compare" or "the app" (shown in the provenance) */
  madeBy: Bilingual;
  /** the maps' year as an index of result.years (default: the horizon) */
  mapYearIndex?: number;
  /** the world's shapes (reportMapShapes); null for a world without a map */
  map: ReportMapShapes | null;
}

const both = (t: Bilingual) => `${escapeHtml(t.en)} · <span class="zh">${escapeHtml(t.zh)}</span>`;

const KPI_LABELS: Record<CompareKpiId, Bilingual> = {
  timeTo50: { en: 'Time to 50 % ever adopted', zh: '过半用时' },
  everShare: { en: 'Ever adopted', zh: '曾经采纳比例' },
  activeShare: { en: 'Active share (stages 1–4)', zh: '在运行比例（阶段 1–4）' },
  persistence5: { en: '5-year persistence', zh: '五年存续率' },
  formalShare: { en: 'In name only, of adopters', zh: '形式化比例' },
  showShare: { en: 'For show, of adopters', zh: '亮点打造比例' },
  eastWestGap: { en: 'East − west active share', zh: '东西部差距' },
};
const US_GAP: Bilingual = { en: 'South − West active share', zh: '南部与西部差距' };

const DIRECTION: Record<KpiComparison['better'], Bilingual> = {
  higher: { en: 'higher is better', zh: '越高越好' },
  lower: { en: 'lower is better', zh: '越低越好' },
  'closer to 0': { en: 'closer to 0 is better', zh: '越接近 0 越好' },
};

/** A KPI value in its unit: years (1 decimal), a share in % or the gap in percentage points; signed for a difference. */
function kpiNumber(id: CompareKpiId, x: number, signed: boolean): string {
  if (!Number.isFinite(x)) return '—';
  const years = id === 'timeTo50';
  const v = years ? x : 100 * x;
  const r = Math.round(v * 10) / 10;
  const sign = r < 0 ? '−' : signed && r > 0 ? '+' : '';
  const unit = years ? ' y' : signed || id === 'eastWestGap' ? ' pp' : ' %';
  return `${sign}${Math.abs(r).toFixed(1)}${unit}`;
}

function bandCell(id: CompareKpiId, b: Band, signed = false): string {
  if (!Number.isFinite(b.median)) return '<td class="num">—</td>';
  return `<td class="num">${kpiNumber(id, b.median, signed)}<br><span class="note">${kpiNumber(id, b.p10, signed)} to ${kpiNumber(id, b.p90, signed)}</span></td>`;
}

function verdict(k: KpiComparison, total: number): string {
  if (k.pairs === 0 || !Number.isFinite(k.betterShare)) return '—';
  const better = Math.round(k.betterShare * k.pairs);
  const tied = Math.round(k.tiedShare * k.pairs);
  let en = `better in ${better} of ${k.pairs} simulated worlds`;
  let zh = `在 ${k.pairs} 个模拟世界中有 ${better} 个更好`;
  if (tied) {
    en += `, tied in ${tied}`;
    zh += `，${tied} 个持平`;
  }
  if (k.pairs < total) {
    en += ` (defined in both arms in ${k.pairs} of ${total})`;
    zh += `（两组均有定义的 ${k.pairs} 个，共 ${total} 个）`;
  }
  return both({ en, zh });
}

function kpiTable(inn: InnovationComparison, total: number, usRegions: boolean): string {
  const rows = COMPARE_KPIS.map(({ id }) => {
    const k = inn.kpis[id];
    const label = id === 'eastWestGap' && usRegions ? US_GAP : KPI_LABELS[id];
    return `<tr><th>${both(label)}<br><span class="note">${both(DIRECTION[k.better])}</span></th>${bandCell(id, k.baseline)}${bandCell(id, k.scenario)}${bandCell(id, k.difference, true)}<td class="verdict">${verdict(k, total)}</td></tr>\n`;
  }).join('');
  return (
    '<table class="kpis"><thead><tr><th>indicator · 指标</th><th>baseline · 基准</th><th>scenario · 情景</th><th>difference · 差值</th><th>verdict · 判断</th></tr></thead>\n' +
    `<tbody>\n${rows}</tbody></table>\n`
  );
}

/** Whether the arms have the same title and description (the scenario is the baseline's preset with changes). */
function sameStory(a: ResolvedScenario, b: ResolvedScenario): boolean {
  return JSON.stringify([a.meta.title, a.meta.description]) === JSON.stringify([b.meta.title, b.meta.description]);
}

function scenarioSection(input: CompareReportInput): string {
  const b = input.baseline.scenario;
  const s = input.scenario.scenario;
  const changed = parameterChanges(b, s);
  const describe = (arm: CompareReportArm, name: Bilingual) =>
    `<p><strong>${both(name)}:</strong> ${both(arm.scenario.meta.title)} (<code>${escapeHtml(arm.source)}</code>)</p>` +
    `<p class="note">${escapeHtml(arm.scenario.meta.description.en)}<br>${escapeHtml(arm.scenario.meta.description.zh)}</p>`;
  const rows = changed
    .map((c) => `<tr><td>${both(c.label)}<br><code>${c.kind === 'lever' ? 'levers' : 'params'}.${escapeHtml(c.key)}</code></td><td class="value">${both(c.from)}</td><td class="value">→ ${both(c.to)}</td></tr>\n`)
    .join('');
  const table = changed.length
    ? '<table class="changes"><thead><tr><th>what changes · 调整内容</th><th>baseline · 基准</th><th>scenario · 情景</th></tr></thead>\n' + `<tbody>\n${rows}</tbody></table>\n`
    : '<p class="note">The scenario sets no lever or assumption differently from the baseline · 情景与基准的杠杆和假设完全相同。</p>';
  const t = b.time;
  return (
    '<section class="scenario"><h2>The scenario in words · 情景说明</h2>' +
    describe(input.baseline, { en: 'Baseline', zh: '基准' }) +
    (sameStory(b, s)
      ? `<p><strong>${both({ en: 'Scenario', zh: '情景' })}:</strong> ${both({ en: 'the baseline with the changes below', zh: '在基准上作如下调整' })} (<code>${escapeHtml(input.scenario.source)}</code>)</p>`
      : describe(input.scenario, { en: 'Scenario', zh: '情景' })) +
    `<p>${both({ en: `Both run ${formatNumber(t.years, 4)} years from ${t.startYear} in the same world, ${input.result.pairs} times each: pair i of both arms with the same seed, so each pair’s difference measures the change rather than luck.`, zh: `两组均在同一世界中自 ${t.startYear} 年起运行 ${formatNumber(t.years, 4)} 年，各 ${input.result.pairs} 次：第 i 对的两组使用相同随机种子，因此每对的差值反映调整本身而非运气。` })}</p>` +
    '<h3>Levers changed against the baseline · 相对基准调整的杠杆</h3>' +
    table +
    '</section>'
  );
}

function innovationSection(input: CompareReportInput, inn: InnovationComparison, k: number): string {
  const r = input.result;
  const usRegions = input.baseline.scenario.world.kind === 'us-states';
  const name = input.baseline.scenario.innovations.find((x) => x.id === inn.id)?.name;
  const named = r.innovations.length > 1 ? ` — ${name ? both(name) : `<code>${escapeHtml(inn.id)}</code>`}` : '';
  const fans = (['ever', 'active'] as const)
    .map((sid) => {
      const name = sid === 'ever' ? { en: 'Ever adopted', zh: '曾经采纳' } : { en: 'Active (stages 1–4)', zh: '在运行（阶段 1–4）' };
      const short = sid === 'ever' ? name : { en: 'Active', zh: '在运行' };
      const c = inn.series[sid];
      return (
        fanChart(`${name.en} · ${name.zh}`, r.years, [{ band: c.baseline, colour: REPORT_ARM_COLOURS.baseline }, { band: c.scenario, colour: REPORT_ARM_COLOURS.scenario }], '% of localities · 地区占比') +
        fanChart(`${short.en}: difference · ${short.zh}：差值`, r.years, [{ band: c.difference, colour: REPORT_DIFFERENCE_COLOUR }], 'percentage points · 百分点', true)
      );
    })
    .join('\n');
  const yearIndex = Math.max(0, Math.min(r.years.length - 1, input.mapYearIndex ?? r.years.length - 1));
  const maps = input.map
    ? probabilityMaps(input.map, r, inn.id, yearIndex)
    : '<p class="note">This world has no map (a lattice or a fully mixed population) · 该世界没有地图（格网或完全混合人群）。</p>';
  const swatch = (colour: string) => `<span class="swatch" style="background:${colour}"></span>`;
  return (
    `<section class="kpi-section" data-innovation="${k}"><h2>Indicators at the horizon · 期末指标${named}</h2>` +
    `<p class="note">${both({ en: `Each cell: the median over the ${r.pairs} simulated worlds, below it the 10th to 90th percentile. Difference: scenario − baseline, pair by pair (same seed). y = years, pp = percentage points.`, zh: `每格：${r.pairs} 个模拟世界的中位数，其下为第 10 至第 90 百分位数。差值：逐对（相同随机种子）计算情景 − 基准。y = 年，pp = 百分点。` })}</p>` +
    kpiTable(inn, r.pairs, usRegions) +
    '</section>\n' +
    `<section class="fan-section"><h2>Adoption over time · 采纳随时间变化${named}</h2>` +
    `<p class="legend">${swatch(REPORT_ARM_COLOURS.baseline)}baseline · 基准 ${swatch(REPORT_ARM_COLOURS.scenario)}scenario · 情景 ${swatch(REPORT_DIFFERENCE_COLOUR)}difference · 差值 — ${both({ en: 'line: median; shaded: 10–90 % of the simulated worlds', zh: '线：中位数；阴影：模拟世界的 10–90 %' })}</p>` +
    `<div class="fans">${fans}</div></section>\n` +
    `<section class="map-section"><h2>Where it arrives: probability of adoption by ${r.years[yearIndex]} · 各地在 ${r.years[yearIndex]} 年前采纳的概率${named}</h2>` +
    maps +
    '</section>\n'
  );
}

function provenanceSection(input: CompareReportInput): string {
  const r = input.result;
  const row = (head: string, value: string) => `<tr><th>${head}</th><td>${value}</td></tr>\n`;
  return (
    '<section class="provenance"><h2>Provenance · 来源信息</h2><table class="run">\n' +
    row('written by · 生成工具', `${both(input.madeBy)}, version · 版本 <code>${escapeHtml(input.version)}</code>`) +
    row('date · 日期', `${escapeHtml(input.date.slice(0, 10))} ${escapeHtml(input.date.slice(11, 16))} UTC`) +
    row('baseline digest · 基准摘要', `<code>${escapeHtml(input.baseline.digest)}</code>`) +
    row('scenario digest · 情景摘要', `<code>${escapeHtml(input.scenario.digest)}</code>`) +
    row('base seed · 基础随机种子', String(input.seed)) +
    row('pairs (simulated worlds) · 配对数（模拟世界）', String(r.pairs)) +
    row(
      'pair seeds · 各对随机种子',
      both({
        en: `pair i (from 0) runs both arms with the integer of the first 52 bits of SHA-256 of the canonical JSON {"replicate":i,"seed":${input.seed}}; a single run with that seed replays either arm`,
        zh: `第 i 对（从 0 起）的两组均以规范 JSON {"replicate":i,"seed":${input.seed}} 的 SHA-256 前 52 位整数为种子；以该种子单独运行即可重现任一组`,
      }) + `<br><span class="note seeds">${r.seeds.join(', ')}</span>`,
    ) +
    row('localities · 地区数', String(r.n)) +
    '</table></section>\n'
  );
}

export function buildCompareReport(input: CompareReportInput): string {
  const b = input.baseline.scenario.meta.title;
  const title = `Comparison report · 对比报告 — ${b.en} · ${b.zh}`;
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${COMPARE_REPORT_STYLES}</style></head>\n<body>\n` +
    (input.map ? `${mapShapeDefs(input.map)}\n` : '') +
    `<h1>Comparison report · 对比报告</h1><p class="sub">${both(input.scenario.scenario.meta.title)} vs · 对比 ${both(b)} — ${input.result.pairs} pairs of simulated worlds · ${input.result.pairs} 对模拟世界</p>\n` +
    scenarioSection(input) +
    '\n' +
    input.result.innovations.map((inn, k) => innovationSection(input, inn, k)).join('') +
    provenanceSection(input) +
    '</body></html>\n'
  );
}
