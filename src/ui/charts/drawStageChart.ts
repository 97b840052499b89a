import * as d3 from 'd3';
import { STAGE_COLORS } from '../palette.ts';
import type { MetricRow } from '../../service/types.ts';
import type { ChartData, ChartText } from './chartData.ts';
import { chartScales, drawTimeFrame, layer } from './timeAxis.ts';
import { yearOfTick } from '../timeline.ts';

/**
 * Stacking order, bottom to top: the active stages from the most advanced down (so the top of the
 * "learning" band is the active share), then formal and terminated. Stage 0 is the white space above.
 */
export const STACK_ORDER: readonly number[] = [4, 3, 2, 1, 5, 6];

/** Stages stacked over time, as shares of all localities: `(svg, data, text, size) => void`. */
export function drawStageChart(
  svgEl: SVGSVGElement,
  data: ChartData,
  text: ChartText,
  width: number,
  height: number,
): void {
  const svg = d3.select(svgEl).attr('viewBox', `0 0 ${width} ${height}`);
  const scales = chartScales(data, width, height);
  const { x, y } = scales;
  const n = Math.max(1, data.n);
  const stack = d3
    .stack<MetricRow, number>()
    .keys(STACK_ORDER)
    .value((row, stage) => row.stages[stage] / n);
  const series = stack(data.rows as MetricRow[]);
  const area = d3
    .area<d3.SeriesPoint<MetricRow>>()
    .x((p) => x(yearOfTick(p.data.tick, data.startYear, data.dt)))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  layer(svg, 'areas')
    .selectAll<SVGPathElement, d3.Series<MetricRow, number>>('path')
    .data(series, (s) => String(s.key))
    .join((enter) => enter.append('path').call((p) => p.append('title')))
    .attr('fill', (s) => STAGE_COLORS[s.key])
    .attr('d', (s) => area(s) ?? '')
    .select('title')
    .text((s) => text.series[String(s.key)] ?? '');
  drawTimeFrame(svg, data, text, scales, height);
}
