import { CATALOGUE, type MessageKey } from '../i18n/catalogue.ts';
import { yearMonthIn, type Locale } from '../i18n/i18n.ts';

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

/** Simulated time (fractional years) as "Apr 2013" / "2013年4月" (abstract time: "year 10, month 4"). */
export function mapYearMonth(lang: Locale, time: number): string {
  return yearMonthIn(lang, time);
}

/** A quality in [0, 1] with two decimals in the map's language. */
export function mapQuality(lang: Locale, q: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(q);
}
