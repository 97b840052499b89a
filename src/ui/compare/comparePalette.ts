import { DIFFERENCE_CLASS_COLOURS, DIFFERENCE_CLASS_COUNT, PROBABILITY_CLASS_COLOURS, PROBABILITY_CLASS_COUNT, REPORT_ARM_COLOURS, REPORT_DIFFERENCE_COLOUR } from '../../compare/report/reportColours.ts';

/**
 * Colours of compare mode. The two arms are Okabe–Ito blue (baseline) and vermilion (scenario): a
 * pair that colour-vision deficiencies keep apart (no red against green) and that differs in
 * lightness too; both are at least 3 : 1 against the page in either theme (non-text contrast,
 * checked by a test), so lines stay visible on a projector. The paired difference is a dark
 * reddish purple of its own, so its chart is not read as a third arm. The colours are the HTML
 * report's (reportColours.ts), so a figure on paper reads like the one on screen.
 */
export const ARM_COLORS = REPORT_ARM_COLOURS;
export const DIFFERENCE_COLOR = REPORT_DIFFERENCE_COLOUR;
/** The zero line of the difference chart (no effect). */
export const ZERO_COLOR = '#1a1a1a';
/** Opacity of a 10–90 % band's fill (its edges are also drawn as thin dashed lines, for projectors). */
export const BAND_OPACITY = 0.2;

/**
 * Probability of having adopted: 10 classes of 10 percentage points, light → dark blue
 * (ColorBrewer Blues, sequential; lightness alone orders them, so it survives every colour-vision
 * deficiency and greyscale).
 */
export const PROBABILITY_CLASSES = PROBABILITY_CLASS_COUNT;
export const PROBABILITY_COLORS = PROBABILITY_CLASS_COLOURS;

/**
 * Difference of probabilities (scenario − baseline): 9 classes of a diverging orange–purple scale
 * (ColorBrewer PuOr, colour-blind safe), the middle class a near-white "about the same"; orange (first classes)
 * where the baseline is more likely to have adopted, purple (last classes) where the scenario is.
 */
export const DIFFERENCE_CLASSES = DIFFERENCE_CLASS_COUNT;
export const DIFFERENCE_COLORS = DIFFERENCE_CLASS_COLOURS;
