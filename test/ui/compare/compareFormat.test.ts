/**
 * Compare mode's figures near zero: a KPI value or difference that rounds to zero has no sign (never
 * "−0 pp" or "+0 years"); below zero a true minus sign — the rule idlab compare's printed table follows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { kpiDifference, kpiValue } from '../../../src/ui/compare/compareFormat.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';

describe('compare mode’s figures', () => {
  afterEach(() => setLocale('en'));

  it('the east–west gap (it may be negative) has a true minus sign, and none when it rounds to zero', () => {
    setLocale('en');
    expect(kpiValue('eastWestGap', -0.0004)).toBe('0 pp');
    expect(kpiValue('eastWestGap', -0.0312)).toBe('−3.1 pp');
    expect(kpiValue('eastWestGap', 0.0312)).toBe('3.1 pp');
    setLocale('zh-CN');
    expect(kpiValue('eastWestGap', -0.0004)).toBe('0 个百分点');
  });

  it('a paired difference that rounds to zero is unsigned; others carry + or −', () => {
    setLocale('en');
    expect(kpiDifference('everShare', -0.0004)).toBe('0 pp');
    expect(kpiDifference('everShare', 0.0004)).toBe('0 pp');
    expect(kpiDifference('timeTo50', -0.04)).toBe('0 years');
    expect(kpiDifference('timeTo50', -2)).toBe('−2 years');
    expect(kpiDifference('everShare', 0.2)).toBe('+20 pp');
  });
});
