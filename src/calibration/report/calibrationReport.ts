/**
 * The calibration report (`report.html` of `idlab calibrate`): one self-contained HTML page — inline
 * CSS and SVG, no script, no external address, readable from file:// and on paper — in English and
 * Chinese (every heading and label "English · 中文"). It shows the run (file, simulator, seed,
 * budget, simulations, times), a table per parameter (prior, posterior median and 90 % interval,
 * posterior SD ÷ prior SD with its verdict: parameterSummary.ts), prior-vs-posterior figures, the
 * pairs plot, tolerance and ESS per generation, and the posterior predictive fans per statistic.
 * Pure: the same input gives the same text; the CLI writes it.
 */
import type { GenerationResult } from '../abcSmc.ts';
import type { CalibrationPlan } from '../abcSmcPlan.ts';
import type { PredictiveSummaryRow } from '../predictiveSummary.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatCount, formatNumber } from './formatNumber.ts';
import { generationsFigure } from './generationsFigure.ts';
import { marginalFigure } from './marginalFigure.ts';
import { pairsPlot } from './pairsPlot.ts';
import { IDENTIFICATION_CUTS, parameterSummary, type Identification } from './parameterSummary.ts';
import { predictiveFan } from './predictiveFan.ts';
import { REPORT_STYLES } from './reportStyles.ts';

export interface CalibrationReportInput {
  /** the calibration file's name, as the user knows it (e.g. spid-1950-1995.json) */
  fileName: string;
  plan: CalibrationPlan;
  /** the run's complete generations, the last one the posterior */
  generations: readonly GenerationResult[];
  /** the posterior predictive: its draws and per-statistic summary; null when the plan asks for none */
  predictive: { draws: number; rows: readonly PredictiveSummaryRow[] } | null;
  /** idlab's version */
  version: string;
  /** ISO 8601 times (UTC): the report written; generation 0's and the last generation's files written (null: unknown) */
  times: { report: string; firstGeneration: string | null; lastGeneration: string | null };
}

const VERDICT: Record<Identification, string> = {
  narrowed: 'narrowed by the data · 数据约束',
  weak: 'weakly narrowed · 弱约束',
  'not-identified': 'not identified · 数据未能识别',
};

/** "2026-12-07T01:25:03.120Z" → "2026-12-07 01:25 UTC". */
function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function row(head: string, value: string): string {
  return `<tr><th>${head}</th><td>${value}</td></tr>\n`;
}

function runTable(input: CalibrationReportInput): string {
  const { plan, generations, times } = input;
  const abc = plan.abc;
  const used = generations.reduce((s, g) => s + g.simulations, 0);
  const predictive = input.predictive ? ` + ${formatCount(input.predictive.draws)} posterior predictive · 后验预测` : '';
  let span = 'not recorded · 未记录';
  if (times.firstGeneration && times.lastGeneration) {
    const minutes = (Date.parse(times.lastGeneration) - Date.parse(times.firstGeneration)) / 60_000;
    span = `${utc(times.firstGeneration)} → ${utc(times.lastGeneration)} (${formatNumber(minutes, 3)} min · 分钟; generation 0 → ${generations.length - 1} written · 第 0 代至第 ${generations.length - 1} 代写出)`;
  }
  return (
    '<table class="run">\n' +
    row('calibration file · 校准文件', `<code>${escapeHtml(input.fileName)}</code>`) +
    row('simulator · 模拟器', `<code>${escapeHtml(plan.simulator)}</code>`) +
    row('seed · 随机种子', String(abc.seed)) +
    row('particles per generation · 每代粒子数', formatCount(abc.particles)) +
    row('generations · 代数', `${generations.length} of at most ${abc.generations} · 最多 ${abc.generations} 代中的 ${generations.length} 代`) +
    row('simulation budget · 模拟预算', formatCount(abc.budget)) +
    row('simulations used · 已用模拟次数', `${formatCount(used)}${predictive}`) +
    row('statistics fitted · 拟合的统计量', `${plan.observed.filter((o) => o !== null).length} of ${plan.statistics.length} · ${plan.statistics.length} 个中的 ${plan.observed.filter((o) => o !== null).length} 个`) +
    row('time · 时间', span) +
    row('report written · 报告生成', `${utc(times.report)}, idlab ${escapeHtml(input.version)}`) +
    '</table>'
  );
}

function parameterSection(input: CalibrationReportInput): string {
  const { plan } = input;
  const last = input.generations[input.generations.length - 1];
  const particles = last.particles;
  const summaries = plan.priors.map((p, k) => parameterSummary(p, particles, k));
  const rule =
    `<p class="note">SD ratio = posterior SD ÷ prior SD, on the scale the prior is uniform on (ln θ for a log-uniform prior). ` +
    `Below ${IDENTIFICATION_CUTS.narrowed}: narrowed by the data; ${IDENTIFICATION_CUTS.narrowed}–${IDENTIFICATION_CUTS.weak}: weakly narrowed; above ${IDENTIFICATION_CUTS.weak}: not identified (the posterior is nearly as wide as the prior). ` +
    `Median and 90 % interval: weighted 5th, 50th and 95th percentiles of the ${formatCount(particles.length)} particles of generation ${last.index}.<br>` +
    `标准差比 = 后验标准差 ÷ 先验标准差，在先验为均匀分布的尺度上计算（对数均匀先验取 ln θ）。小于 ${IDENTIFICATION_CUTS.narrowed}：数据约束；${IDENTIFICATION_CUTS.narrowed}–${IDENTIFICATION_CUTS.weak}：弱约束；大于 ${IDENTIFICATION_CUTS.weak}：数据未能识别（后验几乎与先验一样宽）。` +
    `中位数与 90 % 区间：第 ${last.index} 代 ${formatCount(particles.length)} 个粒子的加权第 5、50、95 百分位数。</p>`;
  const rows = summaries
    .map((s) => {
      const p = s.prior;
      const prior = `${p.scale === 'log' ? 'log-uniform · 对数均匀' : 'uniform · 均匀'} <span class="nowrap">[${formatNumber(p.lo)}, ${formatNumber(p.hi)}]</span>`;
      return (
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${prior}</td><td class="num">${formatNumber(s.median)}</td>` +
        `<td class="num">${formatNumber(s.lo)} – ${formatNumber(s.hi)}</td><td class="num">${formatNumber(s.sdRatio, 2)}</td>` +
        `<td class="verdict-${s.identification}">${VERDICT[s.identification]}</td></tr>\n`
      );
    })
    .join('');
  const table =
    '<table><thead><tr><th>parameter · 参数</th><th>prior · 先验</th><th>posterior median · 后验中位数</th><th>90 % interval · 90 % 区间</th>' +
    `<th>SD ratio · 标准差比</th><th>verdict · 判断</th></tr></thead>\n<tbody>\n${rows}</tbody></table>\n`;
  const legend =
    '<p class="legend"><span class="swatch" style="background:#3b7dd8;opacity:.75"></span>posterior (weighted histogram, density ÷ prior density) · 后验（加权直方图，密度 ÷ 先验密度）' +
    '<span class="swatch" style="border-top:2px dashed #4a5568;height:0"></span>flat prior · 均匀先验' +
    '<span class="swatch" style="border-top:2px solid #1a202c;height:0"></span>median and 90 % interval · 中位数与 90 % 区间</p>';
  const weights = particles.map((q) => q.weight);
  const figures = summaries.map((s, k) => `<figure style="margin:0">${marginalFigure(s, particles.map((q) => q.theta[k]), weights)}</figure>\n`).join('');
  return (
    '<h2>Parameters · 参数</h2>' +
    rule +
    table +
    '<h2>Prior and posterior · 先验与后验</h2>' +
    legend +
    `<div class="grid">\n${figures}</div>\n` +
    '<h2>Pairs plot · 散点矩阵</h2>' +
    '<p class="note">Below the diagonal: the particles of the last generation, darker for heavier weight; on the diagonal: each parameter’s posterior over its prior range (dashed: the flat prior); above: the weighted correlation on the prior’s uniform scale. Axes span the prior ranges.<br>' +
    '对角线以下：最后一代的粒子，权重越大颜色越深；对角线上：各参数在先验范围内的后验（虚线为均匀先验）；对角线以上：在先验均匀尺度上的加权相关系数。坐标轴覆盖先验范围。</p>' +
    pairsPlot(plan.priors, particles)
  );
}

function generationsSection(input: CalibrationReportInput): string {
  return (
    '<h2>Tolerance and ESS per generation · 每代容差与有效样本量</h2>' +
    `<p class="note">Tolerance ε: the distance a simulation had to come within to be kept (generation 0 keeps all: ε = ∞, not drawn). ESS: effective sample size 1/Σw²; dashed: N and the resampling threshold ${formatNumber(input.plan.abc.essFraction)} · N.<br>` +
    `容差 ε：模拟结果需在该距离以内才被保留（第 0 代全部保留，ε = ∞，不画出）。有效样本量 ESS = 1/Σw²；虚线：N 与重抽样阈值 ${formatNumber(input.plan.abc.essFraction)} · N。</p>` +
    generationsFigure(input.generations, input.plan.abc)
  );
}

function predictiveSection(input: CalibrationReportInput): string {
  const head = '<h2>Posterior predictive · 后验预测</h2>';
  if (!input.predictive) return `${head}<p class="note">Not computed (predictive.draws is 0) · 未计算（predictive.draws 为 0）。</p>`;
  const { draws, rows } = input.predictive;
  const judged = rows.filter((r) => r.inside80 !== null);
  const inside = judged.filter((r) => r.inside80).length;
  const intro =
    `<p><strong>${inside} of ${judged.length}</strong> observed statistics lie inside their simulated 80 % interval · ` +
    `<strong>${judged.length} 个观测统计量中有 ${inside} 个</strong>落在模拟的 80 % 区间内。</p>` +
    `<p class="note">${formatCount(draws)} draws of θ from the weighted posterior, one simulation each (so the spread holds both the parameters’ uncertainty and the model’s own randomness). ` +
    'Thin bar: 5–95 %; thick bar: 10–90 % (80 %); dot: median; red diamond: observed.<br>' +
    `从加权后验中抽取 ${formatCount(draws)} 组 θ，每组模拟一次（区间同时包含参数的不确定性与模型自身的随机性）。细条：5–95 %；粗条：10–90 %（80 %）；圆点：中位数；红色菱形：观测值。</p>`;
  const body = rows
    .map((r) => {
      const verdict = r.inside80 === null ? 'not fitted · 未拟合' : r.inside80 ? '<span class="pass">inside · 在区间内</span>' : '<span class="fail">outside · 在区间外</span>';
      const missing = r.undefinedDraws ? `<br><span class="note">${r.undefinedDraws} draws undefined · ${r.undefinedDraws} 次无定义</span>` : '';
      return (
        `<tr><td><code>${escapeHtml(r.statistic)}</code></td><td>${predictiveFan(r)}</td><td class="num">${r.observed === null ? '—' : formatNumber(r.observed)}</td>` +
        `<td class="num">${formatNumber(r.median)}</td><td class="num">${formatNumber(r.q10)} – ${formatNumber(r.q90)}</td><td>${verdict}${missing}</td></tr>\n`
      );
    })
    .join('');
  return (
    head +
    intro +
    '<table class="fans"><thead><tr><th>statistic · 统计量</th><th>simulated vs observed · 模拟与观测</th><th>observed · 观测</th><th>median · 中位数</th><th>80 % interval · 80 % 区间</th><th>observed in the 80 % interval · 观测值是否在 80 % 区间内</th></tr></thead>' +
    `\n<tbody>\n${body}</tbody></table>\n`
  );
}

export function calibrationReport(input: CalibrationReportInput): string {
  if (input.generations.length === 0) throw new Error('calibration report: the run has no complete generation');
  const title = `Calibration report · 校准报告 — ${input.fileName}`;
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${REPORT_STYLES}</style></head>\n<body>\n` +
    `<h1>Calibration report · 校准报告</h1><p class="sub"><code>${escapeHtml(input.fileName)}</code> — ABC-SMC fit of the <code>${escapeHtml(input.plan.simulator)}</code> simulator · 用 ABC-SMC 拟合 <code>${escapeHtml(input.plan.simulator)}</code> 模拟器</p>` +
    '\n<h2>Run · 运行</h2>\n' +
    runTable(input) +
    '\n' +
    parameterSection(input) +
    '\n' +
    generationsSection(input) +
    '\n' +
    predictiveSection(input) +
    '\n' +
    '<p class="note" style="margin-top:28px">Written by <code>idlab calibrate</code>; the numbers are in the folder’s <code>posterior.csv</code>, <code>generations.csv</code>, <code>predictive.csv</code> and <code>predictive-summary.csv</code>. · 由 <code>idlab calibrate</code> 生成；数值见同一文件夹中的上述 CSV 文件。</p>' +
    '</body></html>\n'
  );
}
