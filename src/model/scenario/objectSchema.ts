/**
 * The building blocks of the scenario schema. Objects are closed: an unknown key is one problem per
 * key (valibot's `objectWithRest` with a `never` rest reports every one; `strictObject` stops at the
 * first), and its message carries the object's keys so the reporter can say "did you mean".
 * A missing required key gets the object's hint for it.
 */
import * as v from 'valibot';
import { MAX_TEXT, YEAR_RANGE } from './limits.ts';

/** Message prefixes the issue reporter (fromValibot.ts) decodes; never shown to users. */
export const UNKNOWN_KEY = '\u0000unknown-key:';
export const REQUIRED_KEY = '\u0000required:';

/** A closed object; `required` gives, per required key, the hint shown when it is missing. */
export function closedObject<const E extends v.ObjectEntries>(
  entries: E,
  required: { [K in keyof E]?: string } = {},
) {
  const keys = Object.keys(entries);
  return v.objectWithRest(entries, v.never(() => UNKNOWN_KEY + keys.join('|')), (issue) => {
    if (issue.input === undefined && issue.expected && issue.expected.startsWith('"')) {
      const key = issue.expected.slice(1, -1) as keyof E;
      return REQUIRED_KEY + (required[key] ?? 'required');
    }
    return 'expected an object';
  });
}

export function number(lo: number, hi: number, message: string) {
  return v.pipe(v.number(message), v.minValue(lo, message), v.maxValue(hi, message));
}

export function integer(lo: number, hi: number, message: string) {
  return v.pipe(v.number(message), v.integer(message), v.minValue(lo, message), v.maxValue(hi, message));
}

export const YEAR_TEXT = `allowed ${YEAR_RANGE[0]}–${YEAR_RANGE[1]} (a year)`;
export const year = number(YEAR_RANGE[0], YEAR_RANGE[1], YEAR_TEXT);

export const SHARE_TEXT = 'allowed 0–1';
export const share = number(0, 1, SHARE_TEXT);

export const TEXT_MESSAGE = `expected a string of at most ${MAX_TEXT} characters`;
export const text = v.pipe(v.string(TEXT_MESSAGE), v.maxLength(MAX_TEXT, TEXT_MESSAGE));

/** Text in English and Chinese. */
export const bilingual = closedObject(
  { en: text, zh: text },
  { en: 'English text', zh: 'Chinese text (中文)' },
);

/** ASCII ids of presets and innovations: "fengqiao", "three-governance". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const ID_TEXT = 'expected an ASCII id of letters, digits, "-" or "_", at most 64 characters, such as "fengqiao"';
export const id = v.pipe(v.string(ID_TEXT), v.regex(ID_PATTERN, ID_TEXT));

/** Locality, prefecture and province codes ("330681", "3306", "33", "3,4" on a lattice). */
export const CODE_PATTERN = /^[A-Za-z0-9,._-]{1,32}$/;
export const CODE_TEXT = 'expected a code such as "330681" (letters, digits, "," "." "_" "-"; at most 32 characters)';
export const code = v.pipe(v.string(CODE_TEXT), v.regex(CODE_PATTERN, CODE_TEXT));
