/**
 * docs/validation.md and its figures, rendered from the per-seed record of the China targets
 * (docs/validation/china-seeds.json) and the US section. Pure: the same inputs give the same text,
 * byte for byte, so the committed files can be checked against a re-rendering.
 */
import { quantile } from '../../src/calibration/quartiles.ts';
import type { ChinaTarget } from '../../src/service/milestones/chinaTargets.ts';
import { inBand } from '../../src/service/milestones/band.ts';
import { intervalSvg } from './intervalSvg.ts';
import type { UsSection } from './usPatterns.ts';

/** What `npm run validation` measured: per target, the figure of each seed (null: undefined for that seed). */
export interface ChinaRecord {
  seeds: number[];
  targets: { id: string; values: (number | null)[] }[];
}

export interface TargetSummary {
  target: ChinaTarget;
  /** seeds where the figure is defined */
  defined: number;
  lo: number;
  median: number;
  hi: number;
  /** the median meets the target */
  pass: boolean;
  /** the whole 80 % interval lies in the target band */
  intervalPass: boolean;
}

export const FIGURES_DIR = 'docs/validation';
/** The shipped SPID calibration's report and its posterior predictive table, under docs/ (copied from an `idlab calibrate` folder). */
export const CALIBRATION_REPORT = 'calibration/spid-1950-1995.html';
export const CALIBRATION_PREDICTIVE = 'calibration/spid-1950-1995.predictive-summary.csv';
export const RECORD_PATH = `${FIGURES_DIR}/china-seeds.json`;
export const DOC_PATH = 'docs/validation.md';

/** The record's figures against the targets, in the targets' order; the two lists must name the same ids. */
export function summarizeTargets(targets: readonly ChinaTarget[], record: ChinaRecord): TargetSummary[] {
  const ids = targets.map((t) => t.id).join(', ');
  const recorded = record.targets.map((t) => t.id).join(', ');
  if (ids !== recorded) throw new Error(`the record's targets (${recorded}) are not the current targets (${ids}): run npm run validation`);
  return targets.map((target, j) => {
    const values = record.targets[j].values.filter((v): v is number => v !== null && !Number.isNaN(v));
    const lo = quantile(values, 0.1);
    const median = quantile(values, 0.5);
    const hi = quantile(values, 0.9);
    return { target, defined: values.length, lo, median, hi, pass: inBand(median, target.band), intervalPass: inBand(lo, target.band) && inBand(hi, target.band) };
  });
}

export function validationFigures(summaries: readonly TargetSummary[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of summaries) {
    out.set(`${FIGURES_DIR}/${s.target.id}.svg`, intervalSvg({ band: s.target.band, lo: s.lo, median: s.median, hi: s.hi, digits: s.target.digits, pass: s.pass }));
  }
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function chinaTable(summaries: readonly TargetSummary[], seeds: number): string[] {
  const lines = [
    '| case · 案例 | figure · 指标 | target · 目标 | record · 依据 | median (80 % interval) · 中位数（80 % 区间） | median meets the target · 中位数达标 | whole interval in the target · 整个区间达标 | plot · 图 |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const s of summaries) {
    const t = s.target;
    const v = (x: number) => (Number.isFinite(x) ? x.toFixed(t.digits) : '—');
    const missing = s.defined < seeds ? `; defined for ${s.defined} of ${seeds} seeds` : '';
    lines.push(
      `| ${cell(t.caseName)} | ${cell(t.figure)} | ${cell(t.target)} | ${cell(t.source)} | ${v(s.median)} (${v(s.lo)}–${v(s.hi)})${missing} | ` +
        `${s.pass ? '**pass** 达标' : '**fail** 未达标'} | ${s.intervalPass ? 'yes 是' : 'no 否'} | ![${t.id}](validation/${t.id}.svg) |`,
    );
  }
  return lines;
}

function fmtStat(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
}

function usLines(us: UsSection): string[] {
  const lines = [
    '## US states (SPID) · 美国各州（SPID）',
    '',
    `How the 50 states adopted public policies (SPID v1.0, \`public/data/spid\`), measured by the functions of`,
    '`src/calibration` exactly as [validation-data.md](validation-data.md) reports them, beside the published',
    `figures of [references.md](references.md#empirical-figures-to-check-outputs-against--检验用经验数据). These are the patterns the model is to reproduce on the \`us-states\` world.`,
    '',
    '美国 50 个州采纳公共政策的观测规律（SPID v1.0），用 `src/calibration` 中的函数测得，并与已发表的参考值并列。',
    '',
    `### Observed patterns · 观测规律`,
    '',
    `The ${us.policies} policies first adopted in 1950 or later with at least 10 adopters by 2017; quartiles by the (n + 1)p rule.`,
    '',
    '| figure · 指标 | SPID | reference · 参考值 | source · 来源 |',
    '|---|---|---|---|',
    ...us.patterns.map((p) => `| ${cell(p.figure)} | ${cell(p.observed)} | ${cell(p.reference)} | ${cell(p.source)} |`),
    '',
    '### The calibration statistics · 校准统计量',
    '',
    `The statistics \`${us.calibrationFile}\` fits (\`idlab calibrate\`, [cli.md](cli.md)), observed on the ${us.calibrationPolicies} policies first adopted 1950–1995.`,
    '',
  ];
  if (us.posterior) {
    lines.push(
      `Simulated: the weighted 10th, 50th and 90th percentiles over the particles of \`${us.posterior}\`, each particle's statistics as \`idlab calibrate\` measured them.`,
      '',
      '| statistic · 统计量 | observed 1950–1995 · 观测 | simulated median (80 % interval) · 模拟中位数（80 % 区间） |',
      '|---|---|---|',
      ...us.statistics.map((s) => `| \`${s.name}\` | ${fmtStat(s.observed)} | ${s.simulated ? `${fmtStat(s.simulated.median)} (${fmtStat(s.simulated.lo)}–${fmtStat(s.simulated.hi)})` : '—'} |`),
      '',
      `The shipped run's calibration report — priors and posteriors, what the data identify, the pairs plot, tolerance and ESS per generation, the posterior predictive of every statistic: [${CALIBRATION_REPORT}](${CALIBRATION_REPORT}) (open it in a browser; the posterior predictive's table: [${CALIBRATION_PREDICTIVE}](${CALIBRATION_PREDICTIVE})). 已发布校准运行的报告（先验与后验、数据能识别哪些参数、散点矩阵、每代容差与有效样本量、各统计量的后验预测）见上述链接。`,
    );
  } else {
    lines.push(
      '| statistic · 统计量 | observed 1950–1995 · 观测 |',
      '|---|---|',
      ...us.statistics.map((s) => `| \`${s.name}\` | ${fmtStat(s.observed)} |`),
      '',
      'The US model is not yet calibrated: no calibration posterior (`public/calibration/*posterior*.csv`) is in the repository, so no simulated figures are shown. 美国模型尚未校准：仓库中没有校准后验文件，因此不列模拟值。',
    );
  }
  return lines;
}

export function validationDoc(summaries: readonly TargetSummary[], seeds: readonly number[], us: UsSection): string {
  const n = seeds.length;
  const passed = summaries.filter((s) => s.pass).length;
  const whole = summaries.filter((s) => s.intervalPass).length;
  const failed = summaries.filter((s) => !s.pass).map((s) => `\`${s.target.id}\``);
  const lines = [
    '# Validation · 验证',
    '',
    '<!-- Generated by `npm run validation` (scripts/validation/validation.ts); do not edit by hand. -->',
    '',
    'How the model\'s runs compare with the record: the China presets against the dated milestones of their',
    `cases ([references.md, China milestones](references.md#china-milestones--中国案例里程碑)), and the US states\' observed policy diffusion`,
    '(SPID) against its published figures. The China presets are illustrative, not forecasts',
    '([model.md §12](model.md#12-presets--预设情景)). The five case presets (grid, three-governance, fengqiao, chengdu, bottom-up)',
    'are history-matched to these milestones ([validation/history-matching.md](validation/history-matching.md)): 2–3 of',
    'their parameters were searched over their plausible ranges, and each shipped setting lies in the set the milestones',
    'do not rule out (implausibility ≤ 3) — a fit to a handful of milestones, not an estimate of the parameters. The',
    'hypothetical presets are fitted to nothing; only their mandates are checked here. A target a preset misses is a',
    'known limit of the preset, stated here, not hidden.',
    '',
    '本文把模型的运行结果与记录对照：中国各预设情景对照其案例的时间节点，美国各州的政策扩散观测值对照已发表的数字。',
    '中国预设情景是示意性的、非预测；五个案例预设按历史拟合（history matching）对照这些时间节点，发布的设定位于未被排除的参数区域内（不可信度 ≤ 3），',
    '这是对少数里程碑的拟合而非参数估计；假设情景未作拟合。未达到的目标如实列出。',
    '',
    '## Reproduce · 复现',
    '',
    '```sh',
    'npm run validation    # runs the presets, writes docs/validation.md, docs/validation/*.svg and china-seeds.json',
    'npm run history-match # history-matches the five case presets: docs/validation/history-matching.md (minutes; not in npm test)',
    '```',
    '',
    `Every figure of a China target is measured on each of ${n} runs (seeds ${seeds[0]}–${seeds[n - 1]}) of the preset as shipped,`,
    `through the public model API on the world \`idlab run\` builds; [validation/china-seeds.json](validation/china-seeds.json) holds`,
    'each seed\'s value. The targets and their measurements are `src/service/milestones` (the app\'s "model vs record" panel',
    'measures the running preset with the same functions). A test regenerates this page, its figures and the record and compares them with',
    'the committed files, so they cannot fall behind the presets.',
    '',
    '## China milestones · 中国案例里程碑',
    '',
    `**Reading the table.** The simulated figure is the median over the ${n} seeds with its 80 % interval (10th–90th`,
    'percentile, (n + 1)p rule). A target **passes** when the median meets it; the next column says whether the whole',
    '80 % interval does. Years are calendar years of the scenario clock: "in Y" reads the state at the start of Y,',
    '"by the end of Y" the state at the start of Y + 1. A mandate\'s coverage is the share of the localities in the',
    'mandate\'s scope that had ever adopted three years after it (those that adopted before it included); every mandate',
    'event of every shipped preset is measured. In the plots the shaded band is the target (an arrow: open-ended), the',
    'line the 80 % interval, the dot the median — filled when it passes, open when not.',
    '',
    `**${passed} of ${summaries.length}** targets pass by the median, **${whole}** with the whole 80 % interval.` +
      (failed.length ? ` Not met: ${failed.join(', ')}.` : ''),
    '',
    `在 ${n} 个随机种子上测量；“达标”指中位数满足目标，另列 80 % 区间是否整体满足。${summaries.length} 项目标中 ${passed} 项按中位数达标，${whole} 项整个区间达标。`,
    '',
    ...chinaTable(summaries, n),
    '',
    ...usLines(us),
    '',
  ];
  return lines.join('\n');
}
