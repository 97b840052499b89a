/**
 * The stage palette — defined once, shared by the map (`src/ui/map`), the charts, the legend and the
 * KPI strip. Index = stage code (DESIGN.md §2.4): 0 none, 1 learning, 2 adapting, 3 institutionalized,
 * 4 optimizing, 5 formal (in name only), 6 terminated.
 *
 * Why these colours: the four active stages form one light→dark blue ramp (order reads as progress
 * and survives every colour-vision deficiency, since lightness alone separates them); the two failure
 * stages leave the ramp — formalism in orange (Okabe–Ito #E69F00), termination in a dark wine
 * (Paul Tol #882255) — which differ from the blues in hue for trichromats and from each other and
 * from the blues in lightness for dichromats. "Not adopted" is a warm off-white so that background
 * features (Taiwan, Hong Kong, Macau, 东沙, 金门), drawn in BACKGROUND_FILL, stay distinguishable.
 */
export const STAGE_COLORS: readonly string[] = [
  '#f3efe6', // 0 none — not adopted
  '#b3dcf2', // 1 learning and imitating
  '#56a5dc', // 2 adapting
  '#1c6bb0', // 3 institutionalized
  '#0b2f6b', // 4 optimizing
  '#e69f00', // 5 formal — in name only
  '#882255', // 6 terminated
];

/** Number of stage codes (0…6). */
export const STAGE_COUNT = STAGE_COLORS.length;

/** Stage codes in legend order (progress first, then the two ways of failing). */
export const STAGE_ORDER: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

/** Fill of background features that are drawn but not simulated. */
export const BACKGROUND_FILL = '#c9c9c9';

/** Borders between localities (thin, light so that the stage colours dominate). */
export const BORDER_STROKE = 'rgba(255,255,255,0.55)';

/** Outline of named demonstration sites and origins on the map. */
export const DEMO_STROKE = '#111111';

/** Learning links (source → learner) drawn by the map's toggle. */
export const LINK_STROKE = '#d55e00';

/** Colours of the four regions in region breakdowns (index = REGIONS in src/model/world.ts). */
export const REGION_COLORS: readonly string[] = [
  '#0072b2', // east
  '#009e73', // central
  '#d55e00', // west
  '#cc79a7', // northeast
];

/** Text colour that stays readable (WCAG AA) on top of a stage colour, e.g. in the legend. */
export function textOnStage(stage: number): string {
  return stage >= 2 && stage !== 5 ? '#ffffff' : '#111111';
}

/**
 * The palette as packed 0xRRGGBB integers for fast canvas recolouring (no string parsing per frame).
 */
export const STAGE_RGB: readonly number[] = STAGE_COLORS.map((hex) => parseInt(hex.slice(1), 16));
