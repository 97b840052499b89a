import type { MetricRow, TimelineEvent } from '../../service/types.ts';
import type { LocalityWording } from '../i18n/unitKey.ts';

/** What both charts draw: the rows of one innovation up to the current tick, and the time axis. */
export interface ChartData {
  /** rows of the selected innovation, in tick order, up to the current tick */
  rows: readonly MetricRow[];
  /** number of localities (shares are counts ÷ n) */
  n: number;
  /** localities per region (index = REGIONS) */
  regionSizes: readonly number[];
  startYear: number;
  /** years per tick */
  dt: number;
  totalTicks: number;
  /** the current tick (the "now" line) */
  tick: number;
  /** scripted events of the selected innovation, drawn on the time axis */
  events: readonly TimelineEvent[];
  /** how the localities are named: county-level units (default), prefecture-level units, or an abstract world's units */
  wording?: LocalityWording;
  /** the region slots name US Census regions (a us-states world), not China's four regions */
  usRegions?: boolean;
}

/** Text of the charts in the current language, passed in so render functions stay language-free. */
export interface ChartText {
  series: Record<string, string>;
  eventLabel: (e: TimelineEvent) => string;
  formatYear: (year: number) => string;
  formatShare: (share: number) => string;
}

/**
 * The rows of innovation `k` from the tick-major rows of all innovations (row index = tick·K + k),
 * up to `tick` inclusive.
 */
export function rowsOf(all: readonly MetricRow[], k: number, innovations: number, tick: number): MetricRow[] {
  const out: MetricRow[] = [];
  const last = Math.min(tick, Math.floor(all.length / innovations) - 1);
  for (let t = 0; t <= last; t++) {
    const row = all[t * innovations + k];
    if (row) out.push(row);
  }
  return out;
}
