/**
 * Colours of the comparison report, also the app's compare colours (comparePalette.ts), so a
 * figure on paper reads like the one on screen. Arms: Okabe–Ito blue (baseline) and vermilion
 * (scenario); the paired difference a reddish purple of its own. Maps: probability of having adopted
 * in 10 classes of 10 percentage points (ColorBrewer Blues, light → dark), the difference in 9 equal
 * classes of a diverging orange–purple scale (PuOr: orange where the baseline is more likely,
 * purple where the scenario is), both colour-blind safe and readable in greyscale by lightness.
 */
import { interpolateBlues, interpolatePuOr } from 'd3';

export const REPORT_ARM_COLOURS = { baseline: '#0072b2', scenario: '#d55e00' } as const;
export const REPORT_DIFFERENCE_COLOUR = '#7a3b8f';
/** Shapes the world has but does not simulate (Taiwan, Hong Kong, Macao …; DC). */
export const REPORT_BACKGROUND_COLOUR = '#d9d9d9';

export const PROBABILITY_CLASS_COUNT = 10;
export const PROBABILITY_CLASS_COLOURS: readonly string[] = Array.from({ length: PROBABILITY_CLASS_COUNT }, (_, i) =>
  interpolateBlues(0.06 + (0.94 * i) / (PROBABILITY_CLASS_COUNT - 1)),
);

export const DIFFERENCE_CLASS_COUNT = 9;
export const DIFFERENCE_CLASS_COLOURS: readonly string[] = Array.from({ length: DIFFERENCE_CLASS_COUNT }, (_, i) =>
  interpolatePuOr(0.96 - (0.92 * i) / (DIFFERENCE_CLASS_COUNT - 1)),
);
