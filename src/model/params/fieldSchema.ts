/**
 * The valibot schema of one parameter or lever, derived from its row of the table: type, allowed
 * range, integer-ness, enum values. The message of every check is the row's allowed text, so the
 * scenario validator can say `invalid params.q: -1 (allowed 0–2 per year)` for any failure.
 */
import * as v from 'valibot';
import type { ParamDef } from './def.ts';
import { allowedText } from './ranges.ts';

export type FieldSchema = v.GenericSchema<unknown, number | boolean | string>;

/** Schema of a value of this row (no default: defaults are filled by the scenario resolver). */
export function fieldSchema(def: ParamDef): FieldSchema {
  const message = `allowed ${allowedText(def)}`;
  const description = `${def.symbol}: ${def.label.en}. ${def.help.en}`;
  switch (def.type) {
    case 'boolean':
      return v.pipe(v.boolean(message), v.description(description));
    case 'enum':
      return v.pipe(v.picklist(def.values as [string, ...string[]], message), v.description(description));
    case 'integer':
      return v.pipe(
        v.number(message),
        v.integer(message),
        v.minValue(def.allowed[0], message),
        v.maxValue(def.allowed[1], message),
        v.description(description),
      );
    case 'number':
      return v.pipe(
        v.number(message),
        v.minValue(def.allowed[0], message),
        v.maxValue(def.allowed[1], message),
        v.description(description),
      );
  }
}
