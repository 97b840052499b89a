/**
 * What the history match of the China case presets varies: per preset the 2–3 parameters its dated
 * milestones can inform, each over a range taken from the parameter schema's plausible range (or
 * justified where the schema has none), on a log scale where the range spans an order of magnitude or
 * more. Everything else stays as shipped. The targets are the preset's rows of docs/validation.md.
 */
import { paramDef, type NumericDef } from '../../src/model/params/index.ts';
import { exp, log } from '../../src/model/math/index.ts';
import type { ResolvedScenario } from '../../src/model/scenario/types.ts';

/** The preset file as JSON, mutable: the history match writes a parameter into a copy. */
export interface PresetJson {
  params?: Record<string, unknown>;
  innovations: { halfLife?: number; potential?: number; events: { type: string; strength?: number }[] }[];
}

export interface MatchParam {
  /** short id, also the axis label */
  symbol: string;
  /** what it is, both languages */
  name: string;
  range: readonly [number, number];
  /** sampled uniformly in log(value) rather than in value */
  log: boolean;
  /** why the milestones inform it, and where the range comes from */
  why: string;
  shipped: (scenario: ResolvedScenario) => number;
  set: (file: PresetJson, value: number) => void;
}

export interface PresetMatch {
  preset: string;
  /** the case, both languages (as the validation's table names it) */
  caseName: string;
  params: MatchParam[];
  /** what the milestones can and cannot tell about these parameters */
  note: string;
}

/** The value of `param` at unit coordinate u ∈ [0, 1] (uniform, or uniform in the logarithm; the model's exp and log, the same on every platform). */
export function fromUnit(param: MatchParam, u: number): number {
  const [lo, hi] = param.range;
  return param.log ? exp(log(lo) + u * (log(hi) - log(lo))) : lo + u * (hi - lo);
}

/** The unit coordinate of value `v` of `param`, clamped to [0, 1] (the inverse of fromUnit). */
export function toUnit(param: MatchParam, v: number): number {
  const [lo, hi] = param.range;
  const u = param.log ? (log(v) - log(lo)) / (log(hi) - log(lo)) : (v - lo) / (hi - lo);
  return Math.min(1, Math.max(0, u));
}

/** The schema's plausible range of a numeric scenario parameter. */
function plausible(key: string): readonly [number, number] {
  return (paramDef(key as never) as NumericDef).plausible;
}

/** A scenario-level parameter (params.<key>) over its plausible range. */
function scenarioParam(key: 'p' | 'q' | 'rhoRe' | 'lambdaC', symbol: string, name: string, log: boolean, why: string): MatchParam {
  const range = plausible(key);
  return {
    symbol,
    name,
    range,
    log,
    why: `${why} Range: the schema's plausible range${log ? ', log scale' : ''}.`,
    shipped: (s) => s.params[key] as number,
    set: (file, value) => {
      file.params = { ...file.params, [key]: value };
    },
  };
}

const p = (why: string) => scenarioParam('p', 'p', 'external influence p · 外部影响系数', true, why);
const q = (why: string) => scenarioParam('q', 'q', 'imitation q · 模仿系数', true, why);

function halfLife(range: readonly [number, number], why: string): MatchParam {
  return {
    symbol: 'H_k',
    name: 'salience half-life H_k, years · 显著性半衰期',
    range,
    log: true,
    why,
    shipped: (s) => s.innovations[0].halfLife ?? Infinity,
    set: (file, value) => {
      file.innovations[0].halfLife = value;
    },
  };
}

export const PRESET_MATCHES: readonly PresetMatch[] = [
  {
    preset: 'grid',
    caseName: 'grid 网格化',
    params: [
      p('How far the practice travels beyond the pilot cities before 2007 (≤ about 60 prefectures with an adopter at the end of 2006).'),
      q('How fast it spreads among peers between the pilots and the 2017 mandate, and so how many lapse by 2024.'),
      scenarioParam('rhoRe', 'ρ_re', 're-adoption rate ρ_re · 重新采纳速率', false, 'How many lapsed localities come back under each new central text: the share terminated in 2024 (≤ 20 %).'),
    ],
    note: 'The 2006 count bounds p and q from above; the 2024 share terminated bounds ρ_re from below. The 2020 coverage is the 2017 mandate’s and barely depends on them.',
  },
  {
    preset: 'three-governance',
    caseName: 'three-governance 三治融合',
    params: [
      p('How many localities outside Zhejiang take it up before the centre names it (≥ 60 % of the 2016 adopters in Zhejiang).'),
      q('How fast it spreads among peers after the 2017 report (about half of all localities by 2022).'),
      halfLife([0.1, 10], 'How long each text keeps it news: with a long half-life p acts for years after the 2013 pilot. Range: a little over a month (one step is a month) to a decade; log scale; the schema sets no plausible range.'),
    ],
    note: 'The Zhejiang share bounds the product of p and H_k from above; the 2022 share bounds the national spread (q and H_k) from below.',
  },
  {
    preset: 'fengqiao',
    caseName: 'fengqiao 枫桥经验',
    params: [
      {
        symbol: 's',
        name: 'strength of the 1966–1976 suspension · 中断强度',
        range: [0, 1],
        log: false,
        why: 'How deep the 1966–1976 interruption cuts (active share in 1976 at most half that of 1966). Range: all a suspension allows, 0 (none) to 1 (a full halt).',
        shipped: (s) => s.innovations[0].events.find((e) => e.type === 'suspend')?.strength ?? 1,
        set: (file, value) => {
          for (const e of file.innovations[0].events) if (e.type === 'suspend') e.strength = value;
        },
      },
      halfLife([0.5, 50], 'How fast attention fades between the campaigns, and so how much the 2003 revival and the 2013 call add (active share higher in 2020 than in 2012). Range: half a year to longer than the 1966–2003 gap; log scale; the schema sets no plausible range.'),
    ],
    note: 'Both milestones are one-sided: the interruption sets a lower bound on the strength s; the revival rules out only what fails to grow after 2012.',
  },
  {
    preset: 'chengdu',
    caseName: 'chengdu 成都方式',
    params: [
      {
        symbol: 'm_k',
        name: 'potential m_k (share of units it fits) · 潜在采纳比例',
        range: [0.05, 1],
        log: false,
        why: 'The ceiling of its spread without a mandate: tens of cities, not most, by 2024 (10–80). Range: from one unit in twenty to every unit (the field allows (0, 1]).',
        shipped: (s) => s.innovations[0].potential ?? 1,
        set: (file, value) => {
          file.innovations[0].potential = value;
        },
      },
      q('How fast it spreads among the units it fits within the seven years to 2024.'),
    ],
    note: 'One milestone, a count by 2024, informs how far it spreads: m_k and q trade off along a ridge.',
  },
  {
    preset: 'bottom-up',
    caseName: 'bottom-up 行政审批服务中心',
    params: [
      p('How fast units adopt with no scripted promotion: the years from the first adopter to 93 % (about 15, 12–18).'),
      q('The imitation that carries the spread once adopters are common, and with it the years to 93 %.'),
      scenarioParam('lambdaC', 'λ_C', 'central endorsement rate λ_C · 中央肯定速率', true, 'How soon the centre endorses once n_C provinces have (never within three years of the first adopter), and how much the endorsement adds to the spread.'),
    ],
    note: 'The years to 93 % fix the speed (p and q trade off); the five-year persistence (0.55–0.80) is the model’s failure rates’ and barely depends on them; the centre’s delay bounds λ_C only weakly, as n_C provinces must endorse first.',
  },
];
