/** The schema of an innovation and its scripted events (types.ts, docs/model.md §7). */
import * as v from 'valibot';
import { listText } from '../params/ranges.ts';
import { bilingual, closedObject, id, ID_TEXT, number, share, year, YEAR_TEXT } from './objectSchema.ts';
import { scopeSchema } from './scopeSchema.ts';
import { codeList } from './scopeSchema.ts';
import { DOCUMENT_REWARD_RANGE, INNOVATION_RATE_RANGE, MAX_EVENTS, MAX_HALF_LIFE } from './limits.ts';

export const EVENT_TYPES = ['pilot', 'endorse', 'document', 'mandate', 'withdraw', 'suspend'] as const;
/** `none` is allowed only on `withdraw` (checks.ts says so with the event's path). */
export const EVENT_LEVELS = ['none', 'prefecture', 'province', 'central'] as const;
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
    until: v.optional(v.pipe(year, v.description('mandate: the year it lapses (exclusive), absent = never. suspend (required): the year the suspension ends (exclusive). Later than year.'))),
    strength: v.optional(v.pipe(share, v.description('suspend only: strength s of the suspension, 0–1 (default 1): adoption and progress × (1 − s), abandonment + s·μ_susp.'))),
    label: v.optional(bilingual),
  },
  {
    year: `the year it applies, ${YEAR_TEXT}`,
    type: `one of ${quoted(EVENT_TYPES)}`,
    level: `one of ${quoted(EVENT_LEVELS)}`,
    scope: 'which localities: {"codes": […]}, {"provinces": […]}, {"regions": […]}, {"top": {…}}; {} is every locality',
  },
);

const RATE_TEXT = `allowed ${INNOVATION_RATE_RANGE[0]}–${INNOVATION_RATE_RANGE[1]} per year`;
const RATE = number(INNOVATION_RATE_RANGE[0], INNOVATION_RATE_RANGE[1], RATE_TEXT);
const POTENTIAL_TEXT = 'allowed > 0 and ≤ 1 (the share of localities for which it is a fit; leave it out for 1)';
const HALF_LIFE_TEXT = `allowed > 0 and ≤ ${MAX_HALF_LIFE} years (leave it out for no fading)`;

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
    p: v.optional(v.pipe(RATE, v.description("This innovation's external influence p_k, per year; absent = the scenario's params.p."))),
    q: v.optional(v.pipe(RATE, v.description("This innovation's imitation q_k, per year; absent = the scenario's params.q."))),
    potential: v.optional(
      v.pipe(
        v.number(POTENTIAL_TEXT),
        v.gtValue(0, POTENTIAL_TEXT),
        v.maxValue(1, POTENTIAL_TEXT),
        v.description('Potential m_k: the share of localities for which the innovation is a fit (each locality drawn once per run from the seed); absent = 1, every locality. Only a mandate reaches the others.'),
      ),
    ),
    halfLife: v.optional(
      v.pipe(
        v.number(HALF_LIFE_TEXT),
        v.gtValue(0, HALF_LIFE_TEXT),
        v.maxValue(MAX_HALF_LIFE, HALF_LIFE_TEXT),
        v.description('Salience half-life H_k, years: external influence fades as 2^(−years since the start or the last pilot, endorse, document or mandate / H_k); absent = never fades.'),
      ),
    ),
    events: v.optional(v.pipe(v.array(eventSchema, eventsMessage), v.maxLength(MAX_EVENTS, eventsMessage))),
  },
  {
    id: ID_TEXT.replace('expected ', ''),
    complexity: 'the resource requirement c, a number 0–1',
    digital: 'the digital intensity g, a number 0–1',
  },
);
