/**
 * The valibot schema of a sweep file (types.ts), built from the scenario schema's blocks so problems
 * read the same: `invalid design.samples: 0 (allowed integers 1–1048576)`. It checks shapes and
 * bounds that need no parameter table; resolveSweep.ts checks each factor against its parameter row
 * and the base scenario through the scenario resolver.
 */
import * as v from 'valibot';
import { closedObject, integer, text } from '../model/scenario/objectSchema.ts';
import { listText } from '../model/params/ranges.ts';
import { seedSchema } from '../model/scenario/seedSchema.ts';

/** Caps that keep a plan file and its run list manageable. */
export const MAX_FACTORS = 50;
export const MAX_SAMPLES = 1 << 20;
export const MAX_TRAJECTORIES = 10_000;
export const MAX_LEVELS = 1000;
export const MAX_VALUES = 10_000;
export const MAX_REPLICATES = 10_000;
export const MAX_RUNS = 10_000_000;

const quoted = (values: readonly string[]) => listText(values.map((x) => JSON.stringify(x)));
const finite = (message: string) => v.pipe(v.number(message), v.finite(message));
const NUMBER_TEXT = 'expected a finite number';

export const DISTRIBUTION_TYPES = ['uniform', 'loguniform', 'triangular', 'normal'] as const;
export const DESIGN_TYPES = ['grid', 'random', 'lhs', 'sobol', 'morris'] as const;
export const SEED_MODES = ['independent', 'common'] as const;

const distributionSchema = v.variant(
  'type',
  [
    closedObject({ type: v.literal('uniform'), min: v.optional(finite(NUMBER_TEXT)), max: v.optional(finite(NUMBER_TEXT)) }),
    closedObject(
      { type: v.literal('loguniform'), min: finite(NUMBER_TEXT), max: finite(NUMBER_TEXT) },
      { min: 'the lower bound, > 0', max: 'the upper bound' },
    ),
    closedObject(
      { type: v.literal('triangular'), min: finite(NUMBER_TEXT), mode: finite(NUMBER_TEXT), max: finite(NUMBER_TEXT) },
      { min: 'the lower bound', mode: 'the most likely value', max: 'the upper bound' },
    ),
    closedObject(
      {
        type: v.literal('normal'),
        mean: finite(NUMBER_TEXT),
        sd: v.pipe(finite('allowed > 0'), v.gtValue(0, 'allowed > 0')),
        min: v.optional(finite(NUMBER_TEXT)),
        max: v.optional(finite(NUMBER_TEXT)),
      },
      { mean: 'the mean', sd: 'the standard deviation, > 0' },
    ),
  ],
  `allowed ${quoted(DISTRIBUTION_TYPES)}`,
);

const valuesMessage = `expected an array of 1–${MAX_VALUES} numbers, booleans or strings`;
const levels = integer(2, MAX_LEVELS, `allowed integers 2–${MAX_LEVELS}`);

export const factorSchema = closedObject(
  {
    path: v.pipe(v.string('expected a path such as "params.q" or "levers.media"'), v.maxLength(200, 'expected a path such as "params.q"')),
    values: v.optional(
      v.pipe(
        v.array(v.union([finite(valuesMessage), v.boolean(), v.string()], valuesMessage), valuesMessage),
        v.minLength(1, valuesMessage),
        v.maxLength(MAX_VALUES, valuesMessage),
      ),
    ),
    range: v.optional(closedObject({ min: v.optional(finite(NUMBER_TEXT)), max: v.optional(finite(NUMBER_TEXT)) })),
    distribution: v.optional(distributionSchema),
    levels: v.optional(levels),
  },
  { path: 'the parameter path, such as "params.q" or "levers.media"' },
);

const samples = integer(1, MAX_SAMPLES, `allowed integers 1–${MAX_SAMPLES}`);

export const designSchema = v.variant(
  'type',
  [
    closedObject({ type: v.literal('grid'), levels: v.optional(levels) }),
    closedObject({ type: v.literal('random'), samples }, { samples: 'the number of points' }),
    closedObject({ type: v.literal('lhs'), samples }, { samples: 'the number of points' }),
    closedObject({ type: v.literal('sobol'), samples }, { samples: 'the number of base samples N (runs: N × (factors + 2) × replicates)' }),
    closedObject(
      {
        type: v.literal('morris'),
        trajectories: integer(1, MAX_TRAJECTORIES, `allowed integers 1–${MAX_TRAJECTORIES}`),
        levels: v.optional(v.pipe(levels, v.check((x) => x % 2 === 0, 'allowed even integers 2–1000'))),
      },
      { trajectories: 'the number of trajectories r (runs: r × (factors + 1) × replicates)' },
    ),
  ],
  `allowed ${quoted(DESIGN_TYPES)}`,
);

const namesMessage = 'expected an array of names';

export const outputsSchema = closedObject({
  metrics: v.optional(v.pipe(v.array(v.string(namesMessage), namesMessage), v.minLength(1, 'expected at least one metric'))),
  innovations: v.optional(v.pipe(v.array(v.string(namesMessage), namesMessage), v.minLength(1, 'expected at least one innovation id'))),
  series: v.optional(
    closedObject(
      {
        columns: v.pipe(v.array(v.string(namesMessage), namesMessage), v.minLength(1, 'expected at least one column')),
        every: v.optional(v.pipe(finite('allowed > 0 years'), v.gtValue(0, 'allowed > 0 years'))),
      },
      { columns: 'the per-tick metric columns to keep, such as ["ever_adopted", "active"]' },
    ),
  ),
});

const factorsMessage = `expected an array of 1–${MAX_FACTORS} factors`;

export const sweepFileSchema = closedObject(
  {
    $schema: v.optional(text),
    title: v.optional(text),
    description: v.optional(text),
    // checked by the scenario resolver (resolveSweep.ts), with paths prefixed by "scenario."
    scenario: v.unknown(),
    time: v.optional(
      closedObject({
        years: v.optional(v.pipe(finite('allowed > 0 years'), v.gtValue(0, 'allowed > 0 years'))),
        dt: v.optional(v.pipe(finite('allowed > 0 and ≤ 1 year'), v.gtValue(0, 'allowed > 0 and ≤ 1 year'), v.maxValue(1, 'allowed > 0 and ≤ 1 year'))),
      }),
    ),
    factors: v.pipe(v.array(factorSchema, factorsMessage), v.minLength(1, factorsMessage), v.maxLength(MAX_FACTORS, factorsMessage)),
    design: designSchema,
    replicates: v.optional(integer(1, MAX_REPLICATES, `allowed integers 1–${MAX_REPLICATES}`)),
    seed: v.optional(seedSchema),
    seeds: v.optional(v.picklist(SEED_MODES, `allowed ${quoted(SEED_MODES)}`)),
    outputs: v.optional(outputsSchema),
  },
  {
    factors: 'at least one factor, e.g. [{"path": "params.q"}]',
    design: 'a design, e.g. {"type": "grid", "levels": 5}',
  },
);
