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
    label: { en: 'Base formalism hazard η0', zh: '形式化基础风险 η0' },
    help: {
      en: 'Hazard at which a practising locality (stages 1–4) keeps the name but drops the practice, at accountability pressure acc = 1 and no overload or gap.',
      zh: '在问责压力 acc = 1、无负担与能力差距时，实践中的地区（阶段 1–4）"名存实亡"的基础风险。',
    },
    source: 'assumption',
  }, UNITS.perYear, 0.05, [0.01, 0.1], RATE_ALLOWED)),
  {
    ...numeric(A, {
      key: 'deltaLoad', symbol: 'δ_load', group: 'formalism',
      label: { en: 'Overload effect δ_load', zh: '基层负担效应 δ_load' },
      help: {
        en: 'Log hazard ratio of formalism per other innovation the locality runs at the same time (基层负担), damped by the burden-reduction lever.',
        zh: '每多一项并行推进的其他创新，形式化的对数风险比（基层负担）；"减负"杠杆可抵消。',
      },
      source: 'assumption (基层负担: grassroots overload)',
    }, UNITS.logHrPerInnovation, 0.3, [0, 1], LOG_EFFECT_ALLOWED),
    off: 0,
    display: { default: '0.3', plausible: ['0', '1'], allowed: LOG_EFFECT_ALLOWED_TEXT },
  },
  logEffect(A, {
    key: 'deltaGap', symbol: 'δ_gap', group: 'formalism',
    label: { en: 'Capacity/digital gap effect δ_gap', zh: '能力/数字差距效应 δ_gap' },
    help: {
      en: 'Log hazard ratio of formalism and of abandonment per unit of gap = max(0, c − r) + max(0, g − d) (小马拉大车, 数字化陷阱).',
      zh: '差距 = max(0, c − r) + max(0, g − d) 每增加一个单位，形式化与终止的对数风险比（小马拉大车、数字化陷阱）。',
    },
    source: 'assumption',
  }, UNITS.logHrPerGap, 4, [2, 8]),
  logEffect(A, {
    key: 'deltaInst5', symbol: 'δ_inst5', group: 'formalism',
    label: { en: 'Institutional protection from formalism δ_inst5', zh: '制度固化对形式化的保护 δ_inst5' },
    help: {
      en: 'Log hazard ratio by which formalism falls once the practice is institutionalized or optimizing (stages 3–4): written rules and budget lines keep it real.',
      zh: '实践已制度固化或持续优化（阶段 3–4）后形式化风险降低的对数风险比：成文制度与预算使其不易空转。',
    },
    source: 'assumption; award studies: legal and institutional backing keeps innovations alive',
  }, UNITS.logHr, 2, [1, 4]),
  logEffect(A, {
    key: 'betaQ5', symbol: 'β_Q5', group: 'formalism',
    label: { en: 'Quality protection from formalism β_Q5', zh: '质量对形式化的保护 β_Q5' },
    help: {
      en: 'Log hazard ratio by which formalism falls per unit of quality Q − 0.5: a practice that works is less often kept only on paper.',
      zh: '质量 Q − 0.5 每增加一个单位，形式化风险降低的对数风险比：真正管用的做法不易"名存实亡"。',
    },
    source: 'assumption',
  }, UNITS.logHrPerQuality, 2, [1, 4]),
  offAtZero(numeric(A, {
    key: 'lambda52', symbol: 'λ52', group: 'formalism',
    label: { en: 'Correction rate λ52', zh: '纠错速率 λ52' },
    help: {
      en: 'Rate at which a formalist locality returns to real adapting, per unit of third-party evaluation (全周期评估, 实时反馈纠错).',
      zh: '每单位第三方评估下，形式化空转的地区回到真实调适的速率（全周期评估、实时反馈纠错）。',
    },
    source: 'assumption',
  }, UNITS.perYear, 0.3, [0, 1], RATE_ALLOWED)),

  // ── abandonment (→ 6), leader turnover, re-adoption ─────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'mu0', symbol: 'μ0', group: 'abandonment',
    label: { en: 'Base abandonment hazard μ0', zh: '终止基础风险 μ0' },
    help: {
      en: 'Hazard at which a locality ends the innovation, before protections and risks.',
      zh: '考虑保护与风险因素之前，地区终止该创新的基础风险。',
    },
    source: 'about a third of praised innovations dead or moribund within ~6 years (Light, on Reinventing Government cases)',
  }, UNITS.perYear, 0.07, [0.03, 0.15], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'muSusp', symbol: 'μ_susp', group: 'abandonment',
    label: { en: 'Abandonment under suspension μ_susp', zh: '暂停期终止风险 μ_susp' },
    help: {
      en: 'Abandonment hazard added during a suspension of strength 1 (a campaign halted, funds frozen, attention moved on); a suspension of strength s adds s·μ_susp.',
      zh: '强度为 1 的暂停期间（运动叫停、经费冻结、注意力转移）额外增加的终止风险；强度为 s 时增加 s·μ_susp。',
    },
    source: 'assumption; issue-attention cycle (Downs 1972)',
  }, UNITS.perYear, 0.3, [0.1, 1], RATE_ALLOWED)),
  logEffect(A, {
    key: 'deltaShow', symbol: 'δ_show', group: 'abandonment',
    label: { en: 'Show adoption risk δ_show', zh: '亮点打造终止风险 δ_show' },
    help: { en: 'Log hazard ratio of abandonment for a locality that adopted for show.', zh: '为打造亮点而采纳的地区终止的对数风险比。' },
    source: 'assumption',
  }, UNITS.logHr, 3, [1.5, 5]),
  logEffect(A, {
    key: 'deltaInst', symbol: 'δ_inst', group: 'abandonment',
    label: { en: 'Institutionalization protection δ_inst', zh: '制度固化保护 δ_inst' },
    help: {
      en: 'Log hazard ratio by which abandonment falls once the innovation is institutionalized (stage ≥ 3); the default cuts it to 30 %.',
      zh: '制度固化（阶段 ≥ 3）后终止风险降低的对数风险比；默认降至 30%。',
    },
    source: 'assumption; award studies: legal and institutional backing is needed to persist',
  }, UNITS.logHr, 1 / 0.3, [2, 5], 'ln(1/0.3)'),
  logEffect(A, {
    key: 'deltaE', symbol: 'δ_E', group: 'abandonment',
    label: { en: 'Endorsement protection δ_E', zh: '上级肯定保护 δ_E' },
    help: {
      en: 'Log hazard ratio by which abandonment falls where the province or the centre has endorsed the innovation (E ≥ 2).',
      zh: '省级或中央肯定（E ≥ 2）后终止风险降低的对数风险比。',
    },
    source: 'assumption; award studies: higher-level support is the key to survival',
  }, UNITS.logHr, 2, [1, 4]),
  logEffect(A, {
    key: 'deltaS', symbol: 'δ_S', group: 'abandonment',
    label: { en: 'Social support protection δ_S', zh: '社会支持保护 δ_S' },
    help: { en: 'Log hazard ratio by which abandonment falls per SD of social support.', zh: '社会支持每增加一个标准差，终止风险降低的对数风险比。' },
    source: 'assumption; public support as legitimacy',
  }, UNITS.logHrPerSd, 1.3, [1, 2]),
  logEffect(A, {
    key: 'deltaTol', symbol: 'δ_tol', group: 'abandonment',
    label: { en: 'Fault tolerance protection δ_tol', zh: '容错保护 δ_tol' },
    help: { en: 'Log hazard ratio by which abandonment falls at full fault tolerance (τ = 1, 容错纠错).', zh: '容错纠错 τ = 1 时终止风险降低的对数风险比。' },
    source: 'assumption',
  }, UNITS.logHr, 2, [1, 4]),
  logEffect(A, {
    key: 'deltaX', symbol: 'δ_X', group: 'abandonment',
    label: { en: 'Abandonment contagion δ_X', zh: '终止传染 δ_X' },
    help: {
      en: 'Log hazard ratio of abandonment when the whole rest of the province has ended the innovation (scaled by the share that has).',
      zh: '本省其余地区全部终止时的终止对数风险比（按已终止比例缩放）。',
    },
    source: 'terminations diffuse within provinces (study of 281 cities scrapping S&T awards)',
  }, UNITS.logHr, 2, [1, 3]),
  offAtZero(numeric(A, {
    key: 'deltaTurn', symbol: 'δ_turn', group: 'abandonment',
    label: { en: 'Leader turnover shock δ_turn', zh: '领导更替冲击 δ_turn' },
    help: {
      en: 'Abandonment is multiplied by 1 + δ_turn for a year after the leader changes, while the innovation is not yet institutionalized (stage < 3).',
      zh: '领导更替后一年内、尚未制度固化（阶段 < 3）时，终止风险乘以 1 + δ_turn（人走政息）。',
    },
    source: 'assumption; mixed evidence',
  }, UNITS.multiplierIncrement, 1, [0, 2], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'rhoTurn', symbol: 'ρ_turn', group: 'abandonment',
    label: { en: 'Leader turnover rate ρ_turn', zh: '领导更替率 ρ_turn' },
    help: { en: 'Rate of leader changes per locality (Poisson).', zh: '每个地区主要领导更替的速率（泊松过程）。' },
    source: 'mean tenure ≈ 4 years',
  }, UNITS.perYear, 0.25, [0.2, 0.35], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'rhoRe', symbol: 'ρ_re', group: 'abandonment',
    label: { en: 'Re-adoption rate ρ_re', zh: '重新采纳速率 ρ_re' },
    help: { en: 'Rate at which a locality that ended the innovation becomes open to adopting it again.', zh: '已终止的地区重新回到可采纳状态的速率。' },
    source: 'assumption',
  }, UNITS.perYear, 0.02, [0, 0.1], RATE_ALLOWED)),
];
