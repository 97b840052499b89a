import type { ValueLegend } from '../map/map-legend.ts';
import { BACKGROUND_COLOR, type Palette } from '../palette.ts';
import { formatPercent, t } from '../i18n/i18n.ts';
import { DIFFERENCE_CLASSES, DIFFERENCE_COLORS, PROBABILITY_CLASSES, PROBABILITY_COLORS } from './comparePalette.ts';
import { differenceClassCodes, probabilityClassCodes } from '../../compare/mapClassCodes.ts';
import { signedPoints } from './compareFormat.ts';

/** A value per locality as the map draws it: a class code per locality, the classes' colours, the legend. */
export interface ValueClasses {
  codes: Uint8Array;
  palette: Palette;
  legend: ValueLegend;
}

/** Probabilities in [0, 1] → 10 classes of 10 percentage points (1 itself in the last). */
export function probabilityClasses(p: Float64Array, title: string): ValueClasses {
  const codes = probabilityClassCodes(p, PROBABILITY_CLASSES);
  const step = 1 / PROBABILITY_CLASSES;
  const items = PROBABILITY_COLORS.map((colour, c) => ({
    colour,
    label: t('compare.classRange', { from: formatPercent(c * step, 0), to: formatPercent((c + 1) * step, 0) }),
  }));
  return { codes, palette: { stages: PROBABILITY_COLORS, background: BACKGROUND_COLOR }, legend: { title, items } };
}

/**
 * Differences of probabilities in [−1, 1] → 9 equal classes over [−m, m] (m: differenceScale), the
 * middle one around 0 named "about the same", the outer ones naming which arm is more likely.
 */
export function differenceClasses(d: Float64Array, title: string): ValueClasses {
  const { codes, m, w } = differenceClassCodes(d, DIFFERENCE_CLASSES);
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
