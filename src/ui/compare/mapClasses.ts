import type { ValueLegend } from '../map/map-legend.ts';
import { BACKGROUND_COLOR, type Palette } from '../palette.ts';
import { formatPercent, t } from '../i18n/i18n.ts';
import { DIFFERENCE_CLASSES, DIFFERENCE_COLORS, PROBABILITY_CLASSES, PROBABILITY_COLORS } from './comparePalette.ts';
import { niceCeil } from './compareChartData.ts';
import { signedPoints } from './compareFormat.ts';

/** A value per locality as the map draws it: a class code per locality, the classes' colours, the legend. */
export interface ValueClasses {
  codes: Uint8Array;
  palette: Palette;
  legend: ValueLegend;
}

/** Probabilities in [0, 1] → 10 classes of 10 percentage points (1 itself in the last). */
export function probabilityClasses(p: Float64Array, title: string): ValueClasses {
  const codes = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i++) codes[i] = Math.min(PROBABILITY_CLASSES - 1, Math.max(0, Math.floor(p[i] * PROBABILITY_CLASSES + 1e-9)));
  const step = 1 / PROBABILITY_CLASSES;
  const items = PROBABILITY_COLORS.map((colour, c) => ({
    colour,
    label: t('compare.classRange', { from: formatPercent(c * step, 0), to: formatPercent((c + 1) * step, 0) }),
  }));
  return { codes, palette: { stages: PROBABILITY_COLORS, background: BACKGROUND_COLOR }, legend: { title, items } };
}

/**
 * The half-width of the difference map's scale: the largest |difference|, rounded up to a round
 * number of percentage points (at least 5 pp, so a map of near-zero noise is not stretched to full colour).
 */
export function differenceScale(d: Float64Array): number {
  let m = 0;
  for (const v of d) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return Math.min(1, niceCeil(Math.max(m, 0.05)));
}

/**
 * Differences of probabilities in [−1, 1] → 9 equal classes over [−m, m] (m: differenceScale), the
 * middle one around 0 named "about the same", the outer ones naming which arm is more likely.
 */
export function differenceClasses(d: Float64Array, title: string): ValueClasses {
  const m = differenceScale(d);
  const w = (2 * m) / DIFFERENCE_CLASSES;
  const codes = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) codes[i] = Math.min(DIFFERENCE_CLASSES - 1, Math.max(0, Math.floor((d[i] + m) / w)));
  const middle = (DIFFERENCE_CLASSES - 1) / 2;
  // class bounds in whole percentage points when classes are ≥ 5 pp wide, else to a tenth
  const digits = w >= 0.05 ? 0 : 1;
  const items = DIFFERENCE_COLORS.map((colour, c) => {
    const range = t('compare.classRange', { from: signedPoints(-m + c * w, digits), to: signedPoints(-m + (c + 1) * w, digits) });
    const note = c === 0 ? t('compare.moreBaseline') : c === middle ? t('compare.about0') : c === DIFFERENCE_CLASSES - 1 ? t('compare.moreScenario') : '';
    return { colour, label: note ? `${range} · ${note}` : range };
  });
  return { codes, palette: { stages: DIFFERENCE_COLORS, background: BACKGROUND_COLOR }, legend: { title, items } };
}
