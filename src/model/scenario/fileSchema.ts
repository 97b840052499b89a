/**
 * The valibot schema of a scenario file (docs/model.md §11): every field optional except what a run
 * cannot do without once `extends` and defaults have been applied (innovations' ids, complexity and
 * digital intensity; a lattice's size; a mixed world's n). Parameters and levers come from the one
 * parameter table. This schema validates the merged file; cross-field rules (unique ids, `until`
 * after `year`, tick caps) are in checks.ts; the JSON Schema export is built from it (jsonSchema.ts).
 */
import * as v from 'valibot';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../params/schema.ts';
import { fieldSchema } from '../params/fieldSchema.ts';
import type { ParamDef } from '../params/def.ts';
import { bilingual, closedObject, id, text, year } from './objectSchema.ts';
import { scopeSchema } from './scopeSchema.ts';
import { worldSchema } from './worldSchema.ts';
import { innovationSchema } from './innovationSchema.ts';
import { MAX_INNOVATIONS, MAX_NAMED_SITES, MAX_YEARS } from './limits.ts';

function optionalFields(defs: readonly ParamDef[]) {
  return Object.fromEntries(defs.map((d) => [d.key, v.optional(fieldSchema(d))]));
}

export const paramsSchema = closedObject(optionalFields(ASSUMPTION_DEFS));

const namedSiteSchema = closedObject(
  { year, scope: scopeSchema, innovation: v.optional(id) },
  { year: 'the year the sites are named', scope: 'which localities are named' },
);
const namedSitesMessage = `expected an array of at most ${MAX_NAMED_SITES} {year, scope, innovation?} entries`;

export const leversSchema = closedObject({
  ...optionalFields(LEVER_DEFS),
  rewardScope: v.optional(scopeSchema),
  transferScope: v.optional(scopeSchema),
  namedSites: v.optional(v.pipe(v.array(namedSiteSchema, namedSitesMessage), v.maxLength(MAX_NAMED_SITES, namedSitesMessage))),
});

export const DT_TEXT = 'allowed > 0 and ≤ 1 year';
export const timeSchema = closedObject({
  startYear: v.optional(year),
  years: v.optional(v.pipe(v.number(`allowed > 0 and ≤ ${MAX_YEARS} years`), v.gtValue(0, `allowed > 0 and ≤ ${MAX_YEARS} years`), v.maxValue(MAX_YEARS, `allowed > 0 and ≤ ${MAX_YEARS} years`))),
  dt: v.optional(v.pipe(v.number(DT_TEXT), v.gtValue(0, DT_TEXT), v.maxValue(1, DT_TEXT))),
});

export const metaSchema = closedObject({
  title: v.optional(bilingual),
  description: v.optional(bilingual),
  illustrative: v.optional(v.boolean('allowed true or false')),
});

const innovationsMessage = `allowed 1–${MAX_INNOVATIONS} innovations`;

export const scenarioFileSchema = closedObject({
  $schema: v.optional(text),
  extends: v.optional(id),
  meta: v.optional(metaSchema),
  world: v.optional(worldSchema),
  time: v.optional(timeSchema),
  params: v.optional(paramsSchema),
  levers: v.optional(leversSchema),
  innovations: v.optional(
    v.pipe(
      v.array(innovationSchema, innovationsMessage),
      v.minLength(1, innovationsMessage),
      v.maxLength(MAX_INNOVATIONS, innovationsMessage),
    ),
  ),
});

