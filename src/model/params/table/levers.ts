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
    label: { en: 'Reward for making it part of local rules', zh: '纳入本地制度的奖励' },
    help: {
      en: 'Budget lines, awards and recognition for localities that write the innovation into their own rules, standards and budget. The value says how many times faster that happens where the reward applies: 1 = no reward; 2 = twice as fast — with the default assumptions a locality trying it out takes about 2 years instead of about 4 to make it permanent.',
      zh: '对把创新写入本地制度、标准和预算的地区给予经费、表彰和认可。数值表示在奖励范围内这一步快几倍：1 = 没有奖励；2 = 快一倍——按默认假设，试行中的地区把做法固定下来平均约需 2 年，而不是约 4 年。',
    },
    advanced: {
      en: 'levers.reward: multiplies the institutionalization hazard h23 = λ23·reward·e^(β_E + β_R·z(r) + β_Q·(Q − 0.5))·… (adapting → institutionalized) in levers.rewardScope (everywhere when absent); a document event\'s reward multiplies on top.',
      zh: 'levers.reward：在 levers.rewardScope（缺省为全部地区）内将制度固化风险 h23 = λ23·reward·e^(β_E + β_R·z(r) + β_Q·(Q − 0.5))·…（借鉴调适→制度固化）乘以该倍数；写入文件事件的奖励倍数再相乘。',
    },
    source: 'lever; plausible range an assumption (up to three times faster institutionalization)',
  }, UNITS.multiplier, 1, [1, 3], [1, 10]),
  numeric(L, {
    key: 'acc', symbol: 'acc', group: 'incentives',
    label: { en: 'Pressure of assessment and accountability', zh: '考核问责压力' },
    help: {
      en: 'How hard localities are assessed and held to account (问责泛化, 痕迹主义). 1 = today\'s level. 2 = twice as hard: practising localities slip into going through the motions (keeping the name, dropping the practice) twice as often, and pressure, orders from above and being named a model push more of them to adopt just for show. 0 = no such pressure: nobody slips into formality.',
      zh: '对基层考核问责的力度（问责泛化、痕迹主义）。1 = 当前水平。2 = 加倍：正在推行的地区"名存实亡"、走过场的风险翻倍，考核、上级部署和命名示范也会使更多地区为打造亮点而采纳。0 = 没有这种压力：不会出现形式化。',
    },
    advanced: {
      en: 'levers.acc: formalism h→5 = η0·acc·…; show odds logit P(show) = γ0 + acc·(γ_T·z(T) + γ_M·mandate + γ_N·named) + …',
      zh: 'levers.acc：形式化风险 h→5 = η0·acc·…；亮点打造 logit P(show) = γ0 + acc·(γ_T·z(T) + γ_M·mandate + γ_N·named) + …',
    },
    source: 'lever; range docs/references.md (问责泛化, 痕迹主义)',
  }, UNITS.pressure, 1, [0, 3], [0, 3]),

  // ── 互动互鉴 interaction and mutual learning ─────────────────────────────────────────────────────
  numeric(L, {
    key: 'forumTies', symbol: 'forumTies', group: 'interaction',
    label: { en: 'Exchange partners far away (forums, on-site meetings)', zh: '跨地区交流对象（论坛、现场会）' },
    help: {
      en: 'Standing exchange ties between localities anywhere in the country: forums, on-site meetings, study tours. 2 = each locality picks 2 partners at random (and is picked by about 2 others), and learns from those of them already practising the innovation. 0 = no such ties.',
      zh: '全国范围内地区之间的固定交流联系：论坛、现场会、考察学习。2 = 每个地区随机结识 2 个交流对象（另有约 2 个地区选中它），并向其中已在推行的地区学习。0 = 没有这种联系。',
    },
    advanced: {
      en: 'levers.forumTies: random undirected ties per locality (stream "ties"); the share a_f of them in stages 1–4 enters peer = … + ω_f·a_f.',
      zh: 'levers.forumTies：每个地区随机抽取的无向联系数（随机流 "ties"）；其中处于阶段 1–4 的比例 a_f 进入 peer = … + ω_f·a_f。',
    },
    source: 'lever; plausible range an assumption (a few exchange ties per locality)',
  }, UNITS.ties, 0, [0, 5], [0, 50], 'integer'),
  {
    key: 'pairing', symbol: 'pairing', kind: L, group: 'interaction', type: 'boolean', default: false,
    label: { en: 'East–west pairing', zh: '东西部协作结对' },
    help: {
      en: 'On: each western province is paired with an eastern one (the poorest with the richest), and every locality of one learns from the practising localities of the other, as in east–west cooperation (东西部协作).',
      zh: '开启：每个西部省份与一个东部省份结对（资源最少的对最多的），结对双方的地区互相向对方已在推行的地区学习，即东西部协作。',
    },
    advanced: {
      en: 'levers.pairing: ties every locality of a western province to every locality of its eastern partner; they count in the forum share a_f (weight ω_f).',
      zh: 'levers.pairing：西部省份的每个地区与结对东部省份的每个地区建立联系，计入论坛通道比例 a_f（权重 ω_f）。',
    },
    source: 'lever; 东西部协作 (east–west pairing assistance)',
  },

  // ── 社会支持 social support ──────────────────────────────────────────────────────────────────────
  numeric(L, {
    key: 'media', symbol: 'media', group: 'social',
    label: { en: 'Media and publicity', zh: '媒体宣传' },
    help: {
      en: 'News coverage, publicity and collections of cases that make the innovation known everywhere. 2 = twice as many localities a year take it up on their own from what they read and hear (learning from peers is not changed). 1 = no extra publicity.',
      zh: '新闻报道、宣传推广和案例汇编，让各地都知道这项创新。2 = 每年因看到、听到而自行采纳的地区增加一倍（向同行学习的部分不变）。1 = 没有额外宣传。',
    },
    advanced: {
      en: 'levers.media: multiplies the external coefficient p in h01 = (p_k·media·σ_k + q_k·peer)·e^drive·…',
      zh: 'levers.media：将 h01 = (p_k·media·σ_k + q_k·peer)·e^drive·… 中的外部影响系数 p 乘以该倍数。',
    },
    source: 'lever; plausible range an assumption (publicity at most triples p)',
  }, UNITS.multiplier, 1, [1, 3], [1, 10]),
  numeric(L, {
    key: 'supportBoost', symbol: 'supportBoost', group: 'social',
    label: { en: 'Building social support', zh: '培育社会支持' },
    help: {
      en: 'Social organizations, resident participation, volunteers: added to every locality\'s social-support score (0–1). On the China map that score runs from about 0.29 in the lowest tenth of counties to 0.73 in the highest, so 0.1 lifts a middle county nearly halfway to the top tenth. More support speeds adoption, adapting and improvement and protects against abandonment.',
      zh: '社会组织、居民参与、志愿者：加到每个地区的社会支持得分（0–1）上。在中国地图上，这一得分从最低十分之一县的约 0.29 到最高十分之一县的 0.73，因此 0.1 可把一个中等县向最高十分之一推进近一半。社会支持越强，采纳、调适和持续优化越快，终止越少。',
    },
    advanced: {
      en: 'levers.supportBoost: s_i ← clamp(s_i + supportBoost, 0, 1) after the baseline z-scores are frozen; s enters through β_S (adoption, adapting), h34 and δ_S (abandonment) and quality growth.',
      zh: 'levers.supportBoost：在基准 z 分数固定之后 s_i ← clamp(s_i + supportBoost, 0, 1)；s 经 β_S（采纳、调适）、h34、δ_S（终止）和质量增长起作用。',
    },
    source: 'lever; plausible range an assumption (up to 0.3 on the 0–1 proxy)',
  }, UNITS.attribute, 0, [0, 0.3], SHARE_ALLOWED),
  numeric(L, {
    key: 'thirdPartyEval', symbol: 'thirdPartyEval', group: 'social',
    label: { en: 'Independent outside evaluation', zh: '第三方评估' },
    help: {
      en: 'Outside evaluators check what localities actually do. 0.5 = as if half of the localities\' work were checked: the risk of slipping into going through the motions is halved, and a locality that has slipped is found and brought back to real work — with the default assumptions after about 7 years on average. 1 = every slip is prevented. 0 = no outside evaluation.',
      zh: '由外部评估机构核查各地的实际做法。0.5 = 相当于一半地区的工作受到核查：走过场、"名存实亡"的风险减半，已流于形式的地区会被发现并回到真正推行——按默认假设平均约 7 年。1 = 完全防止流于形式。0 = 没有第三方评估。',
    },
    advanced: {
      en: 'levers.thirdPartyEval: formalism h→5 = …·(1 − thirdPartyEval); correction h52 = λ52·thirdPartyEval (formal → adapting; λ52 = 0.3 per year by default).',
      zh: 'levers.thirdPartyEval：形式化风险 h→5 = …·(1 − thirdPartyEval)；纠错 h52 = λ52·thirdPartyEval（形式化→借鉴调适；λ52 默认每年 0.3）。',
    },
    source: 'lever; a level 0–1 (全周期评估)',
  }, UNITS.level, 0, [0, 1], SHARE_ALLOWED),

  // ── 资源保障 resource guarantee ──────────────────────────────────────────────────────────────────
  numeric(L, {
    key: 'transfer', symbol: 'transfer', group: 'resources',
    label: { en: 'Funds and staff for poorer localities', zh: '财政与人员转移支付' },
    help: {
      en: 'Money and staff sent to the localities that need them: by default those with less than the middle county\'s resources, or the places you choose below. Added to their resources score (0–1), which on the China map runs from about 0.20 in the lowest tenth of counties to 0.81 in the highest; 0.1 is about a sixth of that distance. More resources speed every step and narrow the gap that breeds formality and show.',
      zh: '向需要的地区投入资金和人员：默认为资源低于中位县的地区，也可在下方指定地区。加到其资源得分（0–1）上；在中国地图上该得分从最低十分之一县的约 0.20 到最高十分之一县的 0.81，0.1 约为这段距离的六分之一。资源越多，各阶段推进越快，导致形式化和亮点打造的能力差距越小。',
    },
    advanced: {
      en: 'levers.transfer: r_i ← clamp(r_i + transfer, 0, 1) for localities below the baseline median r, or in levers.transferScope; r enters through β_R, quality growth and gap = max(0, c − r) + max(0, g − d).',
      zh: 'levers.transfer：对资源低于基准中位数（或 levers.transferScope 内）的地区 r_i ← clamp(r_i + transfer, 0, 1)；r 经 β_R、质量增长和差距 gap = max(0, c − r) + max(0, g − d) 起作用。',
    },
    source: 'lever; plausible range an assumption (up to 0.3 on the 0–1 proxy)',
  }, UNITS.attribute, 0, [0, 0.3], SHARE_ALLOWED),
  numeric(L, {
    key: 'training', symbol: 'training', group: 'resources',
    label: { en: 'Digital training and technology', zh: '数字培训与技术支持' },
    help: {
      en: 'Training and equipment added to every locality\'s digital-readiness score (0–1), which on the China map runs from about 0.18 in the lowest tenth of counties to 0.83 in the highest. It narrows the gap between what a digital innovation needs and what a locality can run — the gap that breeds formality, show and abandonment (数字化陷阱).',
      zh: '培训和设备投入，加到每个地区的数字化准备得分（0–1）上；在中国地图上该得分从最低十分之一县的约 0.18 到最高十分之一县的 0.83。它缩小数字化创新的要求与地方能力之间的差距——这种差距会导致形式化、亮点打造和终止（数字化陷阱）。',
    },
    advanced: {
      en: 'levers.training: d_i ← clamp(d_i + training, 0, 1); d enters gap = max(0, c − r) + max(0, g − d) (δ_gap, γ_gap, η_gap).',
      zh: 'levers.training：d_i ← clamp(d_i + training, 0, 1)；d 进入差距 gap = max(0, c − r) + max(0, g − d)（δ_gap、γ_gap、η_gap）。',
    },
    source: 'lever; plausible range an assumption (up to 0.3 on the 0–1 proxy)',
  }, UNITS.attribute, 0, [0, 0.3], SHARE_ALLOWED),
  numeric(L, {
    key: 'burdenReduction', symbol: 'burdenReduction', group: 'resources',
    label: { en: 'Lightening the grassroots load', zh: '基层减负' },
    help: {
      en: 'Fewer overlapping demands on the grassroots (基层减负). Each other innovation a locality runs at the same time raises its risk of going through the motions — with the default assumptions by about 35 %. 0.5 cuts that to about 16 %; 1 = running several at once no longer adds risk.',
      zh: '减少对基层的重复要求（基层减负）。一个地区同时推行的每一项其他创新都会提高它走过场的风险——按默认假设约 35%。0.5 使之降到约 16%；1 = 同时推行多项不再增加风险。',
    },
    advanced: {
      en: 'levers.burdenReduction: formalism h→5 = …·e^(δ_load·load·(1 − burdenReduction)) (δ_load = 0.3 by default).',
      zh: 'levers.burdenReduction：形式化风险 h→5 = …·e^(δ_load·load·(1 − burdenReduction))（δ_load 默认 0.3）。',
    },
    source: 'lever; a level 0–1 (基层减负)',
  }, UNITS.level, 0, [0, 1], SHARE_ALLOWED),
  numeric(L, {
    key: 'tolerance', symbol: 'τ', group: 'resources',
    label: { en: 'Tolerance of honest mistakes', zh: '容错纠错' },
    help: {
      en: 'Officials who try something and fail honestly are not punished (容错纠错). 1 = full tolerance: with the default assumptions localities that made it permanent start improving it 1.5 times as fast, and half as many give it up. 0.5 = about 1.2 times as fast and 30 % fewer give up. 0 = none.',
      zh: '对敢于尝试、非因私失误的干部不予追责（容错纠错）。1 = 完全容错：按默认假设，已固化的地区进入持续优化的速度提高到 1.5 倍，放弃的地区减少一半。0.5 = 速度约为 1.2 倍，放弃减少约 30%。0 = 不容错。',
    },
    advanced: {
      en: 'levers.tolerance (τ): optimizing h34 = λ34·e^(β_S·z(s) + β_tol·τ)·…; abandonment μ = μ0·e^(… − δ_tol·τ …); β_tol = ln 1.5, δ_tol = ln 2 by default.',
      zh: 'levers.tolerance（τ）：持续优化 h34 = λ34·e^(β_S·z(s) + β_tol·τ)·…；终止 μ = μ0·e^(… − δ_tol·τ …)；默认 β_tol = ln 1.5、δ_tol = ln 2。',
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
  advanced: Bilingual;
}

export const SCOPED_LEVER_DEFS: readonly ScopedLeverDef[] = [
  {
    key: 'rewardScope', group: 'incentives',
    label: { en: 'Where the reward applies', zh: '奖励适用的地区' },
    help: {
      en: 'The regions or provinces in which the reward above applies.',
      zh: '上面的"纳入本地制度的奖励"适用的区域或省份。',
    },
    advanced: {
      en: 'levers.rewardScope: a scope (regions, provinces, …) in which reward multiplies h23; absent = every locality.',
      zh: 'levers.rewardScope：reward 乘以 h23 的范围（区域、省份等）；缺省为全部地区。',
    },
  },
  {
    key: 'namedSites', group: 'interaction',
    label: { en: 'Named pilot and demonstration sites', zh: '命名试点与示范点' },
    help: {
      en: 'Localities named demonstration sites from a given year (for every innovation, or one). Their neighbours and the rest of their province take the innovation up and try it out faster while the site practises it; but being named also tempts localities to adopt for show.',
      zh: '自某年起被命名为示范点的地区（全部创新或某一项）。示范点推行期间，其相邻地区和同省地区采纳、试行更快；但被命名也会诱使地区为打造亮点而采纳。',
    },
    advanced: {
      en: 'levers.namedSites: [{year, scope, innovation?}]; named sites count in demoNearby (β_D in h01 and h12) and in named (γ_N·acc in P(show)).',
      zh: 'levers.namedSites：[{year, scope, innovation?}]；被命名地区计入 demoNearby（h01 与 h12 中的 β_D）和 named（P(show) 中的 γ_N·acc）。',
    },
  },
  {
    key: 'transferScope', group: 'resources',
    label: { en: 'Who receives the funds and staff', zh: '转移支付的对象' },
    help: {
      en: 'The regions or provinces that receive the funds and staff above.',
      zh: '接受上面"财政与人员转移支付"的区域或省份。',
    },
    advanced: {
      en: 'levers.transferScope: a scope that receives transfer; absent = localities below the baseline median r.',
      zh: 'levers.transferScope：接受 transfer 的范围；缺省为资源低于基准中位数 r 的地区。',
    },
  },
];
