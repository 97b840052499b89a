/** The schema of a WorldSpec (types.ts): China, the US states, a lattice or a fully mixed world. */
import * as v from 'valibot';
import { ATTRIBUTES, CHINA_UNIT_LEVELS } from '../world.ts';
import { listText } from '../params/ranges.ts';
import { closedObject, code, integer, number, share, SHARE_TEXT } from './objectSchema.ts';
import { MAX_HETEROGENEITY, MAX_LATTICE_SIDE, MAX_MIXED_N, MAX_OVERRIDES } from './limits.ts';
import { seedSchema } from './seedSchema.ts';

export const WORLD_KINDS = ['china', 'us-states', 'lattice', 'mixed'] as const;
export const NEIGHBOURHOODS = ['von-neumann', 'moore'] as const;
const quoted = (values: readonly string[]) => listText(values.map((x) => JSON.stringify(x)));

const override = closedObject(
  {
    code,
    attribute: v.picklist(ATTRIBUTES, `allowed ${quoted(ATTRIBUTES)}`),
    value: share,
  },
  {
    code: 'the locality code',
    attribute: `one of ${quoted(ATTRIBUTES)}`,
    value: `the attribute value, ${SHARE_TEXT}`,
  },
);

const overridesMessage = `expected an array of at most ${MAX_OVERRIDES} {code, attribute, value} overrides`;
const attributes = v.pipe(v.array(override, overridesMessage), v.maxLength(MAX_OVERRIDES, overridesMessage));
const attributeSeed = seedSchema;
const heterogeneity = number(0, MAX_HETEROGENEITY, `allowed 0–${MAX_HETEROGENEITY} (SD of attributes around 0.5)`);
const side = integer(1, MAX_LATTICE_SIDE, `allowed integers 1–${MAX_LATTICE_SIDE}`);

export const chinaWorldSchema = closedObject({
  kind: v.literal('china'),
  seaEdges: v.optional(v.boolean('allowed true or false')),
  attributeSeed: v.optional(attributeSeed),
  unit: v.optional(v.picklist(CHINA_UNIT_LEVELS, `allowed ${quoted(CHINA_UNIT_LEVELS)}`)),
  attributes: v.optional(attributes),
});

/** The 50 US states (public/data/us-states.json): no proxies, so no heterogeneity; the seed draws z_L. */
export const usStatesWorldSchema = closedObject({
  kind: v.literal('us-states'),
  attributeSeed: v.optional(attributeSeed),
  attributes: v.optional(attributes),
});

export const latticeWorldSchema = closedObject(
  {
    kind: v.literal('lattice'),
    width: side,
    height: side,
    neighbourhood: v.optional(v.picklist(NEIGHBOURHOODS, `allowed ${quoted(NEIGHBOURHOODS)}`)),
    provinceSide: v.optional(side),
    attributeSeed: v.optional(attributeSeed),
    heterogeneity: v.optional(heterogeneity),
    attributes: v.optional(attributes),
  },
  {
    width: `cells across, an integer 1–${MAX_LATTICE_SIDE}`,
    height: `cells down, an integer 1–${MAX_LATTICE_SIDE}`,
  },
);

export const mixedWorldSchema = closedObject(
  {
    kind: v.literal('mixed'),
    n: integer(1, MAX_MIXED_N, `allowed integers 1–${MAX_MIXED_N}`),
    attributeSeed: v.optional(attributeSeed),
    heterogeneity: v.optional(heterogeneity),
    attributes: v.optional(attributes),
  },
  { n: `number of localities, an integer 1–${MAX_MIXED_N}` },
);

export const worldSchema = v.variant(
  'kind',
  [chinaWorldSchema, usStatesWorldSchema, latticeWorldSchema, mixedWorldSchema],
  `allowed ${quoted(WORLD_KINDS)}`,
);
