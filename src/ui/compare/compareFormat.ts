import type { Band, CompareKpiId, KpiComparison } from '../../compare/types.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { formatNumber, formatPercent, t } from '../i18n/i18n.ts';

/** The dash shown for an undefined figure (no run defines it). */
export const UNDEFINED = '—';

/**
 * A number rounded to `digits`, with a true minus sign when it is below zero after rounding ("−1.5")
 * and, when `plus`, "+" above zero; one that rounds to zero has no sign ("0", never "−0").
 */
function withSign(x: number, digits: number, unit: (abs: string) => string, plus: boolean): string {
  const r = Math.round(x * 10 ** digits) / 10 ** digits;
  const text = unit(formatNumber(Math.abs(r), digits));
  return r < 0 ? `−${text}` : plus && r > 0 ? `+${text}` : text;
}

/** A signed number: "+1.5", "−1.5" (a true minus sign), "0". */
function signed(x: number, digits: number, unit: (abs: string) => string): string {
  return withSign(x, digits, unit, true);
}

/** A difference of shares in signed percentage points ("+3.1 pp"). */
export function signedPoints(v: number, digits = 1): string {
  return signed(v * 100, digits, (abs) => t('kpi.pp', { v: abs }));
}

/** A KPI's value in its unit: years, a share, or percentage points (the gap); "—" when undefined. */
export function kpiValue(id: CompareKpiId, v: number): string {
  if (!Number.isFinite(v)) return UNDEFINED;
  if (id === 'timeTo50') return t('kpi.years', { v: formatNumber(v, 1) });
  // the gap may be negative: a true minus sign, as in the differences
  if (id === 'eastWestGap') return withSign(v * 100, 1, (abs) => t('kpi.pp', { v: abs }), false);
  return formatPercent(v);
}

/** A paired difference of a KPI, signed: years for time to 50 %, percentage points otherwise. */
export function kpiDifference(id: CompareKpiId, v: number): string {
  if (!Number.isFinite(v)) return UNDEFINED;
  if (id === 'timeTo50') return signed(v, 1, (abs) => t('kpi.years', { v: abs }));
  return signedPoints(v);
}

/** A band as "median (p10 to p90)", each figure formatted by `f`; "—" when the median is undefined. */
export function bandText(b: Band, f: (v: number) => string): string {
  if (!Number.isFinite(b.median)) return UNDEFINED;
  return t('compare.bandText', { median: f(b.median), p10: f(b.p10), p90: f(b.p90) });
}

/** The KPI's name in the table (the KPI strip's names; the gap's regions per world). */
export function kpiLabel(id: CompareKpiId, usRegions: boolean): string {
  const keys: Record<CompareKpiId, MessageKey> = {
    timeTo50: 'kpi.t50',
    activeShare: 'kpi.active',
    everShare: 'compare.kpi.ever',
    persistence5: 'kpi.persistence',
    formalShare: 'kpi.formal',
    showShare: 'kpi.show',
    eastWestGap: usRegions ? 'kpi.gap.us' : 'kpi.gap',
  };
  return t(keys[id]);
}

/** Which way is better, in words ("higher is better"). */
export function directionText(k: Pick<KpiComparison, 'better'>): string {
  return t(k.better === 'higher' ? 'compare.direction.higher' : k.better === 'lower' ? 'compare.direction.lower' : 'compare.direction.closer');
}

/**
 * The verdict in words: "better in 41 of 50 simulated worlds", the ties when there are any, and —
 * when the KPI is undefined in some pairs (e.g. 50 % never reached) — over how many pairs it is
 * counted; "—" when no pair defines it in both arms.
 */
export function verdictText(k: Pick<KpiComparison, 'betterShare' | 'tiedShare' | 'pairs'>, totalPairs: number): string {
  if (k.pairs === 0 || !Number.isFinite(k.betterShare)) return UNDEFINED;
  const better = Math.round(k.betterShare * k.pairs);
  const tied = Math.round(k.tiedShare * k.pairs);
  const parts = [t('compare.betterIn', { k: better, n: k.pairs })];
  if (tied > 0) parts.push(t('compare.tiedIn', { k: tied }));
  if (k.pairs < totalPairs) parts.push(t('compare.definedIn', { n: k.pairs, total: totalPairs }));
  return parts.join(t('compare.separator'));
}
