/**
 * The report's posterior predictive "fan" of one summary statistic: the simulated 5–95 % interval as
 * a thin bar, the 10–90 % (80 %) interval as a thick one, the median as a dot, and the observed value
 * as a red diamond on a vertical mark. The axis spans the intervals and the observed value.
 */
import type { PredictiveSummaryRow } from '../predictiveSummary.ts';
import { axisScale } from './axisScale.ts';
import { escapeHtml } from './escapeHtml.ts';
import { bottomAxis, px } from './svgAxes.ts';

const WIDTH = 320;
const HEIGHT = 58;
const M = { left: 12, right: 12 };
const MID = 20;

export function predictiveFan(row: PredictiveSummaryRow): string {
  const values = [row.q05, row.q95, row.median, ...(row.observed === null ? [] : [row.observed])].filter(Number.isFinite);
  const label = `${escapeHtml(row.statistic)}: posterior predictive · 后验预测`;
  if (values.length === 0) return `<svg class="fig" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label}"><text class="tick" x="${M.left}" y="${MID}">no defined draw · 无有效模拟</text></svg>`;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = (hi - lo) * 0.08 || Math.abs(lo) * 0.1 || 1;
  lo -= pad;
  hi += pad;
  const x = axisScale(lo, hi, false, M.left, WIDTH - M.right, 6);
  let out = `<path class="wide" d="M${px(x.px(row.q05))} ${MID}H${px(x.px(row.q95))}"/>`;
  out += `<path class="narrow" d="M${px(x.px(row.q10))} ${MID}H${px(x.px(row.q90))}"/>`;
  out += `<circle class="median" cx="${px(x.px(row.median))}" cy="${MID}" r="4"/>`;
  if (row.observed !== null) {
    const ox = x.px(row.observed);
    out += `<path class="observed" d="M${px(ox)} ${MID - 11}V${MID + 11}"/><path class="observed-mark" d="M${px(ox)} ${MID - 6}l5 6l-5 6l-5 -6z"/>`;
  }
  return `<svg class="fig" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label}">${out}${bottomAxis(x, MID + 16, M.left, WIDTH - M.right)}</svg>`;
}
