/**
 * The app's two themes as design tokens (CSS custom properties set on `<idl-app>`, inherited by
 * every component through their shadow roots). `standard` is for screens; `projector` is the high-
 * contrast classroom theme (pure black on white, darker accent, heavier rules), which goes with
 * large type and thicker map borders (projector mode, for classrooms; both themes meet WCAG AA).
 *
 * Every text/background pair the components use is listed in CONTRAST_PAIRS and held to WCAG AA by
 * a test (test/ui/theme.test.ts); the built app is also audited on its rendered pixels' colours in
 * both themes (test/e2e).
 */
export type ThemeName = 'standard' | 'projector';

export interface Theme {
  /** page background */
  bg: string;
  /** body text */
  fg: string;
  /** secondary text (hints, units, notices) */
  muted: string;
  /** buttons, panels, inputs */
  surface: string;
  /** KPI cells, placeholders */
  surfaceAlt: string;
  /** border of buttons and inputs (a UI component boundary: ≥ 3:1 against bg) */
  controlBorder: string;
  /** hovered control */
  hover: string;
  /** primary buttons, active toggles, slider thumbs */
  accent: string;
  accentHover: string;
  onAccent: string;
  /** keyboard focus ring (≥ 3:1 against bg) */
  focus: string;
  /** group headings of the levers panel */
  heading: string;
  /** rules and panel borders (decorative) */
  rule: string;
  error: string;
  errorBg: string;
  warning: string;
  warningBg: string;
  /** "outside the plausible range" notes */
  note: string;
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  standard: {
    bg: '#fbfbfa',
    fg: '#1a1a1a',
    muted: '#444444',
    surface: '#ffffff',
    surfaceAlt: '#f1f4f7',
    controlBorder: '#767676',
    hover: '#e8f0f8',
    accent: '#0b5cad',
    accentHover: '#094a8c',
    onAccent: '#ffffff',
    focus: '#0b5cad',
    heading: '#0b3d6e',
    rule: '#d4dde6',
    error: '#a8321e',
    errorBg: '#fdecea',
    warning: '#7a4f00',
    warningBg: '#fff6e0',
    note: '#8a4b00',
  },
  projector: {
    bg: '#ffffff',
    fg: '#000000',
    muted: '#1a1a1a',
    surface: '#ffffff',
    surfaceAlt: '#ffffff',
    controlBorder: '#000000',
    hover: '#dce8f5',
    accent: '#00346b',
    accentHover: '#00224a',
    onAccent: '#ffffff',
    focus: '#000000',
    heading: '#000000',
    rule: '#000000',
    error: '#7a1405',
    errorBg: '#ffffff',
    warning: '#4d3200',
    warningBg: '#ffffff',
    note: '#5c3200',
  },
};

/** Text colour, background, and the WCAG AA minimum for that pair (4.5 text, 3 large text / UI parts). */
export const CONTRAST_PAIRS: readonly (readonly [keyof Theme, keyof Theme, number])[] = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['fg', 'surfaceAlt', 4.5],
  ['fg', 'hover', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'surfaceAlt', 4.5],
  ['onAccent', 'accent', 4.5],
  ['onAccent', 'accentHover', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['heading', 'surface', 4.5],
  ['error', 'surface', 4.5],
  ['fg', 'errorBg', 4.5],
  ['fg', 'warningBg', 4.5],
  ['warning', 'warningBg', 3],
  ['note', 'surface', 4.5],
  ['controlBorder', 'bg', 3],
  ['controlBorder', 'surface', 3],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
];

/** Custom-property name of a token: surfaceAlt → --idl-surface-alt. */
export function tokenProperty(token: keyof Theme): string {
  return `--idl-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A theme as CSS declarations of its custom properties. */
export function themeDeclarations(theme: Theme): string {
  return (Object.keys(theme) as (keyof Theme)[]).map((k) => `${tokenProperty(k)}: ${theme[k]};`).join(' ');
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two #rrggbb colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
