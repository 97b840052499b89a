/** The schema of a Scope (types.ts): which localities an event or a scoped lever applies to. */
import * as v from 'valibot';
import { ATTRIBUTES, REGIONS, URBAN_TYPES } from '../world.ts';
import { listText } from '../params/ranges.ts';
import { CODE_TEXT, closedObject, code, integer } from './objectSchema.ts';
import { MAX_CODES, MAX_TOP } from './limits.ts';

const quoted = (values: readonly string[]) => listText(values.map((x) => JSON.stringify(x)));

export const TOP_UNITS = ['locality', 'prefecture', 'province'] as const;

export function codeList(what: string) {
  const message = `expected an array of at most ${MAX_CODES} ${what}`;
  return v.pipe(v.array(code, message), v.maxLength(MAX_CODES, message));
}

function picklistArray<const T extends readonly [string, ...string[]]>(values: T) {
  const message = `allowed ${quoted(values)}`;
  return v.array(v.picklist(values, message), `expected an array of ${quoted(values)}`);
}

export const topSchema = closedObject(
  {
    n: integer(1, MAX_TOP, `allowed integers 1–${MAX_TOP}`),
    by: v.picklist(ATTRIBUTES, `allowed ${quoted(ATTRIBUTES)}`),
    unit: v.picklist(TOP_UNITS, `allowed ${quoted(TOP_UNITS)}`),
  },
  {
    n: `how many units, an integer 1–${MAX_TOP}`,
    by: `the attribute to rank by: ${quoted(ATTRIBUTES)}`,
    unit: `what to rank: ${quoted(TOP_UNITS)}`,
  },
);

/**
 * A scope: the union of the listed sets (codes, prefectures, provinces, regions, top), then
 * filtered by urbanTypes; `{}` is every locality.
 */
export const scopeSchema = closedObject({
  codes: v.optional(codeList('locality codes')),
  prefectures: v.optional(codeList('prefecture codes (4 digits, "5101")')),
  provinces: v.optional(codeList('province codes (2 digits, "33")')),
  regions: v.optional(picklistArray(REGIONS)),
  top: v.optional(topSchema),
  urbanTypes: v.optional(picklistArray(URBAN_TYPES)),
});

export { CODE_TEXT };
