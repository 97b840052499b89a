/**
 * Bilingual names of the parameter groups, in display order: the four drivers for levers
 * (docs/model.md §3), the mechanisms for assumptions (docs/model.md §6).
 */
import type { AssumptionGroup, Bilingual, LeverGroup } from './def.ts';

export const LEVER_GROUPS: readonly { id: LeverGroup; label: Bilingual }[] = [
  { id: 'incentives', label: { en: 'Institutional incentives', zh: '制度激励' } },
  { id: 'interaction', label: { en: 'Interaction and mutual learning', zh: '互动互鉴' } },
  { id: 'social', label: { en: 'Social support', zh: '社会支持' } },
  { id: 'resources', label: { en: 'Resource guarantee', zh: '资源保障' } },
];

export const ASSUMPTION_GROUPS: readonly { id: AssumptionGroup; label: Bilingual }[] = [
  { id: 'spread', label: { en: 'Spread (adoption)', zh: '扩散（采纳）' } },
  { id: 'stages', label: { en: 'Stage progression', zh: '阶段推进' } },
  { id: 'formalism', label: { en: 'Formalism and correction', zh: '形式化与纠错' } },
  { id: 'abandonment', label: { en: 'Abandonment, turnover, re-adoption', zh: '终止、领导更替与重新采纳' } },
  { id: 'show', label: { en: 'Show adoption (亮点打造)', zh: '亮点打造' } },
  { id: 'quality', label: { en: 'Quality and demonstration sites', zh: '质量与示范点' } },
  { id: 'endorsement', label: { en: 'Endogenous endorsement', zh: '内生肯定' } },
];
