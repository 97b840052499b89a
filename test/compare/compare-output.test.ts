import { describe, expect, it } from 'vitest';
import { bandText, number } from '../../src/cli/compare-output.ts';

// The figures of idlab compare's and idlab tornado's printed tables follow the app's rule: a true
// minus sign, "+" on a signed positive difference, and nothing before a figure that rounds to zero.

describe('the printed tables’ figures', () => {
  it('a negative figure has a true minus sign (U+2212), a signed positive one "+", in years (2 decimals) or % / pp (1 decimal)', () => {
    expect(number(-2.5, 'years')).toBe('−2.50');
    expect(number(-0.0312, 'share', true)).toBe('−3.1');
    expect(number(0.0312, 'share', true)).toBe('+3.1');
    expect(number(0.0312, 'share')).toBe('3.1');
    expect(number(-0.125, 'points')).toBe('−12.5');
    expect(number(1.234, 'years', true)).toBe('+1.23');
  });

  it('a figure that rounds to zero has no sign: never "-0.00" or "+0.0"', () => {
    expect(number(-0.004, 'years')).toBe('0.00');
    expect(number(-0.004, 'years', true)).toBe('0.00');
    expect(number(-0.0004, 'share', true)).toBe('0.0');
    expect(number(0.0004, 'share', true)).toBe('0.0');
    expect(number(-0, 'points', true)).toBe('0.0');
  });

  it('an undefined figure is a dash; a band reads median [p10, p90] with the same rule', () => {
    expect(number(Number.NaN, 'years')).toBe('—');
    expect(bandText({ median: -0.02, p10: -0.051, p90: -0.0001 }, 'share', true)).toBe('−2.0 [−5.1, 0.0]');
    expect(bandText({ median: 0.4, p10: 0.31, p90: 0.5 }, 'share')).toBe('40.0 [31.0, 50.0]');
  });
});
