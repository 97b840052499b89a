/**
 * How ranges read in messages, notes, sliders and docs: "0–2 per year", "−2.996 to 2.996 log hazard
 * ratio per SD". One formatter, so validation messages and docs agree.
 */
import type { NumericDef, ParamDef } from './def.ts';

/** A bound for display: at most 4 decimals, no trailing zeros, a true minus sign for negatives. */
export function formatBound(x: number): string {
  const text = String(Number(x.toFixed(4)));
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** "0–2" for non-negative ranges, "−2.996 to 2.996" when the lower bound is negative. */
export function formatInterval(lo: number, hi: number): string {
  return lo < 0 ? `${formatBound(lo)} to ${formatBound(hi)}` : `${formatBound(lo)}–${formatBound(hi)}`;
}

/** The allowed values of a row, as the parenthesis of an error message says them (without "allowed"). */
export function allowedText(def: ParamDef): string {
  switch (def.type) {
    case 'boolean':
      return 'true or false';
    case 'enum':
      return listText(def.values.map((v) => JSON.stringify(v)));
    default: {
      const integers = def.type === 'integer' ? 'integers ' : '';
      const range = formatInterval(def.allowed[0], def.allowed[1]);
      const ln = def.display?.allowed ? `${def.display.allowed[0]} to ${def.display.allowed[1]} = ` : '';
      return `${integers}${ln}${range} ${def.unit.en}`;
    }
  }
}

/** The plausible range of a numeric row: "0.05–0.6 per year". */
export function plausibleText(def: NumericDef): string {
  const ln = def.display ? `${def.display.plausible[0]} to ${def.display.plausible[1]} = ` : '';
  return `${ln}${formatInterval(def.plausible[0], def.plausible[1])} ${def.unit.en}`;
}

/** Whether a value lies in the plausible range (always true for booleans and enums). */
export function isPlausible(def: ParamDef, value: unknown): boolean {
  if (def.type !== 'number' && def.type !== 'integer') return true;
  return typeof value === 'number' && value >= def.plausible[0] && value <= def.plausible[1];
}

/** "a", "a or b", "a, b or c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
