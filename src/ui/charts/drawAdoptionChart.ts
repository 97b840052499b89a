import * as d3 from 'd3';
import type { MetricRow } from '../../service/types.ts';
import { REGION_COLORS } from '../palette.ts';
import type { ChartData, ChartText } from './chartData.ts';
import { chartScales, drawTimeFrame, layer } from './timeAxis.ts';
import { yearOfTick } from '../timeline.ts';

/** One line of the adoption chart: its key in `ChartText.series`, colour, width and value. */
interface Line {
  key: string;
  color: string;
  width: number;
  dash: string | null;
  value: (row: MetricRow) => number;
}

/** The lines drawn: ever adopted and active (all localities), then active per region. */
export function adoptionLines(data: ChartData): Line[] {
  const n = Math.max(1, data.n);
  const lines: Line[] = [
    { key: 'ever', color: '#111111', width: 3, dash: '6 4', value: (r) => r.everAdopted / n },
    { key: 'active', color: '#111111', width: 3, dash: null, value: (r) => r.active / n },
  ];
  data.regionSizes.forEach((size, region) => {
    if (size > 0) {
      lines.push({
        key: `region.${region}`,
        color: REGION_COLORS[region],
        width: 1.75,
        dash: null,
        value: (r) => r.activeByRegion[region] / size,
      });
    }
  });
  return lines;
}

/** Ever-adopted and active shares over time, with the active share of each region. */
export function drawAdoptionChart(
  svgEl: SVGSVGElement,
  data: ChartData,
  text: ChartText,
  width: number,
  height: number,
): void {
  const svg = d3.select(svgEl).attr('viewBox', `0 0 ${width} ${height}`);
  const scales = chartScales(data, width, height);
  const { x, y } = scales;
  const lines = adoptionLines(data);
  layer(svg, 'lines')
    .selectAll<SVGPathElement, Line>('path')
    .data(lines, (l) => l.key)
    .join((enter) => enter.append('path').attr('fill', 'none').call((p) => p.append('title')))
    .attr('stroke', (l) => l.color)
    .attr('stroke-width', (l) => l.width)
    .attr('stroke-dasharray', (l) => l.dash)
    .attr('d', (l) =>
      d3
        .line<MetricRow>()
        .x((r) => x(yearOfTick(r.tick, data.startYear, data.dt)))
        .y((r) => y(l.value(r)))(data.rows as MetricRow[]) ?? '',
    )
    .select('title')
    .text((l) => text.series[l.key] ?? l.key);
  drawTimeFrame(svg, data, text, scales, height);
}
