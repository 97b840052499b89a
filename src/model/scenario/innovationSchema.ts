/** The schema of an innovation and its scripted events (types.ts, docs/model.md §7). */
import * as v from 'valibot';
import { listText } from '../params/ranges.ts';
import { bilingual, closedObject, id, ID_TEXT, number, share, year, YEAR_TEXT } from './objectSchema.ts';
import { scopeSchema } from './scopeSchema.ts';
import { codeList } from './scopeSchema.ts';
import { DOCUMENT_REWARD_RANGE, MAX_EVENTS } from './limits.ts';

export const EVENT_TYPES = ['pilot', 'endorse', 'document', 'mandate'] as const;
export const EVENT_LEVELS = ['prefecture', 'province', 'central'] as const;
export const ORIGIN_STAGES = [1, 2, 3, 4] as const;
const quoted = (values: readonly (string | number)[]) => listText(values.map((x) => JSON.stringify(x)));

export const eventSchema = closedObject(
  {
    year,
    type: v.picklist(EVENT_TYPES, `allowed ${quoted(EVENT_TYPES)}`),
    level: v.picklist(EVENT_LEVELS, `allowed ${quoted(EVENT_LEVELS)}`),
    scope: scopeSchema,
    reward: v.optional(
      number(DOCUMENT_REWARD_RANGE[0], DOCUMENT_REWARD_RANGE[1], `allowed ${DOCUMENT_REWARD_RANGE[0]}–${DOCUMENT_REWARD_RANGE[1]} (multiplier)`),
    ),
    until: v.optional(year),
    label: v.optional(bilingual),
  },
  {
    year: `the year it applies, ${YEAR_TEXT}`,
    type: `one of ${quoted(EVENT_TYPES)}`,
    level: `one of ${quoted(EVENT_LEVELS)}`,
    scope: 'which localities: {"codes": […]}, {"provinces": […]}, {"regions": […]}, {"top": {…}}; {} is every locality',
  },
);

const eventsMessage = `expected an array of at most ${MAX_EVENTS} events`;

export const innovationSchema = closedObject(
  {
    id,
    name: v.optional(bilingual),
    origins: v.optional(codeList('locality codes')),
    originStage: v.optional(v.picklist(ORIGIN_STAGES, `allowed ${quoted(ORIGIN_STAGES)}`)),
    startYear: v.optional(year),
    complexity: share,
    digital: share,
    events: v.optional(v.pipe(v.array(eventSchema, eventsMessage), v.maxLength(MAX_EVENTS, eventsMessage))),
  },
  {
    id: ID_TEXT.replace('expected ', ''),
    complexity: 'the resource requirement c, a number 0–1',
    digital: 'the digital intensity g, a number 0–1',
  },
);
