/**
 * The parameter schema: the one table of every assumption and lever (src/model/params/table/*),
 * and what derives from it — defaults, lookup by key. Valibot field schemas and range notes derive
 * from the same rows (fieldSchema.ts, ranges.ts). The UI's lever panel, the CLI, sweeps and
 * docs/model.md all read this table; change a default or range here and everything follows.
 */
import type { Assumptions, LeverKey, Levers, ParamKey } from './keys.ts';
import type { ParamDef } from './def.ts';
import { SPREAD_DEFS } from './table/spread.ts';
import { STAGES_DEFS } from './table/stages.ts';
import { FAILURE_DEFS } from './table/failure.ts';
import { SHOW_DEFS } from './table/show.ts';
import { LEVER_DEFS as LEVER_ROWS } from './table/levers.ts';

/** Every assumption (docs/model.md §8), in the order of the hazards that read them. */
export const ASSUMPTION_DEFS: readonly ParamDef[] = [...SPREAD_DEFS, ...STAGES_DEFS, ...FAILURE_DEFS, ...SHOW_DEFS];
/** Every numeric or boolean lever, by driver. Scoped levers: SCOPED_LEVER_DEFS. */
export const LEVER_DEFS: readonly ParamDef[] = LEVER_ROWS;
/** The whole table: assumptions then levers. */
export const PARAMETERS: readonly ParamDef[] = [...ASSUMPTION_DEFS, ...LEVER_DEFS];

const byKey = new Map<string, ParamDef>(PARAMETERS.map((d) => [d.key, d]));

/** The row of a parameter or lever key; throws on a key that is not in the table. */
export function paramDef(key: ParamKey | LeverKey): ParamDef {
  const def = byKey.get(key);
  if (!def) throw new Error(`unknown parameter key: ${key}`);
  return def;
}

/** The row of a key, or undefined (for user input). */
export function findParamDef(key: string): ParamDef | undefined {
  return byKey.get(key);
}

/** A fresh object of every assumption at its default (docs/references.md). */
export function defaultAssumptions(): Assumptions {
  return Object.fromEntries(ASSUMPTION_DEFS.map((d) => [d.key, d.default])) as unknown as Assumptions;
}

/** A fresh object of every lever at its default: the "no policy" baseline. */
export function defaultLevers(): Levers {
  return Object.fromEntries(LEVER_DEFS.map((d) => [d.key, d.default])) as unknown as Levers;
}
