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
      en: 'Whether an adoption can be just for show at all. Off: nobody adopts for show, so the show settings have no effect and the show share is left empty, not 0 % (the plain Bass case).',
      zh: '采纳是否可能只为打造亮点。关闭时没有地区为打造亮点而采纳，相关参数不起作用，亮点打造比例留空而非 0%（Bass 特例）。',
    },
    advanced: { en: 'params.showMechanism (show mechanism): off: no show flag is drawn; the γ, ψ_show and δ_show have no effect.', zh: 'params.showMechanism（show mechanism）：关闭：不抽取亮点标记；γ 各参数、ψ_show 与 δ_show 不起作用。' },
    source: 'modelling choice: the special cases without the mechanism (Bass)',
  }, true),
  {
    ...numeric(A, {
      key: 'gamma0', symbol: 'γ0', group: 'show',
      label: { en: 'Baseline show adoptions', zh: '亮点打造基线' },
      help: {
        en: 'Baseline log-odds that an adoption is for show (为创新而创新) rather than for use; logit 0.2 = one adoption in five.',
        zh: '采纳是"为创新而创新"（亮点打造）的基线对数几率；logit 0.2 即五分之一。',
      },
      advanced: { en: 'params.gamma0 (γ0).', zh: 'params.gamma0（γ0）。' },
      source: 'assumption ("face" innovation, Teets 2015)',
    }, UNITS.logOdds, logit(0.2), [logit(0.05), logit(0.4)], LOG_ODDS_ALLOWED),
    display: { default: 'logit 0.2', plausible: ['logit 0.05', 'logit 0.4'], allowed: ['−10', '10'] },
  },
  logEffect(A, {
    key: 'gammaT', symbol: 'γ_T', group: 'show',
    label: { en: 'Pressure → show', zh: '考核压力→亮点打造' },
    help: { en: 'Log odds ratio of a show adoption per SD of assessment pressure, scaled by acc.', zh: '考核压力每增加一个标准差，亮点打造的对数优势比（乘以 acc）。' },
    advanced: { en: 'params.gammaT (γ_T).', zh: 'params.gammaT（γ_T）。' },
    source: 'assumption',
  }, UNITS.logOrPerSd, 1.5, [1, 4]),
  logEffect(A, {
    key: 'gammaM', symbol: 'γ_M', group: 'show',
    label: { en: 'Mandate → show', zh: '发文部署→亮点打造' },
    help: { en: 'Log odds ratio of a show adoption under a mandate, scaled by acc.', zh: '处于发文部署范围内时亮点打造的对数优势比（乘以 acc）。' },
    advanced: { en: 'params.gammaM (γ_M).', zh: 'params.gammaM（γ_M）。' },
    source: 'assumption; mandates under low capacity breed formal compliance (Zhu 2014)',
  }, UNITS.logOr, 2, [1, 4]),
  logEffect(A, {
    key: 'gammaN', symbol: 'γ_N', group: 'show',
    label: { en: 'Named site → show', zh: '命名示范点→亮点打造' },
    help: { en: 'Log odds ratio of a show adoption for a locality named a demonstration site, scaled by acc.', zh: '被命名为示范点的地区亮点打造的对数优势比（乘以 acc）。' },
    advanced: { en: 'params.gammaN (γ_N).', zh: 'params.gammaN（γ_N）。' },
    source: 'assumption; being named a model site breeds show',
  }, UNITS.logOr, 2, [1, 4]),
  logEffect(A, {
    key: 'gammaGap', symbol: 'γ_gap', group: 'show',
    label: { en: 'Capacity gap → show', zh: '能力差距→亮点打造' },
    help: { en: 'Log odds ratio of a show adoption per unit of capacity/digital gap.', zh: '能力/数字差距每增加一个单位，亮点打造的对数优势比。' },
    advanced: { en: 'params.gammaGap (γ_gap).', zh: 'params.gammaGap（γ_gap）。' },
    source: 'assumption (为创新而创新 where capacity is lacking)',
  }, UNITS.logOrPerGap, 2, [1, 4]),
  logEffect(A, {
    key: 'gammaUnfit', symbol: 'γ_unfit', group: 'show',
    label: { en: 'Unfit adoption → show', zh: '不适用仍采纳→亮点打造' },
    help: {
      en: 'How much more often a locality adopts for show when the innovation does not fit it and it adopts only because it was ordered to.',
      zh: '创新并不适合该地区、仅因上级部署而采纳时，为打造亮点而采纳的可能增加的程度。',
    },
    advanced: { en: 'params.gammaUnfit (γ_unfit): log odds ratio γ_unfit·(1 − elig_ik) in P(show); elig drawn with probability m_k (potential).', zh: 'params.gammaUnfit（γ_unfit）：P(show) 中的对数优势比 γ_unfit·(1 − elig_ik)；elig 以概率 m_k（潜在范围）抽取。' },
    source: 'assumption; mandates under low capacity breed formal compliance (Zhu 2014)',
  }, UNITS.logOr, 3, [1, 6]),

  // ── quality and demonstration sites ─────────────────────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'etaQ', symbol: 'η_Q', group: 'quality',
    label: { en: 'Quality growth', zh: '质量提升速率' },
    help: {
      en: 'Rate at which quality approaches 1 in stages 2–4, scaled by (resources + support)/2. Start quality is 0.3 + 0.5 × the source\'s quality.',
      zh: '阶段 2–4 中质量趋近 1 的速率，乘以（资源 + 社会支持）/2。初始质量 = 0.3 + 0.5 × 学习来源的质量。',
    },
    advanced: { en: 'params.etaQ (η_Q).', zh: 'params.etaQ（η_Q）。' },
    source: 'assumption (learning from a better source starts higher)',
  }, UNITS.perYear, 0.3, [0.1, 0.6], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'etaGap', symbol: 'η_gap', group: 'quality',
    label: { en: 'Quality erosion by gap', zh: '差距导致的质量侵蚀' },
    help: { en: 'Rate at which quality erodes per unit of capacity/digital gap.', zh: '每单位能力/数字差距导致的质量下降速率。' },
    advanced: { en: 'params.etaGap (η_gap).', zh: 'params.etaGap（η_gap）。' },
    source: 'assumption',
  }, UNITS.perYearPerGap, 0.2, [0, 0.5], RATE_ALLOWED)),
  numeric(A, {
    key: 'qDemo', symbol: 'Q_demo', group: 'quality',
    label: { en: 'Demonstration-site quality', zh: '示范点质量门槛' },
    help: { en: 'Quality at which an optimizing locality becomes a demonstration site others learn from.', zh: '持续优化的地区质量达到该值即成为示范点。' },
    advanced: { en: 'params.qDemo (Q_demo).', zh: 'params.qDemo（Q_demo）。' },
    source: 'assumption',
  }, UNITS.quality, 0.8, [0.6, 0.95], SHARE_ALLOWED),

  // ── endogenous endorsement (exemplar rule) ──────────────────────────────────────────────────────
  toggle(A, {
    key: 'endogenousEndorsement', symbol: 'exemplar rule', group: 'endorsement',
    label: { en: 'Endogenous endorsement', zh: '内生肯定（典型示范规则）' },
    help: {
      en: 'On: a province endorses an innovation once it has a demonstration site and enough of its localities have made it permanent, after a lag; once enough provinces have, the centre endorses it too. Each endorses at most once (a withdrawal is not undone). Scripted events come on top.',
      zh: '开启：某省有示范点且足够多的地区已将做法固化后，经过一段滞后给予省级肯定；足够多的省肯定后，中央也会肯定。每级至多肯定一次（撤回后不再自动肯定）。脚本事件另行叠加。',
    },
    advanced: { en: 'params.endogenousEndorsement (exemplar rule): province: rate λ_P while it holds a demonstration site and a share ≥ θ_P in stages 3–4; centre: rate λ_C while ≥ n_C provinces have endorsed.', zh: 'params.endogenousEndorsement（exemplar rule）：省：有示范点且阶段 3–4 比例 ≥ θ_P 期间以速率 λ_P 肯定；中央：已有 ≥ n_C 个省肯定期间以速率 λ_C 肯定。' },
    source: 'assumption; the centre endorsed 三治融合 when essentially only Zhejiang practised it',
  }, true),
  numeric(A, {
    key: 'thetaP', symbol: 'θ_P', group: 'endorsement',
    label: { en: 'Province endorsement share', zh: '省级肯定门槛' },
    help: {
      en: 'Share of a province\'s localities that must have made it permanent (with a demonstration site among them) before the province endorses it.',
      zh: '省内需有多大比例的地区已将做法固化（且有示范点），该省才会给予肯定。',
    },
    advanced: { en: 'params.thetaP (θ_P): θ_P: share in stages 3–4; the province then endorses at rate λ_P.', zh: 'params.thetaP（θ_P）：θ_P：阶段 3–4 的比例；之后该省以速率 λ_P 肯定。' },
    source: 'assumption: higher levels endorse exemplars, not majorities',
  }, UNITS.share, 0.05, [0, 0.5], SHARE_ALLOWED),
  numeric(A, {
    key: 'nC', symbol: 'n_C', group: 'endorsement',
    label: { en: 'Provinces for central endorsement', zh: '中央肯定所需省数' },
    help: {
      en: 'Number of provinces that must have endorsed before the centre endorses.',
      zh: '中央肯定前需已给予肯定的省份数。',
    },
    advanced: { en: 'params.nC (n_C): n_C; the centre then endorses at rate λ_C.', zh: 'params.nC（n_C）：n_C；之后中央以速率 λ_C 肯定。' },
    source: 'assumption; national promotion usually follows several provincial exemplars',
  }, UNITS.provinces, 3, [1, 10], [1, 1000], 'integer'),
  offAtZero(numeric(A, {
    key: 'lambdaP', symbol: 'λ_P', group: 'endorsement',
    label: { en: 'Province endorsement rate', zh: '省级肯定速率' },
    help: {
      en: 'How soon a province endorses once it qualifies: 0.5 means after about 2 years on average.',
      zh: '某省满足条件后多快给予肯定：0.5 表示平均约 2 年后。',
    },
    advanced: { en: 'params.lambdaP (λ_P): λ_P per year; mean lag 1/λ_P years.', zh: 'params.lambdaP（λ_P）：λ_P，每年；平均滞后 1/λ_P 年。' },
    source: 'assumption; lag between local practice and provincial recognition (China Local Government Innovation Award)',
  }, UNITS.perYear, 0.5, [0.1, 2], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'lambdaC', symbol: 'λ_C', group: 'endorsement',
    label: { en: 'Central endorsement rate', zh: '中央肯定速率' },
    help: {
      en: 'How soon the centre endorses once enough provinces have: 0.3 means after about 3.3 years on average.',
      zh: '足够多的省肯定后中央多快给予肯定：0.3 表示平均约 3.3 年后。',
    },
    advanced: { en: 'params.lambdaC (λ_C): λ_C per year; mean lag 1/λ_C years.', zh: 'params.lambdaC（λ_C）：λ_C，每年；平均滞后 1/λ_C 年。' },
    source: 'assumption',
  }, UNITS.perYear, 0.3, [0.1, 1], RATE_ALLOWED)),
];

