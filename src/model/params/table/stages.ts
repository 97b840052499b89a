/**
 * Assumptions of stage progression: h12, h23, h34 (docs/model.md §6). Sources: docs/references.md.
 */
import {
  RATE_ALLOWED,
  SHARE_ALLOWED,
  UNITS,
  logEffect,
  numeric,
  offAtZero,
  type ParamDef,
} from '../def.ts';

const A = 'assumption' as const;

export const STAGES_DEFS: readonly ParamDef[] = [
  // ── stage progression ───────────────────────────────────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'lambda12', symbol: 'λ12', group: 'stages',
    label: { en: 'Learning → adapting', zh: '学习模仿→借鉴调适' },
    help: { en: 'Base rate at which a learning locality starts adapting the innovation to local conditions.', zh: '学习模仿阶段进入本土化调适的基础速率。' },
    advanced: { en: 'params.lambda12 (λ12).', zh: 'params.lambda12（λ12）。' },
    source: 'assumption',
  }, UNITS.perYear, 0.5, [0.2, 1], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'lambda23', symbol: 'λ23', group: 'stages',
    label: { en: 'Adapting → institutionalized', zh: '借鉴调适→制度固化' },
    help: { en: 'Base rate at which an adapting locality writes the innovation into its own rules, standards and budget.', zh: '调适阶段形成本地制度、标准与预算（长效化）的基础速率。' },
    advanced: { en: 'params.lambda23 (λ23).', zh: 'params.lambda23（λ23）。' },
    source: 'assumption',
  }, UNITS.perYear, 0.25, [0.1, 0.5], RATE_ALLOWED)),
  offAtZero(numeric(A, {
    key: 'lambda34', symbol: 'λ34', group: 'stages',
    label: { en: 'Institutionalized → optimizing', zh: '制度固化→持续优化' },
    help: { en: 'Base rate at which an institutionalized locality starts improving the innovation continuously.', zh: '制度固化后进入持续优化（迭代升级）的基础速率。' },
    advanced: { en: 'params.lambda34 (λ34).', zh: 'params.lambda34（λ34）。' },
    source: 'assumption',
  }, UNITS.perYear, 0.2, [0.1, 0.4], RATE_ALLOWED)),
  logEffect(A, {
    key: 'betaQ', symbol: 'β_Q', group: 'stages',
    label: { en: 'Quality effect on institutionalization', zh: '质量对制度固化的效应' },
    help: { en: 'Log hazard ratio of institutionalization per unit of quality above 0.5.', zh: '质量每高于 0.5 一个单位，制度固化的对数风险比。' },
    advanced: { en: 'params.betaQ (β_Q).', zh: 'params.betaQ（β_Q）。' },
    source: 'assumption',
  }, UNITS.logHrPerQuality, 4, [1, 8]),
  numeric(A, {
    key: 'psiShow', symbol: 'ψ_show', group: 'stages',
    label: { en: 'Show penalty on institutionalization', zh: '亮点打造对制度固化的折损' },
    help: { en: 'Share of the institutionalization hazard lost by a locality that adopted for show.', zh: '为打造亮点而采纳的地区，其制度固化风险损失的比例。' },
    advanced: { en: 'params.psiShow (ψ_show).', zh: 'params.psiShow（ψ_show）。' },
    source: 'assumption',
  }, UNITS.share, 0.7, [0, 1], SHARE_ALLOWED),
  logEffect(A, {
    key: 'betaTol', symbol: 'β_tol', group: 'stages',
    label: { en: 'Fault tolerance effect on optimizing', zh: '容错对持续优化的效应' },
    help: {
      en: 'How much full tolerance of honest mistakes speeds institutionalized localities into continuous improvement.',
      zh: '完全容错时，已制度固化的地区进入持续优化加快的程度。',
    },
    advanced: { en: 'params.betaTol (β_tol): log hazard ratio of h34 at τ = 1: h34 = λ34·e^(β_S·z(s) + β_tol·τ)·….', zh: 'params.betaTol（β_tol）：τ = 1 时 h34 的对数风险比：h34 = λ34·e^(β_S·z(s) + β_tol·τ)·…。' },
    source: 'assumption',
  }, UNITS.logHr, 1.5, [1, 4]),
];
