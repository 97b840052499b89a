/**
 * A tornado's rows for one KPI of one innovation: per lever the paired differences low − current,
 * high − current and high − low (median, 10th and 90th percentiles over the pairs in which the KPI
 * is defined), ranked by |median of high − low| — the swing — largest first; levers whose swing is
 * undefined last; equal swings by their reach (see `reach`), then in the parameter table's order. An end at the current value differs from it
 * by exactly 0 in every pair (the same scenario with the same seed is the same run). Pure and cheap:
 * changing the KPI re-ranks without running again.
 */
import { COMPARE_KPIS } from '../compareKpis.ts';
import { band } from '../summarizeComparison.ts';
import type { CompareKpiId } from '../types.ts';
import { medianInterval } from './medianInterval.ts';
import type { TornadoData, TornadoResult, TornadoRow } from './types.ts';

export function summarizeTornado(data: TornadoData, kpi: CompareKpiId, innovation: string): TornadoResult {
  const better = COMPARE_KPIS.find((k) => k.id === kpi)?.better;
  if (!better) throw new Error(`${kpi} is not a KPI of a comparison (${COMPARE_KPIS.map((k) => k.id).join(', ')})`);
  const current = data.current[innovation]?.[kpi];
  if (!current) throw new Error(`${innovation} is not an innovation of the tornado (${data.innovations.join(', ')})`);
  const rows = data.levers.map(({ values, ...lever }, order): TornadoRow & { order: number } => {
    const low = values.low?.[innovation][kpi] ?? current;
    const high = values.high?.[innovation][kpi] ?? current;
    const lowD: number[] = [];
    const highD: number[] = [];
    const swingD: number[] = [];
    for (let i = 0; i < data.pairs; i++) {
      lowD.push(low[i] - current[i]);
      highD.push(high[i] - current[i]);
      swingD.push(high[i] - low[i]);
    }
    const swings = swingD.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    const swingDifference = band(swings);
    return {
      ...lever,
      lowDifference: band(lowD),
      highDifference: band(highD),
      swingDifference,
      swing: Math.abs(swingDifference.median),
      swingInterval: medianInterval(swings),
      pairs: swings.length,
      order,
    };
  });
  rows.sort((a, b) => rank(b.swing) - rank(a.swing) || reach(b) - reach(a) || a.order - b.order);
  return {
    kpi,
    better,
    innovation,
    pairs: data.pairs,
    seeds: data.seeds,
    current: band(Array.from(current)),
    rows: rows.map(({ order: _, ...row }) => row),
  };
}

/**
 * Between equal swings, the lever that moves the KPI in more pairs first: the largest |difference|
 * among the 10th and 90th percentiles of either end (0 for a lever that cannot act).
 */
function reach(row: TornadoRow): number {
  const ends = [row.lowDifference, row.highDifference].flatMap((b) => [b.p10, b.p90]).map(Math.abs).filter((x) => !Number.isNaN(x));
  return ends.length ? Math.max(...ends) : -1;
}

/** NaN (undefined in every pair) below every swing. */
function rank(swing: number): number {
  return Number.isNaN(swing) ? -1 : swing;
}
