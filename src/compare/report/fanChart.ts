/**
 * A fan chart of the report as an SVG string: yearly medians as lines and the pointwise 10–90 %
 * bands as shaded areas (their edges dashed, so they survive a greyscale printer), over calendar
 * years; shares drawn in % (or percentage points for a difference, with the zero line). The same
 * input gives the same text (coordinates to 0.1 px).
 */
import { axisScale } from '../../calibration/report/axisScale.ts';
import { escapeHtml } from '../../calibration/report/escapeHtml.ts';
import { bottomAxis, leftAxis, px } from '../../calibration/report/svgAxes.ts';
import type { BandSeries } from '../types.ts';

export interface FanLine {
  band: BandSeries;
  colour: string;
}

const WIDTH = 340;
const HEIGHT = 220;
const M = { left: 50, right: 12, top: 22, bottom: 40 };

/** Points of `values` (×100) joined as a path; gaps where a value is undefined. */
function line(years: readonly number[], values: Float64Array, x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  years.forEach((year, j) => {
    const v = values[j];
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${px(x(year))} ${px(y(100 * v))}`;
    pen = true;
  });
  return d;
}

/** The band between p10 and p90 (years where both are defined) as one closed area. */
function area(years: readonly number[], b: BandSeries, x: (v: number) => number, y: (v: number) => number): string {
  const js = years.map((_, j) => j).filter((j) => Number.isFinite(b.p10[j]) && Number.isFinite(b.p90[j]));
  if (js.length < 2) return '';
  const top = js.map((j, i) => `${i ? 'L' : 'M'}${px(x(years[j]))} ${px(y(100 * b.p90[j]))}`).join('');
  const bottom = [...js].reverse().map((j) => `L${px(x(years[j]))} ${px(y(100 * b.p10[j]))}`).join('');
  return `${top}${bottom}Z`;
}

/**
 * The chart of `lines` over `years` titled `title` (already bilingual), the y axis labelled `unit`;
 * `difference`: the y range always holds 0, and the zero line (no effect) is drawn.
 */
export function fanChart(title: string, years: readonly number[], lines: readonly FanLine[], unit: string, difference = false): string {
  const values: number[] = [];
  for (const { band } of lines) for (const s of [band.p10, band.p90, band.median]) for (const v of s) if (Number.isFinite(v)) values.push(100 * v);
  let lo = difference ? Math.min(0, ...values) : 0;
  let hi = difference ? Math.max(0, ...values) : Math.max(1, ...values);
  if (!difference) hi = Math.min(100, hi * 1.05);
  else {
    const pad = (hi - lo) * 0.06 || 1;
    lo -= pad;
    hi += pad;
  }
  const x0 = M.left;
  const x1 = WIDTH - M.right;
  const y0 = HEIGHT - M.bottom;
  const y1 = M.top;
  const xs = axisScale(years[0], years[years.length - 1], false, x0, x1, 6);
  const ys = axisScale(lo, hi, false, y0, y1, 5);
  let body = '';
  for (const { band, colour } of lines) {
    const a = area(years, band, xs.px, ys.px);
    if (a) body += `<path d="${a}" fill="${colour}" fill-opacity="0.18" stroke="${colour}" stroke-width="0.8" stroke-dasharray="3 2"/>`;
  }
  if (difference) body += `<path d="M${px(x0)} ${px(ys.px(0))}H${px(x1)}" stroke="#1a1a1a" stroke-width="1"/>`;
  for (const { band, colour } of lines) body += `<path d="${line(years, band.median, xs.px, ys.px)}" fill="none" stroke="${colour}" stroke-width="2.2"/>`;
  const titleText = `<text class="title" x="2" y="14">${escapeHtml(title)}</text>`;
  return (
    `<svg class="fig" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">` +
    titleText +
    body +
    bottomAxis(xs, y0, x0, x1, 'year · 年份') +
    leftAxis(ys, x0, y0, y1) +
    `<text class="label" x="2" y="${px((y0 + y1) / 2)}" transform="rotate(-90 2 ${px((y0 + y1) / 2)})" text-anchor="middle" dominant-baseline="hanging">${escapeHtml(unit)}</text>` +
    '</svg>'
  );
}
