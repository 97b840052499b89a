import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, THEMES, contrastRatio, tokenProperty } from '../../src/ui/theme.ts';

describe('themes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  for (const [name, theme] of Object.entries(THEMES)) {
    it(`${name}: every text/background pair meets WCAG AA`, () => {
      const failures = CONTRAST_PAIRS.map(([fg, bg, min]) => ({ pair: `${fg} on ${bg}`, ratio: contrastRatio(theme[fg], theme[bg]), min })).filter(
        (p) => p.ratio < p.min,
      );
      expect(failures).toEqual([]);
    });
  }

  it('projector mode has at least the contrast of the standard theme for body and secondary text', () => {
    for (const [fg, bg] of [['fg', 'bg'], ['muted', 'bg'], ['muted', 'surfaceAlt'], ['onAccent', 'accent']] as const) {
      expect(contrastRatio(THEMES.projector[fg], THEMES.projector[bg])).toBeGreaterThanOrEqual(contrastRatio(THEMES.standard[fg], THEMES.standard[bg]));
    }
  });

  it('names custom properties after tokens', () => {
    expect(tokenProperty('surfaceAlt')).toBe('--idl-surface-alt');
  });
});
