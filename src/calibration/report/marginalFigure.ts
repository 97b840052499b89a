/**
 * The report's figure of one parameter: the weighted histogram of its posterior particles over the
 * prior range (weightedHistogram.ts, as density ÷ prior density), the flat prior as a dashed line at
 * 1, and the posterior median with its 90 % interval as a bar under the histogram. The x axis is on
 * the scale the prior is uniform on (logarithmic for a log-uniform prior).
 */
import { axisScale } from './axisScale.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { ParameterSummary } from './parameterSummary.ts';
import { bottomAxis, leftAxis, px } from './svgAxes.ts';
import { weightedHistogram } from './weightedHistogram.ts';

const WIDTH = 300;
const HEIGHT = 190;
const M = { left: 34, right: 14, top: 24, bottom: 40 };
const BINS = 20;

export function marginalFigure(summary: ParameterSummary, values: readonly number[], weights: readonly number[]): string {
  const { prior } = summary;
  const log = prior.scale === 'log';
  const bars = weightedHistogram(prior, values, weights, BINS);
  const x = axisScale(prior.lo, prior.hi, log, M.left, WIDTH - M.right);
  const top = Math.max(1.25, ...bars) * 1.08;
  const plotBottom = HEIGHT - M.bottom - 10; // room for the interval bar under the bars
  const y = axisScale(0, top, false, plotBottom, M.top, 4);
  const edge = (i: number) => M.left + ((WIDTH - M.left - M.right) * i) / BINS;
  let body = '';
  bars.forEach((h, i) => {
    if (h > 0) body += `<rect class="post" x="${px(edge(i) + 0.5)}" y="${px(y.px(h))}" width="${px(edge(i + 1) - edge(i) - 1)}" height="${px(plotBottom - y.px(h))}"/>`;
  });
  body += `<path class="prior" d="M${px(M.left)} ${px(y.px(1))}H${px(WIDTH - M.right)}"/>`;
  const barY = plotBottom + 6;
  body += `<path class="interval" d="M${px(x.px(summary.lo))} ${px(barY)}H${px(x.px(summary.hi))}"/><circle class="median" cx="${px(x.px(summary.median))}" cy="${px(barY)}" r="3"/>`;
  const name = escapeHtml(prior.name);
  const scaleNote = log ? ' (log scale · 对数刻度)' : '';
  return (
    `<svg class="fig" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${name}: prior and posterior · 先验与后验">` +
    `<text class="title" x="${M.left}" y="14">${name}</text>` +
    leftAxis(y, M.left, plotBottom, M.top) +
    body +
    bottomAxis(x, HEIGHT - M.bottom, M.left, WIDTH - M.right, `${prior.name}${scaleNote}`) +
    '</svg>'
  );
}
