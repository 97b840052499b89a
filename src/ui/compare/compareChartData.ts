import type { BandSeries, CompareArm, CompareSeriesId, ComparisonResult } from '../../compare/types.ts';
import { niceCeil } from '../../compare/mapClassCodes.ts';
import { ARM_COLORS, DIFFERENCE_COLOR } from './comparePalette.ts';

/** One median line with its pointwise 10–90 % band. */
export interface BandLine {
  key: CompareArm | 'difference';
  color: string;
  band: BandSeries;
}

/**
 * What a compare chart draws: `arms` — baseline and scenario shares (0–1) over the years; or
 * `difference` — the paired difference scenario − baseline, around a zero line.
 */
export interface CompareChartData {
  kind: 'arms' | 'difference';
  /** calendar year of each band index */
  years: readonly number[];
  lines: readonly BandLine[];
  /** a year marked by a vertical line (the maps' year), or null */
  year: number | null;
}

/** The chart data of one series of innovation `k`: both arms, or their difference. */
export function compareChartData(
  result: ComparisonResult,
  k: number,
  series: CompareSeriesId,
  kind: CompareChartData['kind'],
  year: number | null,
): CompareChartData | null {
  const s = result.innovations[k]?.series[series];
  if (!s) return null;
  const lines: BandLine[] =
    kind === 'arms'
      ? [
          { key: 'baseline', color: ARM_COLORS.baseline, band: s.baseline },
          { key: 'scenario', color: ARM_COLORS.scenario, band: s.scenario },
        ]
      : [{ key: 'difference', color: DIFFERENCE_COLOR, band: s.difference }];
  return { kind, years: result.years, lines, year };
}

/**
 * The half-height of the difference chart's symmetric axis: the largest |p10| or |p90|, rounded up
 * to 1, 2 or 5 × a power of ten (at least one percentage point, so no effect still has an axis).
 */
export function differenceExtent(lines: readonly BandLine[]): number {
  let m = 0;
  for (const l of lines) {
    for (const arr of [l.band.p10, l.band.p90, l.band.median]) for (const v of arr) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  }
  return niceCeil(Math.max(m, 0.01));
}
