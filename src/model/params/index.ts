/** The parameter schema: one table of every assumption and lever, and what derives from it. */
export type { Assumptions, Levers, ParamKey, LeverKey } from './keys.ts';
export type {
  Bilingual,
  ParamKind,
  ParamGroup,
  LeverGroup,
  AssumptionGroup,
  ParamValue,
  ParamDef,
  NumericDef,
  BooleanDef,
  EnumDef,
} from './def.ts';
export { UNITS, RATE_ALLOWED, SHARE_ALLOWED, LOG_EFFECT_ALLOWED } from './def.ts';
export {
  ASSUMPTION_DEFS,
  LEVER_DEFS,
  PARAMETERS,
  paramDef,
  findParamDef,
  defaultAssumptions,
  defaultLevers,
} from './schema.ts';
export { SCOPED_LEVER_DEFS, type ScopedLeverDef } from './table/levers.ts';
export { LEVER_GROUPS, ASSUMPTION_GROUPS } from './groups.ts';
export { fieldSchema, type FieldSchema } from './fieldSchema.ts';
export { allowedText, plausibleText, isPlausible, formatBound, formatInterval, listText } from './ranges.ts';
