/**
 * The app's state in the page URL (share links: a teacher sends a link and every
 * student sees the same run). A link holds the preset, the levers and assumptions *changed* from
 * the preset (only those), the seed, the language, the tick, the innovation shown, projector mode,
 * whether to start playing (`play=1`; the app otherwise opens paused) and to pause at each dated
 * milestone (`pauseAtMilestones=1`), and the app version that made it:
 *
 *   ?v=0.1.0&preset=fengqiao&seed=7&lang=en&tick=48&lever.media=2&param.q=0.45
 *
 * With compare mode open it also says so, and how many pairs (and years per run) to compare:
 * `compare=1&pairs=50` — the link's levers and assumptions are the scenario's changes, its seed the
 * pairs' base seed, so opening it reruns the same comparison (the same figures).
 *
 * The targeted levers (where the reward applies, who receives transfers, named sites) travel as the
 * JSON a scenario file would hold, checked with the scenario file's lever schema:
 * `lever.rewardScope={"provinces":["33"]}`, `lever.namedSites=[{"year":2005,"scope":{"regions":["west"]}}]`.
 *
 * Numbers are written in JavaScript's shortest round-trip form, so a value read back is the same
 * double and the run is bit-identical. Reading validates every value with the parameter table's
 * valibot schemas (the one schema that also checks scenario files); an invalid or unknown value is dropped — the
 * default is used — and reported as a warning naming the field, the value and what is allowed.
 * Checks that need the run (is the preset known, is the tick within the horizon) are the app's.
 */
import * as v from 'valibot';
import type { ParamDef } from '../../model/params/def.ts';
import type { Assumptions, Levers } from '../../model/params/keys.ts';
import { fieldSchema } from '../../model/params/fieldSchema.ts';
import { allowedText, formatInterval } from '../../model/params/ranges.ts';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../model/params/schema.ts';
import { MAX_SEED, parseSeedText, seedSchema } from '../../model/scenario/seedSchema.ts';
import { leversSchema } from '../../model/scenario/fileSchema.ts';
import { parseJsonText } from '../../model/scenario/parseJsonText.ts';
import type { LeverScopes } from '../../model/scenario/types.ts';
import { LOCALES, type Bilingual, type Locale } from '../i18n/i18n.ts';

/** Query keys. Lever and assumption keys are prefixed so they can never collide with these. */
export const URL_KEYS = {
  version: 'v',
  preset: 'preset',
  seed: 'seed',
  lang: 'lang',
  tick: 'tick',
  innovation: 'k',
  projector: 'projector',
  play: 'play',
  milestonePause: 'pauseAtMilestones',
  compare: 'compare',
  pairs: 'pairs',
  compareYears: 'years',
  lesson: 'lesson',
  chapter: 'chapter',
  guess: 'guess',
} as const;
export const LEVER_PREFIX = 'lever.';
export const PARAM_PREFIX = 'param.';

/** What a link can say; absent fields mean "the default". */
export interface UrlState {
  version?: string;
  presetId?: string;
  seed?: number;
  lang?: Locale;
  tick?: number;
  innovation?: number;
  projector?: boolean;
  /** start playing once the run is ready (the app otherwise opens paused, so a class can predict first) */
  play?: boolean;
  /** play pauses at each of the scenario's dated milestones */
  milestonePause?: boolean;
  /** compare mode open: the link reruns the comparison of the preset (as the link sets it) against … */
  compare?: boolean;
  /** … its lever and assumption changes, with this many pairs (from the link's seed) … */
  pairs?: number;
  /** … over this many years per run (absent: the scenario's own) */
  compareYears?: number;
  /** a guided lesson (public/lessons/<id>.json) is open, at this chapter (from 1) … */
  lesson?: string;
  chapter?: number;
  /** … with the student's prediction (src/ui/lessons/lessonLink.ts: `c0.10.40`, `y1990`, `w33`) */
  guess?: string;
  levers: Partial<Levers & LeverScopes>;
  params: Partial<Assumptions>;
}

/** A value of the link that was not used: field, the value as written, and what is allowed. */
export interface UrlWarning {
  field: string;
  value: string;
  /** what is allowed, in both languages; null for an unknown field */
  allowed: Bilingual | null;
}

/** A key the link gives more than once: how often, and the value read (the last one, as written). */
export interface UrlRepeat {
  field: string;
  times: number;
  value: string;
}

const PRESET_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Pairs a link may ask for (idlab compare's limit; the app's memory check refuses what it cannot hold). */
const MAX_COMPARE_PAIRS = 10_000;
/** Years per run a link may ask for (the compare panel's field allows 1–200). */
const MAX_COMPARE_YEARS = 200;
/** A lesson prediction: a curve's percents (c0.10.40), a year (y1990) or a province code (w33). */
const GUESS = /^(?:c\d{1,3}(?:\.\d{1,3}){0,60}|y-?\d{1,6}|w[A-Za-z0-9]{1,12})$/;
const VERSION = /^[0-9A-Za-z.+-]{1,32}$/;
/** A decimal number as people and String(x) write it: no hex, no "Infinity", no empty string. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * Lookup tables keyed by text from the link are Maps: a plain object would answer a key such as
 * `constructor`, `toString` or `__proto__` with what it inherits from Object.prototype.
 */
const FLAG = new Map<string, boolean>([
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);

const integerRange = (max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

interface TopLevelKey {
  field: keyof UrlState;
  schema: v.GenericSchema<unknown, unknown>;
  allowed: Bilingual;
  parse: (text: string) => unknown;
}

/** A key that is on (1, true) or off (0, false). */
function flagKey(field: keyof UrlState): TopLevelKey {
  return { field, schema: v.boolean(), allowed: { en: '1 or 0', zh: '1 或 0' }, parse: (t) => FLAG.get(t) };
}

const TOP_LEVEL = new Map<string, TopLevelKey>(Object.entries({
  [URL_KEYS.version]: {
    field: 'version',
    schema: v.pipe(v.string(), v.regex(VERSION)),
    allowed: { en: 'a version such as 0.1.0', zh: '版本号，如 0.1.0' },
    parse: (t) => t,
  },
  [URL_KEYS.preset]: {
    field: 'presetId',
    schema: v.pipe(v.string(), v.regex(PRESET_ID)),
    allowed: { en: 'a preset id of letters, digits, - and _', zh: '由字母、数字、- 和 _ 组成的情景编号' },
    parse: (t) => t,
  },
  [URL_KEYS.seed]: {
    field: 'seed',
    schema: seedSchema,
    allowed: { en: `integers 0–${MAX_SEED}`, zh: `0–${MAX_SEED} 的整数` },
    parse: (t) => parseSeedText(t) ?? t,
  },
  [URL_KEYS.lang]: {
    field: 'lang',
    schema: v.picklist(LOCALES),
    allowed: { en: LOCALES.join(' or '), zh: LOCALES.join(' 或 ') },
    parse: (t) => t,
  },
  [URL_KEYS.tick]: {
    field: 'tick',
    schema: integerRange(Number.MAX_SAFE_INTEGER),
    allowed: { en: 'integers ≥ 0 (months since the start)', zh: '≥ 0 的整数（自起始年起的月数）' },
    parse: number,
  },
  [URL_KEYS.innovation]: {
    field: 'innovation',
    schema: integerRange(63),
    allowed: { en: 'the index of an innovation of the scenario, from 0', zh: '情景中创新的序号（从 0 起）' },
    parse: number,
  },
  [URL_KEYS.projector]: {
    field: 'projector',
    schema: v.boolean(),
    allowed: { en: '1 or 0', zh: '1 或 0' },
    parse: (t) => FLAG.get(t),
  },
  [URL_KEYS.play]: flagKey('play'),
  [URL_KEYS.milestonePause]: flagKey('milestonePause'),
  [URL_KEYS.compare]: {
    field: 'compare',
    schema: v.boolean(),
    allowed: { en: '1 or 0', zh: '1 或 0' },
    parse: (t) => FLAG.get(t),
  },
  [URL_KEYS.pairs]: {
    field: 'pairs',
    schema: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COMPARE_PAIRS)),
    allowed: { en: `integers 1–${MAX_COMPARE_PAIRS} (pairs of runs)`, zh: `1–${MAX_COMPARE_PAIRS} 的整数（配对运行数）` },
    parse: number,
  },
  [URL_KEYS.compareYears]: {
    field: 'compareYears',
    schema: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COMPARE_YEARS)),
    allowed: { en: `integers 1–${MAX_COMPARE_YEARS} (years per run)`, zh: `1–${MAX_COMPARE_YEARS} 的整数（每次运行的年数）` },
    parse: number,
  },
  [URL_KEYS.lesson]: {
    field: 'lesson',
    schema: v.pipe(v.string(), v.regex(PRESET_ID)),
    allowed: { en: 'a lesson id of letters, digits, - and _', zh: '由字母、数字、- 和 _ 组成的课程编号' },
    parse: (t) => t,
  },
  [URL_KEYS.chapter]: {
    field: 'chapter',
    schema: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
    allowed: { en: 'a chapter number from 1', zh: '从 1 起的章节序号' },
    parse: number,
  },
  [URL_KEYS.guess]: {
    field: 'guess',
    schema: v.pipe(v.string(), v.regex(GUESS)),
    allowed: { en: 'a prediction such as c0.10.40.80, y1990 or w33', zh: '预测，如 c0.10.40.80、y1990 或 w33' },
    parse: (t) => t,
  },
} satisfies Record<string, TopLevelKey>));

const LEVERS = new Map(LEVER_DEFS.map((d) => [d.key, d]));
/** The targeted levers a link may carry, with what each allows. */
const SCOPED_LEVERS = new Map<string, Bilingual>([
  ['rewardScope', { en: 'a scope as in scenario files, such as {"provinces":["33"]}', zh: '情景文件中的范围，如 {"provinces":["33"]}' }],
  ['transferScope', { en: 'a scope as in scenario files, such as {"regions":["west"]}', zh: '情景文件中的范围，如 {"regions":["west"]}' }],
  ['namedSites', { en: 'a list of named sites as in scenario files, such as [{"year":2005,"scope":{"provinces":["33"]}}]', zh: '情景文件中的示范点列表，如 [{"year":2005,"scope":{"provinces":["33"]}}]' }],
]);

/** A targeted lever's value from its JSON text, if the scenario file's lever schema accepts it. */
function scopedLeverValue(key: string, text: string): { ok: true; value: unknown } | { ok: false } {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false };
  return v.safeParse(leversSchema, { [key]: parsed.value }).success ? { ok: true, value: parsed.value } : { ok: false };
}
const ASSUMPTIONS = new Map(ASSUMPTION_DEFS.map((d) => [d.key, d]));
const FIELD_SCHEMAS = new Map<ParamDef, v.GenericSchema<unknown, unknown>>();

function number(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/** A parameter value from its text, by the row's type (then checked by the row's schema). */
function paramValue(def: ParamDef, text: string): unknown {
  if (def.type === 'boolean') return FLAG.get(text);
  if (def.type === 'enum') return text;
  return number(text);
}

/** What a parameter allows, in both languages (the schema's own text in English). */
export function allowedOf(def: ParamDef): Bilingual {
  if (def.type === 'boolean') return { en: '1 or 0', zh: '1 或 0' };
  if (def.type === 'enum') return { en: def.values.join(', '), zh: def.values.join('、') };
  const range = formatInterval(def.allowed[0], def.allowed[1]);
  return { en: allowedText(def), zh: `${def.type === 'integer' ? '整数 ' : ''}${range} ${def.unit.zh}` };
}

/**
 * Reads a query string (with or without "?"): the state it holds, the values it could not use, and
 * the keys given more than once. A repeated key reads its last value (the one a person appending
 * `&seed=7` to a link means); the repeat is reported so the user knows which value was taken.
 */
export function parseUrlState(search: string): { state: UrlState; warnings: UrlWarning[]; repeats: UrlRepeat[] } {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state: UrlState = { levers: {}, params: {} };
  const warnings: UrlWarning[] = [];
  const repeats: UrlRepeat[] = [];
  // key → [last value, times], in the order keys first appear
  const values = new Map<string, [string, number]>();
  for (const [key, text] of query) values.set(key, [text, (values.get(key)?.[1] ?? 0) + 1]);
  for (const [key, [text, times]] of values) {
    if (times > 1) repeats.push({ field: key, times, value: text });
    const top = TOP_LEVEL.get(key);
    if (top) {
      const value = top.parse(text);
      if (v.safeParse(top.schema, value).success) (state as unknown as Record<string, unknown>)[top.field] = value;
      else warnings.push({ field: key, value: text, allowed: top.allowed });
      continue;
    }
    const scoped = key.startsWith(LEVER_PREFIX) ? SCOPED_LEVERS.get(key.slice(LEVER_PREFIX.length)) : undefined;
    if (scoped) {
      const read = scopedLeverValue(key.slice(LEVER_PREFIX.length), text);
      if (read.ok) (state.levers as Record<string, unknown>)[key.slice(LEVER_PREFIX.length)] = read.value;
      else warnings.push({ field: key, value: text, allowed: scoped });
      continue;
    }
    const lever = key.startsWith(LEVER_PREFIX) ? LEVERS.get(key.slice(LEVER_PREFIX.length)) : undefined;
    const assumption = key.startsWith(PARAM_PREFIX) ? ASSUMPTIONS.get(key.slice(PARAM_PREFIX.length)) : undefined;
    const def = lever ?? assumption;
    if (!def) {
      warnings.push({ field: key, value: text, allowed: null });
      continue;
    }
    let schema = FIELD_SCHEMAS.get(def);
    if (!schema) FIELD_SCHEMAS.set(def, (schema = fieldSchema(def)));
    const value = paramValue(def, text);
    if (!v.safeParse(schema, value).success) {
      warnings.push({ field: key, value: text, allowed: allowedOf(def) });
      continue;
    }
    const target = (lever ? state.levers : state.params) as Record<string, unknown>;
    target[def.key] = value;
  }
  return { state, warnings, repeats };
}

/**
 * The query string (without "?") of a state, in a fixed order: version, preset, seed, language,
 * tick, innovation, projector, play, pause at milestones, compare mode (pairs, years), then levers and assumptions by key.
 * Absent fields are left out.
 */
export function serializeUrlState(state: UrlState): string {
  const query = new URLSearchParams();
  const put = (key: string, value: unknown) => {
    if (value === undefined) return;
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    query.set(key, text);
  };
  put(URL_KEYS.version, state.version);
  put(URL_KEYS.preset, state.presetId);
  put(URL_KEYS.seed, state.seed);
  put(URL_KEYS.lang, state.lang);
  put(URL_KEYS.tick, state.tick);
  put(URL_KEYS.innovation, state.innovation);
  if (state.projector) put(URL_KEYS.projector, true);
  if (state.play) put(URL_KEYS.play, true);
  if (state.milestonePause) put(URL_KEYS.milestonePause, true);
  if (state.compare) {
    put(URL_KEYS.compare, true);
    put(URL_KEYS.pairs, state.pairs);
    put(URL_KEYS.compareYears, state.compareYears);
  }
  put(URL_KEYS.lesson, state.lesson);
  if (state.lesson) put(URL_KEYS.chapter, state.chapter);
  if (state.lesson) put(URL_KEYS.guess, state.guess);
  for (const [prefix, values] of [
    [LEVER_PREFIX, state.levers],
    [PARAM_PREFIX, state.params],
  ] as const) {
    for (const key of Object.keys(values).sort()) put(prefix + key, (values as Record<string, unknown>)[key]);
  }
  return query.toString();
}
