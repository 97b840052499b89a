/**
 * The report's probability-of-adoption maps at one year: in how many of the simulated worlds each
 * locality had adopted by then — baseline, scenario — and scenario − baseline, as three inline SVG
 * maps. The outlines are written once (`mapShapeDefs`, hidden) and each map colours them with
 * `<use>` by class, so three maps cost one set of outlines. Classes and colours as in the app:
 * 10 classes of 10 percentage points; the difference in 9 equal classes over ±m, m the largest
 * |difference| rounded up to 1, 2, 2.5 or 5 × 10^k percentage points, at least 5.
 */
import { escapeHtml } from '../../calibration/report/escapeHtml.ts';
import { px } from '../../calibration/report/svgAxes.ts';
import { adoptionProbability } from '../adoptionProbability.ts';
import { differenceClassCodes, probabilityClassCodes } from '../mapClassCodes.ts';
import type { ComparisonResult } from '../types.ts';
import { DIFFERENCE_CLASS_COLOURS, DIFFERENCE_CLASS_COUNT, PROBABILITY_CLASS_COLOURS, PROBABILITY_CLASS_COUNT, REPORT_BACKGROUND_COLOUR } from './reportColours.ts';
import type { ReportMapShapes } from './reportMapShapes.ts';

/** The outlines every map refers to (ids m<i>, s<i>, b<i>), in an SVG of no size. */
export function mapShapeDefs(shapes: ReportMapShapes): string {
  const paths = [
    ...shapes.main.map((d, i) => (d ? `<path id="m${i}" d="${d}"/>` : '')),
    ...shapes.inset.map((d, i) => (d ? `<path id="s${i}" d="${d}"/>` : '')),
    ...shapes.background.map((d, i) => `<path id="b${i}" d="${d}"/>`),
  ];
  return `<svg class="defs" width="0" height="0" aria-hidden="true"><defs>${paths.join('\n')}</defs></svg>`;
}

interface Classed {
  /** class per locality */
  classes: Uint8Array;
  colours: readonly string[];
  /** each class's range in words */
  labels: string[];
}

const pct = (x: number, digits: number) => `${(100 * x).toFixed(digits)} %`;
const signedPp = (x: number, digits: number) => {
  const text = (100 * Math.abs(x)).toFixed(digits);
  return `${x > 1e-12 ? '+' : x < -1e-12 ? '−' : ''}${text} pp`;
};

function probabilityClassed(p: Float64Array): Classed {
  const n = PROBABILITY_CLASS_COUNT;
  const classes = probabilityClassCodes(p, n);
  return { classes, colours: PROBABILITY_CLASS_COLOURS, labels: PROBABILITY_CLASS_COLOURS.map((_, c) => `${pct(c / n, 0)} – ${pct((c + 1) / n, 0)}`) };
}

function differenceClassed(d: Float64Array): Classed {
  const n = DIFFERENCE_CLASS_COUNT;
  const { codes: classes, m, w } = differenceClassCodes(d, n);
  const digits = w >= 0.05 ? 0 : 1;
  const middle = (n - 1) / 2;
  const labels = DIFFERENCE_CLASS_COLOURS.map((_, c) => {
    const range = `${signedPp(-m + c * w, digits)} – ${signedPp(-m + (c + 1) * w, digits)}`;
    const note = c === 0 ? ' · baseline more likely · 基准更可能' : c === middle ? ' · about the same · 大致相同' : c === n - 1 ? ' · scenario more likely · 情景更可能' : '';
    return range + note;
  });
  return { classes, colours: DIFFERENCE_CLASS_COLOURS, labels };
}

/** One map: background grey, each locality's class colour (grouped by colour), the inset box between the main view and the inset. */
function mapSvg(shapes: ReportMapShapes, c: Classed, label: string): string {
  const uses = (prefix: 'm' | 's', drawn: readonly string[]) => {
    const byClass = c.colours.map(() => [] as number[]);
    drawn.forEach((d, i) => {
      if (d) byClass[c.classes[i]].push(i);
    });
    return byClass.map((is, k) => (is.length ? `<g fill="${c.colours[k]}">${is.map((i) => `<use href="#${prefix}${i}"/>`).join('')}</g>` : '')).join('');
  };
  const bg = `<g fill="${REPORT_BACKGROUND_COLOUR}">${shapes.background.map((_, i) => `<use href="#b${i}"/>`).join('')}</g>`;
  const box = shapes.insetBox;
  const frame = box ? `<rect x="${px(box.x)}" y="${px(box.y)}" width="${px(box.width)}" height="${px(box.height)}" fill="#fff" stroke="#718096" stroke-width="0.6"/>` : '';
  return (
    `<svg class="map" viewBox="0 0 ${shapes.width} ${shapes.height}" width="${shapes.width}" height="${shapes.height}" role="img" aria-label="${escapeHtml(label)}">` +
    `<g stroke="#ffffff" stroke-width="0.12" stroke-linejoin="round">${bg}${uses('m', shapes.main)}${frame}${uses('s', shapes.inset)}</g></svg>`
  );
}

function legend(c: Classed): string {
  return `<ul class="map-legend">${c.colours.map((colour, k) => `<li><span class="swatch" style="background:${colour}"></span>${escapeHtml(c.labels[k])}</li>`).join('')}</ul>`;
}

/** The three maps of innovation `id` at `yearIndex` (an index of result.years), with captions and legends. */
export function probabilityMaps(shapes: ReportMapShapes, result: ComparisonResult, id: string, yearIndex: number): string {
  const since = result.years[yearIndex] - result.years[0];
  const b = adoptionProbability(result, 'baseline', id, since);
  const s = adoptionProbability(result, 'scenario', id, since);
  const d = Float64Array.from(s, (v, i) => v - b[i]);
  const year = result.years[yearIndex];
  const chance = [probabilityClassed(b), probabilityClassed(s)];
  const diff = differenceClassed(d);
  const figure = (caption: string, c: Classed) => `<figure class="map-figure"><figcaption>${caption}</figcaption>${mapSvg(shapes, c, caption)}</figure>`;
  return (
    '<div class="maps">' +
    figure(`Baseline · 基准 — adopted by ${year} · ${year} 年前已采纳`, chance[0]) +
    figure(`Scenario · 情景 — adopted by ${year} · ${year} 年前已采纳`, chance[1]) +
    figure(`Scenario − baseline · 情景 − 基准 (percentage points · 百分点)`, diff) +
    '</div>' +
    `<div class="legends"><div><p class="legend-title">Share of simulated worlds in which the locality had adopted · 已采纳的模拟世界比例</p>${legend(chance[0])}</div>` +
    `<div><p class="legend-title">Difference · 差值 (scenario − baseline · 情景 − 基准)</p>${legend(diff)}</div></div>`
  );
}
