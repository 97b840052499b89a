/**
 * What the sweep chart draws, derived from a plan and the records that have arrived: for one metric
 * and innovation, every replicate's value against the x factor, and per x value (within a series) the
 * replicate mean and standard deviation. With two factors the other factor splits the points into
 * series — a line per level when it takes few values (grids, Morris), otherwise colour by its value
 * and no lines (random, LHS and Sobol designs put every point at its own value). Runs whose metric is
 * null (e.g. t50 not reached within the years) are counted, not drawn: a mean over the drawn values
 * describes only the runs that reached it, and the chart says how many did not.
 */
import type { Plan } from '../../sweep/plan.ts';
import type { RunRecord } from '../../sweep/runRecord.ts';

/** Series drawn as lines when there are at most this many (a colour each; Okabe–Ito has 8). */
export const MAX_LINE_SERIES = 8;

export interface SweepStat {
  x: number;
  /** replicate values at x (non-null), in run order */
  values: number[];
  mean: number;
  /** sample standard deviation (0 with one value) */
  sd: number;
}

export interface SweepSeries {
  /** the other factor's value (null with one factor) */
  value: number | null;
  /** each replicate's (x, y) */
  points: { x: number; y: number; run: number }[];
  /** per x, sorted by x */
  stats: SweepStat[];
}

export interface SweepChartData {
  /** index of the x factor and of the other factor (null with one factor) */
  xFactor: number;
  otherFactor: number | null;
  /** lines per series (few series), else points coloured by the other factor's value */
  lines: boolean;
  series: SweepSeries[];
  /** the x factor's range (the design's bounds) */
  xDomain: [number, number];
  /** the other factor's range */
  otherDomain: [number, number] | null;
  /** records drawn and records whose metric was null */
  drawn: number;
  missing: number;
}

export function sweepChartData(plan: Plan, records: readonly RunRecord[], metric: string, innovation: string, xFactor: number): SweepChartData {
  const factors = plan.sweep.factors;
  const otherFactor = factors.length > 1 ? (xFactor === 0 ? 1 : 0) : null;
  const groups = new Map<string, { value: number | null; points: SweepSeries['points'] }>();
  let drawn = 0;
  let missing = 0;
  for (const r of [...records].sort((a, b) => a.run - b.run)) {
    const y = r.innovations.find((i) => i.id === innovation)?.metrics[metric];
    if (y === null || y === undefined) {
      missing++;
      continue;
    }
    const values = plan.points[r.point].values;
    const x = Number(values[xFactor]);
    const value = otherFactor === null ? null : Number(values[otherFactor]);
    const key = String(value);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { value, points: [] }));
    g.points.push({ x, y, run: r.run });
    drawn++;
  }
  const series = [...groups.values()].sort((a, b) => (a.value ?? 0) - (b.value ?? 0)).map((g) => ({ ...g, stats: statsByX(g.points) }));
  const lines = series.length <= MAX_LINE_SERIES && (plan.sweep.design.type === 'grid' || plan.sweep.design.type === 'morris' || otherFactor === null);
  return {
    xFactor,
    otherFactor,
    lines,
    series,
    xDomain: factorDomain(plan, xFactor),
    otherDomain: otherFactor === null ? null : factorDomain(plan, otherFactor),
    drawn,
    missing,
  };
}

function statsByX(points: SweepSeries['points']): SweepStat[] {
  const byX = new Map<number, number[]>();
  for (const p of points) {
    const list = byX.get(p.x);
    if (list) list.push(p.y);
    else byX.set(p.x, [p.y]);
  }
  return [...byX.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([x, values]) => {
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const sd = values.length > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)) : 0;
      return { x, values, mean, sd };
    });
}

/** A factor's bounds: its range, or the extent of its values. */
function factorDomain(plan: Plan, j: number): [number, number] {
  const f = plan.sweep.factors[j];
  if (f.kind === 'range') return [f.min, f.max];
  const xs = plan.points.map((p) => Number(p.values[j])).filter(Number.isFinite);
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
}
