/**
 * The levers table: what a policymaker controls, grouped by the four drivers of docs/model.md §3
 * (制度激励 incentives, 互动互鉴 interaction, 社会支持 social support, 资源保障 resources), each with
 * exactly the effect of docs/model.md §6. Every default is the "no policy" value: a scenario that sets
 * no lever runs the baseline.
 */
import { SHARE_ALLOWED, UNITS, numeric, type Bilingual, type LeverGroup, type ParamDef } from '../def.ts';

const L = 'lever' as const;

export const LEVER_DEFS: readonly ParamDef[] = [
  // ── 制度激励 institutional incentives ────────────────────────────────────────────────────────────
  numeric(L, {
    key: 'reward', symbol: 'reward', group: 'incentives',
    label: { en: 'Reward for institutionalizing', zh: '制度化激励' },
    help: {
      en: 'Multiplies the rate of institutionalization (adapting → institutionalized) in the reward scope (default everywhere): budget lines, awards, recognition for writing the innovation into local rules.',
      zh: '在激励范围内（默认全部）将制度固化速率乘以该倍数：预算、表彰、写入本地制度的奖励。',
    },
    source: 'lever; plausible range an assumption (up to three times faster institutionalization)',
  }, UNITS.multiplier, 1, [1, 3], [1, 10]),
  numeric(L, {
    key: 'acc', symbol: 'acc', group: 'incentives',
    label: { en: 'Accountability pressure', zh: '问责/考核压力' },
    help: {
      en: 'Scales the formalism hazard and the pull of pressure, mandates and naming towards show adoptions (问责泛化, 痕迹主义). 1 is today\'s baseline, 0 removes them.',
      zh: '放大形式化风险，以及考核、发文与命名对亮点打造的作用（问责泛化、痕迹主义）。1 为基准，0 为取消。',
    },
    source: 'lever; range docs/references.md (问责泛化, 痕迹主义)',
  }, UNITS.pressure, 1, [0, 3], [0, 3]),

  // ── 互动互鉴 interaction and mutual learning ─────────────────────────────────────────────────────
  numeric(L, {
    key: 'forumTies', symbol: 'forumTies', group: 'interaction',
    label: { en: 'Forum and on-site meeting ties', zh: '论坛与现场会联系' },
    help: {
      en: 'Random long-range learning ties per locality (forums, on-site meetings, study tours); their adopters feed the forum channel ω_f.',
      zh: '每个地区的随机远程学习联系（论坛、现场会、考察学习），经 ω_f 通道传递。',
    },
    source: 'lever; plausible range an assumption (a few exchange ties per locality)',
  }, UNITS.ties, 0, [0, 5], [0, 50], 'integer'),
  {
    key: 'pairing', symbol: 'pairing', kind: L, group: 'interaction', type: 'boolean', default: false,
    label: { en: 'East–west pairing', zh: '东西部协作结对' },
    help: {
      en: 'Links each western province to an eastern one, with learning ties between their localities (forum channel ω_f).',
      zh: '每个西部省份与一个东部省份结对，其地区之间建立学习联系（经 ω_f 通道）。',
    },
    source: 'lever; 东西部协作 (east–west pairing assistance)',
  },

  // ── 社会支持 social support ──────────────────────────────────────────────────────────────────────
  numeric(L, {
    key: 'media', symbol: 'media', group: 'social',
    label: { en: 'Media and publicity', zh: '媒体宣传' },
    help: {
      en: 'Multiplies the external influence p: news coverage, publicity and case collections that make the innovation known everywhere.',
      zh: '将外部影响系数 p 乘以该倍数：新闻报道、宣传推广、案例汇编。',
    },
    source: 'lever; plausible range an assumption (publicity at most triples p)',
  }, UNITS.multiplier, 1, [1, 3], [1, 10]),
  numeric(L, {
    key: 'supportBoost', symbol: 'supportBoost', group: 'social',
    label: { en: 'Cultivating social support', zh: '培育社会支持' },
    help: {
      en: 'Added to every locality\'s social support s (clamped to [0,1]): social organizations, resident participation, volunteers.',
      zh: '加到各地社会支持 s 上（截断到 [0,1]）：社会组织、居民参与、志愿者。',
    },
    source: 'lever; plausible range an assumption (up to 0.3 on the 0–1 proxy)',
  }, UNITS.attribute, 0, [0, 0.3], SHARE_ALLOWED),
  numeric(L, {
    key: 'thirdPartyEval', symbol: 'thirdPartyEval', group: 'social',
    label: { en: 'Third-party evaluation', zh: '第三方评估' },
    help: {
      en: 'Cuts the formalism hazard by this share and lets formalist localities return to real adapting at rate λ52 × this level.',
      zh: '按该比例降低形式化风险，并使形式化空转的地区以 λ52 × 该水平的速率纠错回到调适。',
    },
    source: 'lever; a level 0–1 (全周期评估)',
  }, UNITS.level, 0, [0, 1], SHARE_ALLOWED),

  // ── 资源保障 resource guarantee ──────────────────────────────────────────────────────────────────
  numeric(L, {
    key: 'transfer', symbol: 'transfer', group: 'resources',
    label: { en: 'Fiscal and staff transfers', zh: '财政与人员转移支付' },
    help: {
      en: 'Added to resources r of the localities below the baseline median (or of the transfer scope), clamped to [0,1].',
      zh: '加到资源低于基准中位数的地区（或指定范围）的资源 r 上，截断到 [0,1]。',
    },
    source: 'lever; plausible range an assumption (up to 0.3 on the 0–1 proxy)',
  }, UNITS.attribute, 0, [0, 0.3], SHARE_ALLOWED),
  numeric(L, {
    key: 'training', symbol: 'training', group: 'resources',
    label: { en: 'Digital training and technology', zh: '数字培训与技术支持' },
    help: {
      en: 'Added to every locality\'s digital readiness d (clamped to [0,1]); narrows the digital gap.',
      zh: '加到各地数字化准备度 d 上（截断到 [0,1]），缩小数字差距。',
    },
    source: 'lever; plausible range an assumption (up to 0.3 on the 0–1 proxy)',
  }, UNITS.attribute, 0, [0, 0.3], SHARE_ALLOWED),
  numeric(L, {
    key: 'burdenReduction', symbol: 'burdenReduction', group: 'resources',
    label: { en: 'Burden reduction', zh: '基层减负' },
    help: {
      en: 'Damps the overload term of formalism: the load of concurrent innovations counts (1 − this) as much.',
      zh: '削弱形式化中的负担项：并行创新带来的负担按（1 − 该值）计算。',
    },
    source: 'lever; a level 0–1 (基层减负)',
  }, UNITS.level, 0, [0, 1], SHARE_ALLOWED),
  numeric(L, {
    key: 'tolerance', symbol: 'τ', group: 'resources',
    label: { en: 'Fault tolerance', zh: '容错纠错' },
    help: {
      en: 'Tolerance of honest failure τ: raises the rate of optimizing (β_tol) and protects against abandonment (δ_tol).',
      zh: '容错纠错水平 τ：提高持续优化速率（β_tol），降低终止风险（δ_tol）。',
    },
    source: 'lever; a level 0–1 (容错纠错机制)',
  }, UNITS.level, 0, [0, 1], SHARE_ALLOWED),
];

/** The levers that need a scope rather than a number (types in src/model/scenario/types.ts). */
export interface ScopedLeverDef {
  key: 'rewardScope' | 'transferScope' | 'namedSites';
  group: LeverGroup;
  label: Bilingual;
  help: Bilingual;
}

export const SCOPED_LEVER_DEFS: readonly ScopedLeverDef[] = [
  {
    key: 'rewardScope', group: 'incentives',
    label: { en: 'Where the reward applies', zh: '制度化激励范围' },
    help: { en: 'Scope in which `reward` multiplies institutionalization; absent = everywhere.', zh: '"制度化激励"生效的范围；缺省为全部地区。' },
  },
  {
    key: 'namedSites', group: 'interaction',
    label: { en: 'Named demonstration sites', zh: '命名示范点' },
    help: {
      en: 'Localities named demonstration sites from a year (for one innovation, or all): others nearby learn faster (β_D), but naming also breeds show (γ_N).',
      zh: '自某年起被命名为示范点的地区（某项或全部创新）：带动周边学习（β_D），但也易催生亮点打造（γ_N）。',
    },
  },
  {
    key: 'transferScope', group: 'resources',
    label: { en: 'Who receives transfers', zh: '转移支付对象' },
    help: { en: 'Scope that receives `transfer`; absent = localities below the baseline median resources.', zh: '接受转移支付的范围；缺省为资源低于基准中位数的地区。' },
  },
];
