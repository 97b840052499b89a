/**
 * The current language and the formatting of strings, numbers and dates. One module-level store so
 * every component (and the map helper's element) agrees on the language; components subscribe through
 * LocaleController (src/ui/controllers/LocaleController.ts) and re-render on change.
 */
import { CATALOGUE, type MessageKey } from './catalogue.ts';
import { isCalendarTime, yearMonthOf } from '../timeline.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A pair of texts as scenario files and the parameter schema carry them. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** The browser's preferred languages → the app's locale: any Chinese variant → zh-CN, else English. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

type Listener = (locale: Locale) => void;
const listeners = new Set<Listener>();
let current: Locale =
  typeof navigator === 'undefined' ? 'en' : detectLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const l of listeners) l(locale);
}

export function onLocaleChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message `key` in the current language with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = CATALOGUE[current][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The text of a bilingual pair in the current language. */
export function pick(text: Bilingual): string {
  return current === 'en' ? text.en : text.zh;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = current + JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(current, options)));
  return f;
}

/** A number in the current locale, with at most `digits` fraction digits. */
export function formatNumber(x: number, digits = 2): string {
  return numberFormat({ maximumFractionDigits: digits }).format(x);
}

/** A share in [0, 1] as a percentage in the current locale ("42.5%"/"42.5%"). */
export function formatPercent(share: number, digits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share);
}

/** An integer with grouping ("2,828"). */
export function formatInteger(x: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(x);
}

/** A calendar year without grouping ("2013"/"2013年"); a year of abstract time as "year 10"/"第10年". */
export function formatYear(year: number): string {
  const y = Math.floor(year);
  if (!isCalendarTime(year)) return t('time.year', { year: y });
  return current === 'en' ? String(y) : `${y}年`;
}

/**
 * A simulated time (fractional years, e.g. 2013.25) as year and month in the current locale
 * ("Apr 2013" / "2013年4月"); abstract time (src/ui/timeline.ts) as "year 10, month 4" /
 * "第10年4月".
 */
export function formatYearMonth(time: number): string {
  return yearMonthIn(current, time);
}

/** formatYearMonth in a given language (the map's own `lang`). */
export function yearMonthIn(locale: Locale, time: number): string {
  const { year, month } = yearMonthOf(time);
  if (!isCalendarTime(time)) return CATALOGUE[locale]['time.yearMonth'].replace('{year}', String(year)).replace('{month}', String(month));
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' })));
  return f.format(Date.UTC(year, month - 1, 1));
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Name of a locality in the current language: Chinese, or the pinyin from the data in English. */
export function localityName(names: { name: string; nameEn: string }): string {
  return current === 'en' && names.nameEn ? names.nameEn : names.name;
}
