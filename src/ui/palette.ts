/**
 * The stage palette: one colour per stage code (docs/model.md §2), shared by the map, the legend and
 * the charts so a stage looks the same everywhere.
 *
 * Why these colours: the four *active* stages (1 learning → 4 optimizing) are a single-hue-family
 * sequential ramp (ColorBrewer YlGnBu, light → dark), so their order reads from lightness alone —
 * which survives every kind of colour-vision deficiency and greyscale projection. The two failure
 * stages use Okabe–Ito's orange (5, in name only) and a dark vermilion (6, terminated): warm hues
 * against the cool ramp, and far apart in lightness from each other. "Not adopted" (0) is a pale
 * warm paper colour, so the map reads as "empty" before anything spreads; features that are drawn
 * but not simulated (Taiwan, 金门, Hong Kong, Macau, 东沙) are a mid grey with no hue, distinct from
 * stage 0 in lightness.
 */

/** CSS colours indexed by stage code 0–6. */
export const STAGE_COLORS: readonly string[] = [
  '#f3efe6', // 0 none — not adopted
  '#a1dab4', // 1 learning — 学习模仿
  '#41b6c4', // 2 adapting — 借鉴调适
  '#2c7fb8', // 3 institutionalized — 制度固化
  '#253494', // 4 optimizing — 持续优化
  '#e69f00', // 5 formal — 形式化空转
  '#a8321e', // 6 terminated — 终止
];

/** Fill of map features drawn for context but not simulated. */
export const BACKGROUND_COLOR = '#c4c4c4';

/** Thin borders between units, and the coastline / inset frame. */
export const BORDER_COLOR = 'rgba(80, 80, 80, 0.35)';
export const FRAME_COLOR = '#6b6b6b';

/** Marks drawn over the map: origins, demonstration sites, learning links. */
export const ORIGIN_COLOR = '#d7191c';
export const DEMO_COLOR = '#1a1a1a';
export const LINK_COLOR = 'rgba(204, 51, 17, 0.75)';

/** Number of stage codes; `STAGE_COLORS.length`. */
export const STAGE_COUNT = STAGE_COLORS.length;

/** A palette: the stage colours plus the background grey (the map takes one as a property). */
export interface Palette {
  readonly stages: readonly string[];
  readonly background: string;
}

export const DEFAULT_PALETTE: Palette = { stages: STAGE_COLORS, background: BACKGROUND_COLOR };

/** CSS colour of a stage code; out-of-range codes get the background grey (never thrown in a frame). */
export function stageColor(stage: number, palette: Palette = DEFAULT_PALETTE): string {
  return palette.stages[stage] ?? palette.background;
}

/** Stage codes in legend and stacking order (progress first, then the two ways of failing). */
export const STAGE_ORDER: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

/** Colours of the four regions in region breakdowns (index = REGIONS in src/model/world.ts; Okabe–Ito). */
export const REGION_COLORS: readonly string[] = [
  '#0072b2', // east
  '#009e73', // central
  '#d55e00', // west
  '#cc79a7', // northeast
];
