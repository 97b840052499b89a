import * as d3 from 'd3';
import { layer } from '../charts/timeAxis.ts';
import type { SweepChartData, SweepSeries, SweepStat } from './sweepChartData.ts';

/** Margins, CSS px: room for the metric axis and its title on the left, the factor's below. */
export const SWEEP_MARGIN = { top: 14, right: 16, bottom: 46, left: 66 };

/**
 * Series colours: Okabe–Ito (colour-blind safe), in an order whose neighbours differ in lightness
 * too; one series is drawn in the app's accent blue.
 */
export const SERIES_COLORS: readonly string[] = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8a7a00'];
const SINGLE_COLOR = '#0b5cad';

/** Text of the chart in the current language (render functions stay language-free). */
export interface SweepChartText {
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** the tooltip of one replicate */
  pointTitle: (p: { run: number; x: number; y: number }) => string;
}

/** The colour of series `i` of `data` (also the legend's). */
export function seriesColor(data: SweepChartData, i: number): string {
  const s = data.series[i];
  if (data.otherFactor === null || s.value === null) return SINGLE_COLOR;
  if (data.lines) return SERIES_COLORS[i % SERIES_COLORS.length];
  return continuousColor(data, s.value);
}

/** Viridis without its palest quarter, which is too light on white (WCAG non-text contrast). */
export function continuousColor(data: SweepChartData, value: number): string {
  const [lo, hi] = data.otherDomain ?? [0, 1];
  const t = hi > lo ? (value - lo) / (hi - lo) : 0.5;
  return d3.interpolateViridis(0.8 * Math.max(0, Math.min(1, t)));
}

/**
 * Metric against the x factor: every replicate as a point; per x the replicate mean as a line and
 * mean ± 1 SD as a band (line mode), or as a tick with an error bar (points coloured by the other
 * factor). Layers are created once and joined on every call, so points appear as runs arrive.
 */
export function drawSweepChart(svgEl: SVGSVGElement, data: SweepChartData, text: SweepChartText, width: number, height: number): void {
  const svg = d3.select(svgEl).attr('viewBox', `0 0 ${width} ${height}`);
  const x = d3.scaleLinear().domain(pad(data.xDomain)).range([SWEEP_MARGIN.left, width - SWEEP_MARGIN.right]);
  const y = d3.scaleLinear().domain(yDomain(data)).range([height - SWEEP_MARGIN.bottom, SWEEP_MARGIN.top]).nice();

  const frame = layer(svg, 'frame');
  layer(frame, 'x-axis')
    .attr('transform', `translate(0,${height - SWEEP_MARGIN.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((width - SWEEP_MARGIN.left - SWEEP_MARGIN.right) / 110))).tickFormat((v) => text.formatX(Number(v))));
  layer(frame, 'y-axis').attr('transform', `translate(${SWEEP_MARGIN.left},0)`).call(d3.axisLeft(y).ticks(5).tickFormat((v) => text.formatY(Number(v))));
  label(frame, 'x-title', text.xLabel).attr('x', (SWEEP_MARGIN.left + width - SWEEP_MARGIN.right) / 2).attr('y', height - 8);
  label(frame, 'y-title', text.yLabel).attr('transform', `translate(16,${(SWEEP_MARGIN.top + height - SWEEP_MARGIN.bottom) / 2}) rotate(-90)`);

  const indexed = data.series.map((s, i) => ({ s, color: seriesColor(data, i) }));
  const lines = data.lines ? indexed : [];
  const bars = data.lines ? [] : indexed;

  layer(svg, 'bands')
    .selectAll('path')
    .data(lines.filter((l) => l.s.stats.length > 1))
    .join('path')
    .attr('fill', (l) => l.color)
    .attr('fill-opacity', 0.16)
    .attr('stroke', 'none')
    .attr('d', (l) => d3.area<SweepStat>().x((s) => x(s.x)).y0((s) => y(s.mean - s.sd)).y1((s) => y(s.mean + s.sd))(l.s.stats) ?? '');
  layer(svg, 'lines')
    .selectAll('path')
    .data(lines)
    .join('path')
    .attr('fill', 'none')
    .attr('stroke', (l) => l.color)
    .attr('stroke-width', 2.5)
    .attr('d', (l) => d3.line<SweepStat>().x((s) => x(s.x)).y((s) => y(s.mean))(l.s.stats) ?? '');

  // error bars: mean ± 1 SD and a tick at the mean, for points without a line
  const errors = bars.flatMap((b) => b.s.stats.map((stat) => ({ stat, color: b.color })));
  layer(svg, 'errors')
    .selectAll('path')
    .data(errors)
    .join('path')
    .attr('fill', 'none')
    .attr('stroke', (e) => e.color)
    .attr('stroke-width', 2)
    .attr('d', (e) => {
      const cx = x(e.stat.x);
      const top = y(e.stat.mean + e.stat.sd);
      const bottom = y(e.stat.mean - e.stat.sd);
      const m = y(e.stat.mean);
      return `M${cx},${top}V${bottom}M${cx - 6},${m}H${cx + 6}`;
    });

  const points = indexed.flatMap(({ s, color }) => jittered(s).map((p) => ({ ...p, color })));
  layer(svg, 'points')
    .selectAll<SVGCircleElement, (typeof points)[number]>('circle')
    .data(points, (p) => p.run)
    .join((enter) => enter.append('circle').attr('r', 3.2).call((c) => c.append('title')))
    .attr('cx', (p) => x(p.x) + p.dx)
    .attr('cy', (p) => y(p.y))
    .attr('fill', (p) => p.color)
    .attr('fill-opacity', 0.55)
    .attr('stroke', (p) => p.color)
    .attr('stroke-width', 0.8)
    .select('title')
    .text((p) => text.pointTitle(p));
}

/** Replicates at the same x spread sideways by a few pixels, so they do not hide one another. */
function jittered(s: SweepSeries): { run: number; x: number; y: number; dx: number }[] {
  const count = new Map<number, number>();
  for (const p of s.points) count.set(p.x, (count.get(p.x) ?? 0) + 1);
  const seen = new Map<number, number>();
  return s.points.map((p) => {
    const n = count.get(p.x)!;
    const k = seen.get(p.x) ?? 0;
    seen.set(p.x, k + 1);
    const step = Math.min(3, 24 / n);
    return { ...p, dx: (k - (n - 1) / 2) * step };
  });
}

function yDomain(data: SweepChartData): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of data.series) {
    for (const p of s.points) {
      lo = Math.min(lo, p.y);
      hi = Math.max(hi, p.y);
    }
    for (const st of s.stats) {
      lo = Math.min(lo, st.mean - st.sd);
      hi = Math.max(hi, st.mean + st.sd);
    }
  }
  if (!Number.isFinite(lo)) return [0, 1];
  return pad([lo, hi]);
}

/** A domain with 4 % room at each end (a point on the bound stays whole); a single value gets ±1 %. */
function pad([lo, hi]: readonly [number, number]): [number, number] {
  if (hi > lo) {
    const m = (hi - lo) * 0.04;
    return [lo - m, hi + m];
  }
  const m = Math.abs(lo) * 0.01 || 1;
  return [lo - m, hi + m];
}

function label(parent: d3.Selection<SVGGElement, unknown, null, undefined>, name: string, content: string) {
  return parent
    .selectAll<SVGTextElement, string>(`text.${name}`)
    .data([content])
    .join('text')
    .attr('class', name)
    .attr('text-anchor', 'middle')
    .attr('fill', 'currentColor')
    .attr('font-size', 14)
    .text((d) => d);
}
