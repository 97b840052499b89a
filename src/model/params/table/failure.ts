/**
 * Assumptions of the failure modes: formalism (→ 5) with its correction (5 → 2), and abandonment
 * (→ 6) with leader turnover and re-adoption (docs/model.md §6). Sources: docs/references.md.
 */
import {
  LOG_EFFECT_ALLOWED,
  LOG_EFFECT_ALLOWED_TEXT,
  RATE_ALLOWED,
  UNITS,
  logEffect,
  numeric,
  offAtZero,
  type ParamDef,
} from '../def.ts';

const A = 'assumption' as const;

export const FAILURE_DEFS: readonly ParamDef[] = [
  // ── formalism (→ 5) and correction (5 → 2) ──────────────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'eta0', symbol: 'η0', group: 'formalism',
    label: { en: 'Base formalism hazard', zh: '形式化基础风险' },
    help: {
      en: 'Yearly risk that a practising locality keeps the name but drops the practice, at today\'s assessment pressure and with no overload or capacity gap.',
      zh: '在当前考核压力、无负担与能力差距时，正在推行的地区每年"名存实亡"的基础风险。',
    },
    advanced: { en: 'params.eta0 (η0): h→5 = η0·acc·…, at acc = 1, load = 0, gap = 0.', zh: 'params.eta0（η0）：h→5 = η0·acc·…，acc = 1、load = 0、gap = 0 时。' },
    source: 'assumption',
  }, UNITS.perYear, 0.05, [0.01, 0.1], RATE_ALLOWED)),
  {
    ...numeric(A, {
      key: 'deltaLoad', symbol: 'δ_load', group: 'formalism',
      label: { en: 'Overload effect', zh: '基层负担效应' },
      help: {
        en: 'Log hazard ratio of formalism per other innovation the locality runs at the same time (基层负担), damped by the burden-reduction lever.',
        zh: '每多一项并行推进的其他创新，形式化的对数风险比（基层负担）；"减负"杠杆可抵消。',
      },
      advanced: { en: 'params.deltaLoad (δ_load).', zh: 'params.deltaLoad（δ_load）。' },
      source: 'assumption (基层负担: grassroots overload)',
    }, UNITS.logHrPerInnovation, 0.3, [0, 1], LOG_EFFECT_ALLOWED),
    off: 0,
    display: { default: '0.3', plausible: ['0', '1'], allowed: LOG_EFFECT_ALLOWED_TEXT },
  },
  logEffect(A, {
    key: 'deltaGap', symbol: 'δ_gap', group: 'formalism',
    label: { en: 'Capacity/digital gap effect', zh: '能力/数字差距效应' },
    help: {
      en: 'How much a gap between what the innovation needs (complexity, digital intensity) and what the locality has (resources, digital readiness) raises the risk of formality and of giving up (小马拉大车, 数字化陷阱).',
      zh: '创新的要求（复杂度、数字化程度）与地方条件（资源、数字化准备）之间的差距提高形式化与终止风险的程度（小马拉大车、数字化陷阱）。',
    },
    advanced: { en: 'params.deltaGap (δ_gap): log hazard ratio per unit of gap = max(0, c − r) + max(0, g − d).', zh: 'params.deltaGap（δ_gap）：差距 gap = max(0, c − r) + max(0, g − d) 每单位的对数风险比。' },
    source: 'assumption',
  }, UNITS.logHrPerGap, 4, [2, 8]),
  logEffect(A, {
    key: 'deltaInst5', symbol: 'δ_inst5', group: 'formalism',
    label: { en: 'Institutional protection from formalism', zh: '制度固化对形式化的保护' },
    help: {
      en: 'Log hazard ratio by which formalism falls once the practice is institutionalized or optimizing (stages 3–4): written rules and budget lines keep it real.',
      zh: '实践已制度固化或持续优化（阶段 3–4）后形式化风险降低的对数风险比：成文制度与预算使其不易空转。',
    },
    advanced: { en: 'params.deltaInst5 (δ_inst5).', zh: 'params.deltaInst5（δ_inst5）。' },
    source: 'assumption; award studies: legal and institutional backing keeps innovations alive',
  }, UNITS.logHr, 2, [1, 4]),
  logEffect(A, {
    key: 'betaQ5', symbol: 'β_Q5', group: 'formalism',
    label: { en: 'Quality protection from formalism', zh: '质量对形式化的保护' },
    help: {
      en: 'Log hazard ratio by which formalism falls per unit of quality above 0.5: a practice that works is less often kept only on paper.',
      zh: '质量每高出 0.5 一个单位，形式化风险降低的对数风险比：真正管用的做法不易"名存实亡"。',
    },
    advanced: { en: 'params.betaQ5 (β_Q5).', zh: 'params.betaQ5（β_Q5）。' },
    source: 'assumption',
  }, UNITS.logHrPerQuality, 2, [1, 4]),
  offAtZero(numeric(A, {
    key: 'lambda52', symbol: 'λ52', group: 'formalism',
    label: { en: 'Correction rate', zh: '纠错速率' },
    help: {
      en: 'Rate at which a formalist locality returns to real adapting, per unit of third-party evaluation (全周期评估, 实时反馈纠错).',
      zh: '每单位第三方评估下，形式化空转的地区回到真实调适的速率（全周期评估、实时反馈纠错）。',
    },
    advanced: { en: 'params.lambda52 (λ52).', zh: 'params.lambda52（λ52）。' },
    source: 'assumption',
  }, UNITS.perYear, 0.3, [0, 1], RATE_ALLOWED)),

  // ── abandonment (→ 6), leader turnover, re-adoption ─────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'mu0', symbol: 'μ0', group: 'abandonment',
    label: { en: 'Base abandonment hazard', zh: '终止基础风险' },
    help: {
      en: 'Hazard at which a locality ends the innovation, before protections and risks.',
      zh: '考虑保护与风险因素之前，地区终止该创新的基础风险。',
    },
    advanced: { en: 'params.mu0 (μ0).', zh: 'params.mu0（μ0）。' },
    source: 'about a third of praised innovations dead or moribund within ~6 years (Light, on Reinventing Government cases)',
  }, UNITS.perYear, 0.07, [0.03, 0.15], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'muSusp', symbol: 'μ_susp', group: 'abandonment',
    label: { en: 'Abandonment under suspension', zh: '暂停期终止风险' },
    help: {
      en: 'Extra risk of giving the innovation up while it is fully suspended (a campaign halted, funds frozen, attention moved on); a half suspension adds half of it.',
      zh: '完全暂停期间（运动叫停、经费冻结、注意力转移）额外增加的终止风险；暂停一半时增加一半。',
    },
    advanced: { en: 'params.muSusp (μ_susp): μ = … + s·μ_susp for a suspension of strength s.', zh: 'params.muSusp（μ_susp）：强度为 s 的暂停：μ = … + s·μ_susp。' },
    source: 'assumption; issue-attention cycle (Downs 1972)',
  }, UNITS.perYear, 0.3, [0.1, 1], RATE_ALLOWED)),
  logEffect(A, {
    key: 'deltaShow', symbol: 'δ_show', group: 'abandonment',
    label: { en: 'Show adoption risk', zh: '亮点打造终止风险' },
    help: { en: 'Log hazard ratio of abandonment for a locality that adopted for show.', zh: '为打造亮点而采纳的地区终止的对数风险比。' },
    advanced: { en: 'params.deltaShow (δ_show).', zh: 'params.deltaShow（δ_show）。' },
    source: 'assumption',
  }, UNITS.logHr, 3, [1.5, 5]),
  logEffect(A, {
    key: 'deltaInst', symbol: 'δ_inst', group: 'abandonment',
    label: { en: 'Institutionalization protection', zh: '制度固化保护' },
    help: {
      en: 'Log hazard ratio by which abandonment falls once the innovation is institutionalized (stage ≥ 3); the default cuts it to 30 %.',
      zh: '制度固化（阶段 ≥ 3）后终止风险降低的对数风险比；默认降至 30%。',
    },
    advanced: { en: 'params.deltaInst (δ_inst).', zh: 'params.deltaInst（δ_inst）。' },
    source: 'assumption; award studies: legal and institutional backing is needed to persist',
  }, UNITS.logHr, 1 / 0.3, [2, 5], 'ln(1/0.3)'),
  logEffect(A, {
    key: 'deltaE', symbol: 'δ_E', group: 'abandonment',
    label: { en: 'Endorsement protection', zh: '上级肯定保护' },
    help: {
      en: 'Log hazard ratio by which abandonment falls where the province or the centre has endorsed the innovation.',
      zh: '省级或中央肯定后终止风险降低的对数风险比。',
    },
    advanced: { en: 'params.deltaE (δ_E).', zh: 'params.deltaE（δ_E）。' },
    source: 'assumption; award studies: higher-level support is the key to survival',
  }, UNITS.logHr, 2, [1, 4]),
  logEffect(A, {
    key: 'deltaS', symbol: 'δ_S', group: 'abandonment',
    label: { en: 'Social support protection', zh: '社会支持保护' },
    help: { en: 'Log hazard ratio by which abandonment falls per SD of social support.', zh: '社会支持每增加一个标准差，终止风险降低的对数风险比。' },
    advanced: { en: 'params.deltaS (δ_S).', zh: 'params.deltaS（δ_S）。' },
    source: 'assumption; public support as legitimacy',
  }, UNITS.logHrPerSd, 1.3, [1, 2]),
  logEffect(A, {
    key: 'deltaTol', symbol: 'δ_tol', group: 'abandonment',
    label: { en: 'Fault tolerance protection', zh: '容错保护' },
    help: {
      en: 'How much full tolerance of honest mistakes lowers the risk of giving the innovation up (容错纠错).',
      zh: '完全容错时终止风险降低的程度（容错纠错）。',
    },
    advanced: { en: 'params.deltaTol (δ_tol): log hazard ratio: μ = μ0·e^(… − δ_tol·τ …).', zh: 'params.deltaTol（δ_tol）：对数风险比：μ = μ0·e^(… − δ_tol·τ …)。' },
    source: 'assumption',
  }, UNITS.logHr, 2, [1, 4]),
  logEffect(A, {
    key: 'deltaX', symbol: 'δ_X', group: 'abandonment',
    label: { en: 'Abandonment contagion', zh: '终止传染' },
    help: {
      en: 'Log hazard ratio of abandonment when the whole rest of the province has ended the innovation (scaled by the share that has).',
      zh: '本省其余地区全部终止时的终止对数风险比（按已终止比例缩放）。',
    },
    advanced: { en: 'params.deltaX (δ_X).', zh: 'params.deltaX（δ_X）。' },
    source: 'terminations diffuse within provinces (study of 281 cities scrapping S&T awards)',
  }, UNITS.logHr, 2, [1, 3]),
  offAtZero(numeric(A, {
    key: 'deltaTurn', symbol: 'δ_turn', group: 'abandonment',
    label: { en: 'Leader turnover shock', zh: '领导更替冲击' },
    help: {
      en: 'How much a new leader raises the risk of giving the innovation up, for a year after arriving, while it is not yet written into local rules (人走政息).',
      zh: '领导更替后一年内、尚未写入本地制度时，终止风险提高的程度（人走政息）。',
    },
    advanced: { en: 'params.deltaTurn (δ_turn): μ × (1 + δ_turn·[leader changed in the last year ∧ stage < 3]).', zh: 'params.deltaTurn（δ_turn）：μ × (1 + δ_turn·[过去一年领导更替 ∧ 阶段 < 3])。' },
    source: 'assumption; mixed evidence',
  }, UNITS.multiplierIncrement, 1, [0, 2], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'rhoTurn', symbol: 'ρ_turn', group: 'abandonment',
    label: { en: 'Leader turnover rate', zh: '领导更替率' },
    help: { en: 'Rate of leader changes per locality (Poisson).', zh: '每个地区主要领导更替的速率（泊松过程）。' },
    advanced: { en: 'params.rhoTurn (ρ_turn).', zh: 'params.rhoTurn（ρ_turn）。' },
    source: 'mean tenure ≈ 4 years',
  }, UNITS.perYear, 0.25, [0.2, 0.35], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'rhoRe', symbol: 'ρ_re', group: 'abandonment',
    label: { en: 'Re-adoption rate', zh: '重新采纳速率' },
    help: { en: 'Rate at which a locality that ended the innovation becomes open to adopting it again.', zh: '已终止的地区重新回到可采纳状态的速率。' },
    advanced: { en: 'params.rhoRe (ρ_re).', zh: 'params.rhoRe（ρ_re）。' },
    source: 'assumption',
  }, UNITS.perYear, 0.02, [0, 0.1], RATE_ALLOWED)),
];
