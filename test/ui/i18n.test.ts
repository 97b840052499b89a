import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/ui/i18n/catalogue.ts';
import { EVENT_LEVELS, EVENT_TYPES } from '../../src/model/scenario/innovationSchema.ts';
import {
  detectLocale,
  formatPercent,
  formatYearMonth,
  localityName,
  onLocaleChange,
  setLocale,
  t,
} from '../../src/ui/i18n/i18n.ts';

describe('i18n', () => {
  afterEach(() => setLocale('en'));

  it('has every message in both languages, none empty, and the same placeholders', () => {
    const keys = Object.keys(CATALOGUE.en);
    expect(Object.keys(CATALOGUE['zh-CN']).sort()).toEqual([...keys].sort());
    for (const key of keys as (keyof typeof CATALOGUE.en)[]) {
      for (const lang of ['en', 'zh-CN'] as const) expect(CATALOGUE[lang][key].length, `${lang} ${key}`).toBeGreaterThan(0);
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(CATALOGUE['zh-CN'][key]), key).toEqual(holes(CATALOGUE.en[key]));
    }
  });

  it('names every event type and event level a scenario may use, in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const messages: Record<string, string> = CATALOGUE[lang];
      for (const type of EVENT_TYPES) expect(messages[`event.${type}`], `${lang} event.${type}`).toBeTruthy();
      for (const level of EVENT_LEVELS) expect(messages[`level.${level}`], `${lang} level.${level}`).toBeTruthy();
    }
    setLocale('zh-CN');
    expect(t('event.withdraw')).toBe('撤回肯定');
    expect(t('event.suspend')).toBe('暂停（中断）');
    expect(t('event.marker', { year: '2030', level: t('level.none'), type: t('event.withdraw') })).toBe('2030年：全部撤回肯定');
  });

  it('defaults from the browser languages: any Chinese variant is zh-CN, otherwise English', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLocale(['de'])).toBe('en');
  });

  it('switches at runtime and tells subscribers', () => {
    const seen: string[] = [];
    const off = onLocaleChange((l) => seen.push(l));
    setLocale('zh-CN');
    expect(t('transport.play')).toBe('播放');
    expect(document.documentElement.lang).toBe('zh-CN');
    setLocale('en');
    expect(t('transport.play')).toBe('Play');
    off();
    setLocale('zh-CN');
    expect(seen).toEqual(['zh-CN', 'en']);
  });

  it('formats numbers and simulated dates per language', () => {
    setLocale('en');
    expect(formatYearMonth(2013 + 3 / 12)).toBe('Apr 2013');
    expect(formatPercent(0.4567)).toBe('45.7%');
    expect(t('app.localities', { n: 2828 })).toBe('2828 localities');
    setLocale('zh-CN');
    expect(formatYearMonth(2013 + 3 / 12)).toBe('2013年4月');
  });

  it('names localities in Chinese, or in pinyin in English mode', () => {
    const names = { name: '诸暨市', nameEn: 'Zhuji Shi' };
    setLocale('zh-CN');
    expect(localityName(names)).toBe('诸暨市');
    setLocale('en');
    expect(localityName(names)).toBe('Zhuji Shi');
  });
});
