import * as d3 from 'd3';
import { layer } from '../charts/timeAxis.ts';
import { BAND_OPACITY, ZERO_COLOR } from './comparePalette.ts';
import { differenceExtent, type BandLine, type CompareChartData } from './compareChartData.ts';

/** Margins, CSS px: room for the share axis on the left (at least; wider labels widen it) and the years below. */
export const COMPARE_MARGIN = { top: 14, right: 16, bottom: 30, left: 58 };

/** Between a y label's left end and the plot's edge beyond it: d3's tick (6) and padding (3), plus 3 px of air. */
const Y_LABEL_ROOM = 12;

/** Text of a compare chart in the current language (the drawing stays language-free). */
export interface CompareChartText {
  formatYear: (year: number) => string;
  /** a y value: a share ("42%") on the arms chart, a signed difference ("+3.1 pp") on the other */
  formatValue: (v: number) => string;
  /** the tooltip of a line: its name */
  lineTitle: (key: BandLine['key']) => string;
}

interface Point {
  year: number;
  median: number;
  p10: number;
  p90: number;
}

function points(years: readonly number[], l: BandLine): Point[] {
  return years.map((year, i) => ({ year, median: l.band.median[i], p10: l.band.p10[i], p90: l.band.p90[i] }));
}

/**
 * Median lines over the years, each with its pointwise 10–90 % band (a light fill between dashed
 * edges — the edges keep the band visible where a projector washes light fills out). The arms chart
 * has a 0–100 % axis; the difference chart a symmetric one around a solid zero line. Years where a
 * value is undefined (NaN) leave a gap. Layers are created once and joined on every call.
 */
export function drawCompareChart(svgEl: SVGSVGElement, data: CompareChartData, text: CompareChartText, width: number, height: number): void {
  const svg = d3.select(svgEl).attr('viewBox', `0 0 ${width} ${height}`);
  const first = data.years[0] ?? 0;
  const last = data.years[data.years.length - 1] ?? first + 1;
  const m = data.kind === 'difference' ? differenceExtent(data.lines) : 1;
  const y = d3.scaleLinear().domain(data.kind === 'difference' ? [-m, m] : [0, 1]).range([height - COMPARE_MARGIN.bottom, COMPARE_MARGIN.top]);

  // the y axis first: its widest label sets the left margin ("+4 个百分点" needs more than "+4 pp")
  const frame = layer(svg, 'frame');
  const yAxis = layer(frame, 'y-axis').call(d3.axisLeft(y).ticks(data.kind === 'difference' ? 4 : 5).tickFormat((v) => text.formatValue(Number(v))));
  const labelWidth = d3.max(yAxis.selectAll<SVGTextElement, unknown>('text').nodes(), (n) => n.getComputedTextLength()) ?? 0;
  const left = Math.max(COMPARE_MARGIN.left, Math.ceil(labelWidth) + Y_LABEL_ROOM);
  yAxis.attr('transform', `translate(${left},0)`);
  const x = d3.scaleLinear().domain([first, Math.max(last, first + 1)]).range([left, width - COMPARE_MARGIN.right]);

  layer(frame, 'x-axis')
    .attr('transform', `translate(0,${height - COMPARE_MARGIN.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((width - left - COMPARE_MARGIN.right) / 70))).tickFormat((v) => text.formatYear(Number(v))));

  const lines = data.lines.map((l) => ({ l, pts: points(data.years, l) }));
  const defined = (v: number) => Number.isFinite(v);
  layer(svg, 'bands')
    .selectAll<SVGPathElement, (typeof lines)[number]>('path')
    .data(lines, (d) => d.l.key)
    .join('path')
    .attr('class', (d) => `band ${d.l.key}`)
    .attr('fill', (d) => d.l.color)
    .attr('fill-opacity', BAND_OPACITY)
    .attr('stroke', 'none')
    .attr('d', (d) =>
      d3.area<Point>().defined((p) => defined(p.p10) && defined(p.p90)).x((p) => x(p.year)).y0((p) => y(p.p10)).y1((p) => y(p.p90))(d.pts) ?? '',
    );
  const edges = lines.flatMap((d) => (['p10', 'p90'] as const).map((q) => ({ ...d, q })));
  layer(svg, 'edges')
    .selectAll<SVGPathElement, (typeof edges)[number]>('path')
    .data(edges, (d) => `${d.l.key}.${d.q}`)
    .join('path')
    .attr('class', (d) => `edge ${d.l.key} ${d.q}`)
    .attr('fill', 'none')
    .attr('stroke', (d) => d.l.color)
    .attr('stroke-width', 1)
    .attr('stroke-dasharray', '4 3')
    .attr('d', (d) => d3.line<Point>().defined((p) => defined(p[d.q])).x((p) => x(p.year)).y((p) => y(p[d.q]))(d.pts) ?? '');
  layer(svg, 'zero')
    .selectAll('line')
    .data(data.kind === 'difference' ? [0] : [])
    .join('line')
    .attr('x1', left)
    .attr('x2', width - COMPARE_MARGIN.right)
    .attr('y1', y(0))
    .attr('y2', y(0))
    .attr('stroke', ZERO_COLOR)
    .attr('stroke-width', 1.5);
  layer(svg, 'medians')
    .selectAll<SVGPathElement, (typeof lines)[number]>('path')
    .data(lines, (d) => d.l.key)
    .join((enter) => enter.append('path').call((p) => p.append('title')))
    .attr('class', (d) => `median ${d.l.key}`)
    .attr('fill', 'none')
    .attr('stroke', (d) => d.l.color)
    .attr('stroke-width', 3)
    .attr('d', (d) => d3.line<Point>().defined((p) => defined(p.median)).x((p) => x(p.year)).y((p) => y(p.median))(d.pts) ?? '')
    .select('title')
    .text((d) => text.lineTitle(d.l.key));
  layer(svg, 'year')
    .selectAll('line')
    .data(data.year === null ? [] : [data.year])
    .join('line')
    .attr('x1', (v) => x(v))
    .attr('x2', (v) => x(v))
    .attr('y1', COMPARE_MARGIN.top)
    .attr('y2', height - COMPARE_MARGIN.bottom)
    .attr('stroke', '#444')
    .attr('stroke-dasharray', '2 3')
    .attr('stroke-width', 1.5);
}
