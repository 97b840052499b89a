import { CATALOGUE, type MessageKey } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/i18n.ts';

/**
 * Text of the map in the map's own `lang` (the element renders in the language it is given, so it
 * can be tested and embedded on its own). Strings come from the app's one catalogue.
 */
export function mapText(lang: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = CATALOGUE[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The catalogue key of a learning channel; unknown channel ids fall back to the em dash. */
export function channelKey(channel: string): MessageKey {
  const key = `channel.${channel}`;
  return (key in CATALOGUE.en ? key : 'channel.none') as MessageKey;
}

const yearMonth = new Map<string, Intl.DateTimeFormat>();

/** Simulated time (fractional years) as "Apr 2013" / "2013年4月". */
export function mapYearMonth(lang: Locale, time: number): string {
  const year = Math.floor(time + 1e-9);
  const month = Math.min(11, Math.floor((time - year) * 12 + 1e-6));
  let f = yearMonth.get(lang);
  if (!f) yearMonth.set(lang, (f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' })));
  return f.format(Date.UTC(year, month, 1));
}

/** A quality in [0, 1] with two decimals in the map's language. */
export function mapQuality(lang: Locale, q: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(q);
}
