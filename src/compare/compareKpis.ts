/**
 * The KPIs a comparison reports, in display order, with the direction in which each is better —
 * the app's KPI strip (src/service/kpis.ts) plus the ever-adopted share:
 * - timeTo50 (years from the innovation's start to 50 % ever adopted): lower is better;
 * - activeShare, everShare (shares of localities), persistence5 (Kaplan–Meier share of adoptions
 *   still active 5 years on): higher is better;
 * - formalShare (share of ever-adopters in name only), showShare (share adopted for show): lower is better;
 * - eastWestGap (active share East − West): the smaller |gap| is better ("closer to 0").
 */
import type { BetterDirection, CompareKpiId } from './types.ts';

export const COMPARE_KPIS: readonly { id: CompareKpiId; better: BetterDirection }[] = [
  { id: 'timeTo50', better: 'lower' },
  { id: 'everShare', better: 'higher' },
  { id: 'activeShare', better: 'higher' },
  { id: 'persistence5', better: 'higher' },
  { id: 'formalShare', better: 'lower' },
  { id: 'showShare', better: 'lower' },
  { id: 'eastWestGap', better: 'closer to 0' },
];

/** 1 when `scenario` is strictly better than `baseline` in `better`'s direction, −1 when worse, 0 when tied. */
export function betterSign(better: BetterDirection, baseline: number, scenario: number): -1 | 0 | 1 {
  const [a, b] = better === 'higher' ? [scenario, baseline] : better === 'lower' ? [baseline, scenario] : [Math.abs(baseline), Math.abs(scenario)];
  return a > b ? 1 : a < b ? -1 : 0;
}
