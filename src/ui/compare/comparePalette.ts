import * as d3 from 'd3';

/**
 * Colours of compare mode. The two arms are Okabe–Ito blue (baseline) and vermilion (scenario): a
 * pair that colour-vision deficiencies keep apart (no red against green) and that differs in
 * lightness too; both are at least 3 : 1 against the page in either theme (non-text contrast,
 * checked by a test), so lines stay visible on a projector. The paired difference is a dark
 * reddish purple of its own, so its chart is not read as a third arm.
 */
export const ARM_COLORS = { baseline: '#0072b2', scenario: '#d55e00' } as const;
export const DIFFERENCE_COLOR = '#7a3b8f';
/** The zero line of the difference chart (no effect). */
export const ZERO_COLOR = '#1a1a1a';
/** Opacity of a 10–90 % band's fill (its edges are also drawn as thin dashed lines, for projectors). */
export const BAND_OPACITY = 0.2;

/**
 * Probability of having adopted: 10 classes of 10 percentage points, light → dark blue
 * (ColorBrewer Blues, sequential; lightness alone orders them, so it survives every colour-vision
 * deficiency and greyscale).
 */
export const PROBABILITY_CLASSES = 10;
export const PROBABILITY_COLORS: readonly string[] = Array.from({ length: PROBABILITY_CLASSES }, (_, i) =>
  d3.interpolateBlues(0.06 + (0.94 * i) / (PROBABILITY_CLASSES - 1)),
);

/**
 * Difference of probabilities (scenario − baseline): 9 classes of a diverging orange–purple scale
 * (ColorBrewer PuOr, colour-blind safe), the middle class a near-white "about the same"; orange (first classes)
 * where the baseline is more likely to have adopted, purple (last classes) where the scenario is.
 */
export const DIFFERENCE_CLASSES = 9;
export const DIFFERENCE_COLORS: readonly string[] = Array.from({ length: DIFFERENCE_CLASSES }, (_, i) =>
  d3.interpolatePuOr(0.96 - (0.92 * i) / (DIFFERENCE_CLASSES - 1)),
);
