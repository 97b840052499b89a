/**
 * Assumptions of show adoption (亮点打造), quality and demonstration sites, and the exemplar rule of
 * endogenous endorsement (docs/model.md §6). Sources: docs/references.md.
 */
import {
  RATE_ALLOWED,
  SHARE_ALLOWED,
  UNITS,
  logEffect,
  numeric,
  offAtZero,
  toggle,
  type ParamDef,
} from '../def.ts';
import { log } from '../../math/index.ts';

const A = 'assumption' as const;
const logit = (x: number) => log(x / (1 - x));
/** γ0 is a baseline log-odds, not an effect: allowed ±10 (P(show) between 4.5·10⁻⁵ and 1 − 4.5·10⁻⁵). */
const LOG_ODDS_ALLOWED = [-10, 10] as const;

export const SHOW_DEFS: readonly ParamDef[] = [
  // ── show adoption (亮点打造) ────────────────────────────────────────────────────────────────────
  toggle(A, {
    key: 'showMechanism', symbol: 'show mechanism', group: 'show',
    label: { en: 'Show adoptions drawn', zh: '启用亮点打造机制' },
    help: {
      en: 'Whether an adoption can be for show at all. Off: no show flag is drawn, so the γ parameters, ψ_show and δ_show have no effect and the show share is undefined (empty), not 0 % or 50 % (the Bass special case).',
      zh: '采纳是否可能为"亮点打造"。关闭时不抽取亮点标记，γ 各参数、ψ_show 与 δ_show 均不起作用，亮点打造比例无定义（留空），而非 0% 或 50%（Bass 特例）。',
    },
    source: 'modelling choice: the special cases without the mechanism (Bass)',
  }, true),
  {
    ...numeric(A, {
      key: 'gamma0', symbol: 'γ0', group: 'show',
      label: { en: 'Baseline show adoptions γ0', zh: '亮点打造基线 γ0' },
      help: {
        en: 'Baseline log-odds that an adoption is for show (为创新而创新) rather than for use; logit 0.2 = one adoption in five.',
        zh: '采纳是"为创新而创新"（亮点打造）的基线对数几率；logit 0.2 即五分之一。',
      },
      source: 'assumption ("face" innovation, Teets 2015)',
    }, UNITS.logOdds, logit(0.2), [logit(0.05), logit(0.4)], LOG_ODDS_ALLOWED),
    display: { default: 'logit 0.2', plausible: ['logit 0.05', 'logit 0.4'], allowed: ['−10', '10'] },
  },
  logEffect(A, {
    key: 'gammaT', symbol: 'γ_T', group: 'show',
    label: { en: 'Pressure → show γ_T', zh: '考核压力→亮点打造 γ_T' },
    help: { en: 'Log odds ratio of a show adoption per SD of assessment pressure, scaled by acc.', zh: '考核压力每增加一个标准差，亮点打造的对数优势比（乘以 acc）。' },
    source: 'assumption',
  }, UNITS.logOrPerSd, 1.5, [1, 4]),
  logEffect(A, {
    key: 'gammaM', symbol: 'γ_M', group: 'show',
    label: { en: 'Mandate → show γ_M', zh: '发文部署→亮点打造 γ_M' },
    help: { en: 'Log odds ratio of a show adoption under a mandate, scaled by acc.', zh: '处于发文部署范围内时亮点打造的对数优势比（乘以 acc）。' },
    source: 'assumption; mandates under low capacity breed formal compliance (Zhu 2014)',
  }, UNITS.logOr, 2, [1, 4]),
  logEffect(A, {
    key: 'gammaN', symbol: 'γ_N', group: 'show',
    label: { en: 'Named site → show γ_N', zh: '命名示范点→亮点打造 γ_N' },
    help: { en: 'Log odds ratio of a show adoption for a locality named a demonstration site, scaled by acc.', zh: '被命名为示范点的地区亮点打造的对数优势比（乘以 acc）。' },
    source: 'assumption; being named a model site breeds show',
  }, UNITS.logOr, 2, [1, 4]),
  logEffect(A, {
    key: 'gammaGap', symbol: 'γ_gap', group: 'show',
    label: { en: 'Capacity gap → show γ_gap', zh: '能力差距→亮点打造 γ_gap' },
    help: { en: 'Log odds ratio of a show adoption per unit of capacity/digital gap.', zh: '能力/数字差距每增加一个单位，亮点打造的对数优势比。' },
    source: 'assumption (为创新而创新 where capacity is lacking)',
  }, UNITS.logOrPerGap, 2, [1, 4]),
  logEffect(A, {
    key: 'gammaUnfit', symbol: 'γ_unfit', group: 'show',
    label: { en: 'Unfit adoption → show γ_unfit', zh: '不适用仍采纳→亮点打造 γ_unfit' },
    help: {
      en: 'Log odds ratio of a show adoption where the innovation is not a fit for the locality (outside its potential m_k, reached only by a mandate).',
      zh: '创新并不适合该地区（不在其潜在范围 m_k 内、仅因发文部署而采纳）时，亮点打造的对数优势比。',
    },
    source: 'assumption; mandates under low capacity breed formal compliance (Zhu 2014)',
  }, UNITS.logOr, 3, [1, 6]),

  // ── quality and demonstration sites ─────────────────────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'etaQ', symbol: 'η_Q', group: 'quality',
    label: { en: 'Quality growth η_Q', zh: '质量提升速率 η_Q' },
    help: {
      en: 'Rate at which quality Q approaches 1 in stages 2–4, scaled by (resources + support)/2. Start quality is 0.3 + 0.5 × the source\'s quality.',
      zh: '阶段 2–4 中质量 Q 趋近 1 的速率，乘以（资源 + 社会支持）/2。初始质量 = 0.3 + 0.5 × 学习来源的质量。',
    },
    source: 'assumption (learning from a better source starts higher)',
  }, UNITS.perYear, 0.3, [0.1, 0.6], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'etaGap', symbol: 'η_gap', group: 'quality',
    label: { en: 'Quality erosion by gap η_gap', zh: '差距导致的质量侵蚀 η_gap' },
    help: { en: 'Rate at which quality erodes per unit of capacity/digital gap.', zh: '每单位能力/数字差距导致的质量下降速率。' },
    source: 'assumption',
  }, UNITS.perYearPerGap, 0.2, [0, 0.5], RATE_ALLOWED)),
  numeric(A, {
    key: 'qDemo', symbol: 'Q_demo', group: 'quality',
    label: { en: 'Demonstration-site quality Q_demo', zh: '示范点质量门槛 Q_demo' },
    help: { en: 'Quality at which an optimizing locality becomes a demonstration site others learn from.', zh: '持续优化的地区质量达到该值即成为示范点。' },
    source: 'assumption',
  }, UNITS.quality, 0.8, [0.6, 0.95], SHARE_ALLOWED),

  // ── endogenous endorsement (exemplar rule) ──────────────────────────────────────────────────────
  toggle(A, {
    key: 'endogenousEndorsement', symbol: 'exemplar rule', group: 'endorsement',
    label: { en: 'Endogenous endorsement', zh: '内生肯定（典型示范规则）' },
    help: {
      en: 'A province that holds a demonstration site and has a share θ_P of its localities institutionalized endorses the innovation at rate λ_P while it meets that condition; while n_C provinces have endorsed, the centre endorses at rate λ_C. A province endorses at most once (a withdrawal is not undone). Scripted events come on top.',
      zh: '某省拥有示范点且制度固化比例达到 θ_P 时，以速率 λ_P 给予省级肯定；已有 n_C 个省肯定时，中央以速率 λ_C 肯定。每省至多肯定一次（撤回后不再自动肯定）。脚本事件另行叠加。',
    },
    source: 'assumption; the centre endorsed 三治融合 when essentially only Zhejiang practised it',
  }, true),
  numeric(A, {
    key: 'thetaP', symbol: 'θ_P', group: 'endorsement',
    label: { en: 'Province endorsement share θ_P', zh: '省级肯定门槛 θ_P' },
    help: {
      en: 'Share of a province\'s localities in stages 3–4 (plus a demonstration site) from which the province endorses, at rate λ_P.',
      zh: '省内处于阶段 3–4 的地区比例（且有示范点）达到该值后，该省以速率 λ_P 给予肯定。',
    },
    source: 'assumption: higher levels endorse exemplars, not majorities',
  }, UNITS.share, 0.05, [0, 0.5], SHARE_ALLOWED),
  numeric(A, {
    key: 'nC', symbol: 'n_C', group: 'endorsement',
    label: { en: 'Provinces for central endorsement n_C', zh: '中央肯定所需省数 n_C' },
    help: {
      en: 'Number of endorsing provinces from which the centre endorses, at rate λ_C.',
      zh: '省级肯定达到该数量后，中央以速率 λ_C 给予肯定。',
    },
    source: 'assumption; national promotion usually follows several provincial exemplars',
  }, UNITS.provinces, 3, [1, 10], [1, 1000], 'integer'),
  offAtZero(numeric(A, {
    key: 'lambdaP', symbol: 'λ_P', group: 'endorsement',
    label: { en: 'Province endorsement rate λ_P', zh: '省级肯定速率 λ_P' },
    help: {
      en: 'Rate at which a province endorses while it meets the exemplar condition (a demonstration site and a share θ_P in stages 3–4); 1/λ_P is the mean lag in years.',
      zh: '某省满足典型示范条件（有示范点且阶段 3–4 比例达到 θ_P）期间给予省级肯定的速率；平均滞后 1/λ_P 年。',
    },
    source: 'assumption; lag between local practice and provincial recognition (China Local Government Innovation Award)',
  }, UNITS.perYear, 0.5, [0.1, 2], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'lambdaC', symbol: 'λ_C', group: 'endorsement',
    label: { en: 'Central endorsement rate λ_C', zh: '中央肯定速率 λ_C' },
    help: {
      en: 'Rate at which the centre endorses while at least n_C provinces have endorsed; 1/λ_C is the mean lag in years.',
      zh: '已有不少于 n_C 个省肯定期间中央给予肯定的速率；平均滞后 1/λ_C 年。',
    },
    source: 'assumption',
  }, UNITS.perYear, 0.3, [0.1, 1], RATE_ALLOWED)),
];

