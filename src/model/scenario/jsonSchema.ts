/**
 * The scenario file format as JSON Schema (draft-07), generated from the one valibot schema with
 * @valibot/to-json-schema, then annotated from the parameter table: every parameter and lever gets
 * its title, default, unit, plausible range and source (`x-unit`, `x-plausible`, `x-source`,
 * `x-symbol`; validators ignore `x-` keywords). Published as public/schema/scenario.schema.json; a
 * test keeps the committed file equal to this function's output. Cross-field rules (unique ids,
 * `until` after `year`, the tick cap) are not expressible here: `idlab validate` checks them.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../params/schema.ts';
import type { ParamDef } from '../params/def.ts';
import { allowedText, plausibleText } from '../params/ranges.ts';
import { scenarioFileSchema } from './fileSchema.ts';

type Json = { [key: string]: unknown };

const TOP_DESCRIPTIONS: Record<string, string> = {
  $schema: 'Path or URL of this JSON Schema, for editors; ignored by the model.',
  extends: 'Id of a preset this scenario extends (public/scenarios/<id>.json): objects deep-merge, arrays replace.',
  meta: 'Title and description in English and Chinese; illustrative = true marks a preset that is not a calibrated forecast.',
  world: 'The localities: "china" (2,828 county-level units), "us-states" (the 50 US states, USPS codes), "lattice" (width × height) or "mixed" (n localities, global mixing only).',
  time: 'startYear, years (> 0), dt (years per tick, 0 < dt ≤ 1; default 1/12). Row k of the output is at startYear + k·dt.',
  params: 'Assumptions (docs/model.md §8): what is uncertain. Flat ASCII keys; absent keys take their defaults.',
  levers: 'Levers: what a policymaker controls, grouped by the four drivers; absent keys are the no-policy baseline.',
  innovations: 'One to 16 innovations, each with id, complexity, digital intensity, origins and scripted events.',
};

function annotate(property: Json, def: ParamDef): void {
  property.title = `${def.label.en} · ${def.label.zh}`;
  property.default = def.default;
  property['x-symbol'] = def.symbol;
  property['x-kind'] = def.kind;
  property['x-group'] = def.group;
  property['x-source'] = def.source;
  // the plain help, then the symbols and formula (the app's "advanced" note), then the ranges
  const about = `${def.help.en} Advanced: ${def.advanced.en}`;
  if (def.type === 'number' || def.type === 'integer') {
    property['x-unit'] = def.unit.en;
    property['x-plausible'] = [...def.plausible];
    property.description = `${about} Allowed ${allowedText(def)}; plausible ${plausibleText(def)}.`;
  } else {
    property.description = `${about} Allowed ${allowedText(def)}.`;
  }
}

/** Normalizes the converter's output: closed objects say `additionalProperties: false` (lesson files' schema too). */
export function tidyJsonSchema(node: unknown): unknown {
  return tidy(node);
}

function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'additionalProperties' && isNotAnything(value)) out[key] = false;
    else if (key === 'required' && Array.isArray(value) && value.length === 0) continue;
    else out[key] = tidy(value);
  }
  return out;
}

function isNotAnything(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  const inner = (value as Json).not;
  return keys.length === 1 && keys[0] === 'not' && inner !== null && typeof inner === 'object' && Object.keys(inner).length === 0;
}

/** The JSON Schema of a scenario file. */
export function scenarioJsonSchema(): Json {
  const raw = tidy(toJsonSchema(scenarioFileSchema, { errorMode: 'throw' })) as Json;
  const properties = raw.properties as Record<string, Json>;
  for (const [key, description] of Object.entries(TOP_DESCRIPTIONS)) properties[key].description = description;
  const params = properties.params.properties as Record<string, Json>;
  for (const def of ASSUMPTION_DEFS) annotate(params[def.key], def);
  const levers = properties.levers.properties as Record<string, Json>;
  for (const def of LEVER_DEFS) annotate(levers[def.key], def);
  const { $schema, ...rest } = raw;
  return {
    $schema,
    title: 'Innovation Diffusion Lab scenario · 创新扩散实验室情景',
    description:
      'A scenario of the Innovation Diffusion Lab (docs/model.md §11). The seed is not part of it. Every field is optional except what extends cannot supply; defaults fill the rest.',
    ...rest,
  };
}
