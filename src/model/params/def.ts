/**
 * The shape of one row of the parameter table (src/model/params/assumptions.ts, levers.ts) and the
 * small builders the table is written with. A row says everything a reader needs about a parameter:
 * its symbol in docs/model.md §6, its unit, default, plausible range (docs/references.md: sliders, sweep
 * defaults) and allowed range (validation), bilingual label and help, and its source.
 */
import { log } from '../math/index.ts';

/** Text in both languages of the app. */
export interface Bilingual {
  en: string;
  zh: string;
}

export type ParamKind = 'assumption' | 'lever';

/** Levers are grouped by the four drivers (docs/model.md §3); assumptions by the mechanism they tune. */
export type LeverGroup = 'incentives' | 'interaction' | 'social' | 'resources';
export type AssumptionGroup =
  | 'spread'
  | 'stages'
  | 'formalism'
  | 'abandonment'
  | 'show'
  | 'quality'
  | 'endorsement';
export type ParamGroup = LeverGroup | AssumptionGroup;

export type ParamValue = number | boolean | string;

interface BaseDef {
  /** flat ASCII key, as in scenario files (`params.q`, `levers.media`) */
  key: string;
  /** symbol of docs/model.md §6 ("β_E[2]", "q") */
  symbol: string;
  kind: ParamKind;
  group: ParamGroup;
  /** plain words, no symbols: what a county official reads */
  label: Bilingual;
  /** plain words: what the parameter does and what a value means in practice, in the model's terms */
  help: Bilingual;
  /**
   * For researchers, behind the "advanced" disclosure: the symbol and the formula that reads the
   * parameter (docs/model.md §6). The only place symbols appear in the app.
   */
  advanced: Bilingual;
  /** where the default and range come from; "assumption" when no study pins it down */
  source: string;
}

/** A real or integer parameter with a closed allowed range and a plausible range inside it. */
export interface NumericDef extends BaseDef {
  type: 'number' | 'integer';
  default: number;
  /** plausible range [lo, hi]: sliders, sweep defaults; outside it a scenario gets a note */
  plausible: readonly [number, number];
  /** allowed range [lo, hi], both finite and inclusive: outside it a scenario is rejected */
  allowed: readonly [number, number];
  unit: Bilingual;
  /**
   * How the docs and the UI show default and plausible bounds when they are logarithms or logits
   * ("ln 1.5", "logit 0.2"); absent for plain numbers.
   */
  display?: { default: string; plausible: readonly [string, string]; allowed?: readonly [string, string] };
  /**
   * The value that switches the mechanism off (0 for rates and effects): a deliberate modelling
   * choice (the Bass preset, ablations), so it gets no "outside the plausible range" note.
   */
  off?: number;
}

export interface BooleanDef extends BaseDef {
  type: 'boolean';
  default: boolean;
}

export interface EnumDef extends BaseDef {
  type: 'enum';
  default: string;
  values: readonly string[];
}

export type ParamDef = NumericDef | BooleanDef | EnumDef;

// ── units ────────────────────────────────────────────────────────────────────────────────────────

export const UNITS = {
  perYear: { en: 'per year', zh: '每年' },
  logHrPerSd: { en: 'log hazard ratio per SD', zh: '对数风险比/标准差' },
  logHr: { en: 'log hazard ratio', zh: '对数风险比' },
  logHrPerGap: { en: 'log hazard ratio per unit gap', zh: '对数风险比/单位差距' },
  logHrPerQuality: { en: 'log hazard ratio per unit of Q − 0.5', zh: '对数风险比/单位质量(Q−0.5)' },
  logHrPerInnovation: { en: 'log hazard ratio per concurrent innovation', zh: '对数风险比/每项并行创新' },
  logOdds: { en: 'log-odds', zh: '对数几率' },
  logOr: { en: 'log odds ratio', zh: '对数优势比' },
  logOrPerSd: { en: 'log odds ratio per SD', zh: '对数优势比/标准差' },
  logOrPerGap: { en: 'log odds ratio per unit gap', zh: '对数优势比/单位差距' },
  perYearPerGap: { en: 'per year per unit gap', zh: '每年/单位差距' },
  share: { en: 'share', zh: '比例' },
  weight: { en: 'weight', zh: '权重' },
  quality: { en: 'quality (0–1)', zh: '质量（0–1）' },
  multiplier: { en: 'multiplier', zh: '倍数' },
  multiplierIncrement: { en: 'added to the hazard multiplier', zh: '风险倍数增量' },
  steepness: { en: 'per unit of peer share', zh: '每单位同伴比例' },
  provinces: { en: 'provinces', zh: '个省' },
  ties: { en: 'ties per locality', zh: '每地连接数' },
  attribute: { en: 'added to the attribute (0–1)', zh: '属性增量（0–1）' },
  level: { en: 'level (0–1)', zh: '水平（0–1）' },
  pressure: { en: 'pressure (1 = baseline)', zh: '压力（1 = 基准）' },
} as const satisfies Record<string, Bilingual>;

// ── allowed ranges (docs/references.md) ───────────────────────────────────────────────────────────────

/** Rates: 0–10 per year. */
export const RATE_ALLOWED = [0, 10] as const;
/** Shares and probabilities: 0–1. */
export const SHARE_ALLOWED = [0, 1] as const;
/** Log-effects: −ln 20 … ln 20 (hazard or odds ratios between 1/20 and 20). */
export const LOG_EFFECT_ALLOWED = [-log(20), log(20)] as const;
export const LOG_EFFECT_ALLOWED_TEXT = ['−ln 20', 'ln 20'] as const;

/** Formats a ratio's logarithm for display: ln(1.5) → "ln 1.5", ln(1) → "0". */
export function lnText(ratio: number): string {
  return ratio === 1 ? '0' : `ln ${ratio}`;
}

type DefCore = Omit<BaseDef, 'kind'>;

/**
 * A log-effect written as ratios: `logEffect(1.5, [1, 2])` has default ln 1.5 and plausible range
 * ln 1 – ln 2; allowed −ln 20 … ln 20.
 */
export function logEffect(
  kind: ParamKind,
  core: DefCore,
  unit: Bilingual,
  ratio: number,
  plausibleRatios: readonly [number, number],
  defaultText: string = lnText(ratio),
): NumericDef {
  return {
    ...core,
    kind,
    type: 'number',
    default: log(ratio),
    plausible: [log(plausibleRatios[0]), log(plausibleRatios[1])],
    allowed: LOG_EFFECT_ALLOWED,
    unit,
    off: 0,
    display: {
      default: defaultText,
      plausible: [lnText(plausibleRatios[0]), lnText(plausibleRatios[1])],
      allowed: LOG_EFFECT_ALLOWED_TEXT,
    },
  };
}

/** A plain numeric row. */
export function numeric(
  kind: ParamKind,
  core: DefCore,
  unit: Bilingual,
  value: number,
  plausible: readonly [number, number],
  allowed: readonly [number, number],
  type: 'number' | 'integer' = 'number',
): NumericDef {
  return { ...core, kind, type, default: value, plausible, allowed, unit };
}

/** A switch: on or off, no unit or range. */
export function toggle(kind: ParamKind, core: DefCore, value: boolean): BooleanDef {
  return { ...core, kind, type: 'boolean', default: value };
}

/** Marks 0 as the value that switches a rate or effect off (see NumericDef.off). */
export function offAtZero(def: NumericDef): NumericDef {
  return { ...def, off: 0 };
}
