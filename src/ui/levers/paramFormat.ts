import type { NumericDef, ParamDef } from '../../model/params/def.ts';
import { formatNumber, formatPercent } from '../i18n/i18n.ts';

/** Slider step of a numeric row: integers step by 1, reals in ~200 steps over the plausible range. */
export function sliderStep(def: NumericDef): number {
  if (def.type === 'integer') return 1;
  const span = def.plausible[1] - def.plausible[0];
  if (span <= 0) return 0.01;
  const raw = span / 200;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  return p;
}

/** Slider bounds: the plausible range, widened to include the current value (set by a scenario). */
export function sliderBounds(def: NumericDef, value: number): [number, number] {
  return [Math.min(def.plausible[0], value), Math.max(def.plausible[1], value)];
}

/**
 * A value as the panel shows it: log-effects also as the ratio they stand for (ln 1.5 → "×1.5"),
 * a baseline log-odds also as the probability, other numbers plainly.
 */
export function formatParamValue(def: ParamDef, value: number | boolean | string): string {
  if (def.type !== 'number' && def.type !== 'integer') return String(value);
  const v = Number(value);
  if (def.type === 'integer') return formatNumber(v, 0);
  if (def.unit.en.startsWith('log-odds')) return `${formatNumber(v, 2)} (${formatPercent(1 / (1 + Math.exp(-v)), 0)})`;
  if (def.unit.en.startsWith('log ')) return `${formatNumber(v, 2)} (×${formatNumber(Math.exp(v), 2)})`;
  return formatNumber(v, 3);
}

/** Whether a numeric value lies outside the plausible range (allowed, but the panel notes it). */
export function outsidePlausible(def: ParamDef, value: unknown): boolean {
  if (def.type !== 'number' && def.type !== 'integer') return false;
  const v = Number(value);
  return v < def.plausible[0] - 1e-12 || v > def.plausible[1] + 1e-12;
}

/** The plausible range as text, using the row's own notation (ln 1.5, logit 0.2) when it has one. */
export function plausibleText(def: NumericDef): [string, string] {
  if (def.display) return [def.display.plausible[0], def.display.plausible[1]];
  return [formatNumber(def.plausible[0], 3), formatNumber(def.plausible[1], 3)];
}
