import * as d3 from 'd3';
import type { ChartData, ChartText } from './chartData.ts';
import { yearOfTick } from '../timeline.ts';
import type { EventType } from '../../model/scenario/types.ts';

/** Margins of both charts, CSS px: room for the share axis on the left and years below. */
export const MARGIN = { top: 22, right: 14, bottom: 30, left: 52 };

export interface ChartScales {
  x: d3.ScaleLinear<number, number>;
  y: d3.ScaleLinear<number, number>;
}

/** Scales of a chart of size width × height: x in years over the whole run, y a share 0–1. */
export function chartScales(data: ChartData, width: number, height: number): ChartScales {
  const end = yearOfTick(data.totalTicks, data.startYear, data.dt);
  return {
    x: d3.scaleLinear().domain([data.startYear, Math.max(end, data.startYear + data.dt)]).range([MARGIN.left, width - MARGIN.right]),
    y: d3.scaleLinear().domain([0, 1]).range([height - MARGIN.bottom, MARGIN.top]),
  };
}

/**
 * Axes, the scenario's events as dashed lines with a symbol on top (a suspension era also as a
 * shaded band to its end), and the "now" line.
 * Everything goes into `<g class="frame">` and `<g class="overlay">`, created once and updated.
 */
export function drawTimeFrame(
  svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  data: ChartData,
  text: ChartText,
  { x, y }: ChartScales,
  height: number,
): void {
  const frame = layer(svg, 'frame');
  const xAxis = d3
    .axisBottom(x)
    .ticks(Math.max(2, Math.floor((x.range()[1] - x.range()[0]) / 70)))
    .tickFormat((v) => text.formatYear(Number(v)));
  const xAxisLayer = layer(frame, 'x-axis').attr('transform', `translate(0,${height - MARGIN.bottom})`).call(xAxis);
  // a label on the axis' right end ("2024", "year 30") would stick out of the chart: it ends there instead
  xAxisLayer.selectAll<SVGTextElement, number>('.tick text').attr('text-anchor', (v) => (x(v) >= x.range()[1] - 0.5 ? 'end' : 'middle'));
  const yAxis = d3.axisLeft(y).ticks(4).tickFormat((v) => text.formatShare(Number(v)));
  layer(frame, 'y-axis').attr('transform', `translate(${MARGIN.left},0)`).call(yAxis);
  const overlay = layer(svg, 'overlay');
  // a suspension era (e.g. 1966–1976 for 枫桥经验) as a light band over the chart, clipped to the run
  const [x0, x1] = x.range();
  layer(overlay, 'eras')
    .attr('pointer-events', 'none')
    .selectAll<SVGRectElement, ChartData['events'][number]>('rect.era')
    .data(data.events.filter((e) => e.untilYear !== undefined))
    .join('rect')
    .attr('class', 'era')
    .attr('fill', '#555')
    .attr('fill-opacity', 0.14)
    .attr('x', (e) => Math.max(x0, x(e.year)))
    .attr('width', (e) => Math.max(0, Math.min(x1, x(e.untilYear!)) - Math.max(x0, x(e.year))))
    .attr('y', MARGIN.top)
    .attr('height', height - MARGIN.top - MARGIN.bottom);
  const marks = layer(overlay, 'events')
    .selectAll<SVGGElement, ChartData['events'][number]>('g.event')
    .data(data.events, (e) => `${e.tick}|${e.type}|${e.level}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'event');
      g.append('line').attr('stroke', '#666').attr('stroke-dasharray', '3 3');
      g.append('path').attr('fill', '#333');
      g.append('title');
      return g;
    });
  marks.attr('transform', (e) => `translate(${x(e.year)},0)`);
  marks.select('line').attr('y1', MARGIN.top - 6).attr('y2', height - MARGIN.bottom);
  marks.select('path').attr('d', (e) => d3.symbol(EVENT_SYMBOL[e.type], 40)()).attr('transform', `translate(0,${MARGIN.top - 12})`);
  marks.select('title').text((e) => text.eventLabel(e));

  const nowYear = yearOfTick(data.tick, data.startYear, data.dt);
  layer(overlay, 'now')
    .selectAll('line')
    .data([nowYear])
    .join('line')
    .attr('x1', (v) => x(v))
    .attr('x2', (v) => x(v))
    .attr('y1', MARGIN.top)
    .attr('y2', height - MARGIN.bottom)
    .attr('stroke', '#111')
    .attr('stroke-width', 1.5);
}

/** Scenario event types → d3 symbols (shape, not only colour, tells them apart). */
const EVENT_SYMBOL = {
  pilot: d3.symbolCircle,
  endorse: d3.symbolTriangle,
  document: d3.symbolSquare,
  mandate: d3.symbolDiamond,
  withdraw: d3.symbolCross,
  suspend: d3.symbolWye,
} as const satisfies Record<EventType, d3.SymbolType>;

/** The child `<g class=name>` of a selection, created on first use. */
export function layer<P extends d3.BaseType>(
  parent: d3.Selection<P, unknown, null, undefined>,
  name: string,
): d3.Selection<SVGGElement, unknown, null, undefined> {
  const existing = parent.select<SVGGElement>(`:scope > g.${name}`);
  if (!existing.empty()) return existing as unknown as d3.Selection<SVGGElement, unknown, null, undefined>;
  return parent.append('g').attr('class', name) as unknown as d3.Selection<SVGGElement, unknown, null, undefined>;
}
