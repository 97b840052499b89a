import * as d3 from 'd3';
import type { TornadoResult, TornadoRow } from '../../compare/tornado/types.ts';
import { layer } from '../charts/timeAxis.ts';
import { ARM_COLORS, ZERO_COLOR } from './comparePalette.ts';

/**
 * The tornado's two colours: the lever at the low end of its plausible range in Okabe–Ito blue, at
 * the high end in vermilion — compare mode's colour-blind-safe pair (no red against green, apart in
 * lightness too, each at least 3 : 1 against the page in either theme). The low bar is also always
 * drawn above the high one, so position tells them apart without colour.
 */
export const TORNADO_COLORS = { low: ARM_COLORS.baseline, high: ARM_COLORS.scenario } as const;

/** Layout, CSS px: one row per lever — its name on a line of its own, then the low bar and the high bar. */
export const TORNADO_LAYOUT = { top: 6, bottom: 30, left: 30, right: 30, name: 16, bar: 11, gap: 3, rowGap: 10 } as const;

/** Height of the chart of `rows` levers. */
export function tornadoHeight(rows: number): number {
  const L = TORNADO_LAYOUT;
  return L.top + rows * (L.name + 2 * L.bar + L.gap + L.rowGap) + L.bottom;
}

/** Text of the tornado in the current language (the drawing stays language-free). */
export interface TornadoChartText {
  /** a lever's plain-language name */
  name: (row: TornadoRow) => string;
  /** a signed difference of the KPI (axis ticks) */
  formatValue: (v: number) => string;
  /** a bar's tooltip: the end, its value and the band of the difference */
  barTitle: (row: TornadoRow, side: 'low' | 'high') => string;
}

interface Bar {
  row: TornadoRow;
  index: number;
  side: 'low' | 'high';
}

/**
 * Horizontal bars around a zero line, one pair per lever in rank order: each bar runs from 0 to the
 * median paired difference (KPI with the lever at that end − KPI in the current scenario), with a
 * whisker over its 10–90 % band. The axis is symmetric around 0 and spans the widest whisker.
 * Undefined figures (NaN) draw no bar. Layers are created once and joined on every call.
 */
export function drawTornadoChart(svgEl: SVGSVGElement, result: TornadoResult, text: TornadoChartText, width: number): void {
  const L = TORNADO_LAYOUT;
  const height = tornadoHeight(result.rows.length);
  const svg = d3.select(svgEl).attr('viewBox', `0 0 ${width} ${height}`);
  const extent = d3.max(result.rows.flatMap((r) => [r.lowDifference, r.highDifference].flatMap((b) => [b.p10, b.p90, b.median]).map(Math.abs).filter(Number.isFinite))) || 1;
  const x = d3.scaleLinear().domain([-extent, extent]).nice().range([L.left, width - L.right]);
  const rowTop = (i: number) => L.top + i * (L.name + 2 * L.bar + L.gap + L.rowGap);
  const barTop = (b: Bar) => rowTop(b.index) + L.name + (b.side === 'high' ? L.bar + L.gap : 0);
  const finite = (v: number) => (Number.isFinite(v) ? v : 0);

  layer(svg, 'x-axis')
    .attr('transform', `translate(0,${height - L.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((width - L.left - L.right) / 80))).tickFormat((v) => text.formatValue(Number(v))));
  layer(svg, 'names')
    .selectAll<SVGTextElement, TornadoRow>('text')
    .data(result.rows, (r) => r.key)
    .join('text')
    .attr('class', (r) => `name ${r.key}`)
    .attr('x', 2) // names need no axis margin: the full width for long ones on a phone
    .attr('y', (_, i) => rowTop(i) + L.name - 4)
    .attr('fill', 'currentColor')
    .text((r) => text.name(r));
  const bars: Bar[] = result.rows.flatMap((row, index) => (['low', 'high'] as const).map((side) => ({ row, index, side })));
  const band = (b: Bar) => (b.side === 'low' ? b.row.lowDifference : b.row.highDifference);
  layer(svg, 'bars')
    .selectAll<SVGRectElement, Bar>('rect')
    .data(bars, (b) => `${b.row.key}.${b.side}`)
    .join((enter) => enter.append('rect').call((r) => r.append('title')))
    .attr('class', (b) => `bar ${b.side} ${b.row.key}`)
    .attr('fill', (b) => TORNADO_COLORS[b.side])
    .attr('x', (b) => Math.min(x(0), x(finite(band(b).median))))
    .attr('width', (b) => Math.abs(x(finite(band(b).median)) - x(0)))
    .attr('y', barTop)
    .attr('height', L.bar)
    .select('title')
    .text((b) => text.barTitle(b.row, b.side));
  const whiskers = bars.filter((b) => Number.isFinite(band(b).p10) && Number.isFinite(band(b).p90));
  layer(svg, 'whiskers')
    .selectAll<SVGPathElement, Bar>('path')
    .data(whiskers, (b) => `${b.row.key}.${b.side}`)
    .join('path')
    .attr('class', (b) => `whisker ${b.side} ${b.row.key}`)
    .attr('fill', 'none')
    .attr('stroke', ZERO_COLOR)
    .attr('stroke-width', 1.5)
    .attr('d', (b) => {
      const mid = barTop(b) + L.bar / 2;
      const [a, c] = [x(band(b).p10), x(band(b).p90)];
      const h = L.bar / 2 - 1;
      return `M${a},${mid - h}V${mid + h}M${a},${mid}H${c}M${c},${mid - h}V${mid + h}`;
    });
  layer(svg, 'zero')
    .selectAll('line')
    .data([0])
    .join('line')
    .attr('x1', x(0))
    .attr('x2', x(0))
    .attr('y1', L.top)
    .attr('y2', height - L.bottom)
    .attr('stroke', ZERO_COLOR)
    .attr('stroke-width', 1.5);
}
