/**
 * Assumptions of spread (0 → 1): the hazard of adopting, h01 (docs/model.md §6). Sources: docs/references.md.
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

export const SPREAD_DEFS: readonly ParamDef[] = [
  // ── spread (0 → 1) ──────────────────────────────────────────────────────────────────────────────
  offAtZero(numeric(A, {
    key: 'p', symbol: 'p', group: 'spread',
    label: { en: 'External influence', zh: '外部影响系数' },
    help: {
      en: 'Hazard of adopting from outside sources (media, higher levels, the wider world), independent of how many peers have adopted. Multiplied by the media lever.',
      zh: '不依赖同伴的外部采纳风险（媒体、上级、外界信息）。乘以"媒体宣传"杠杆。',
    },
    advanced: { en: 'params.p (p).', zh: 'params.p（p）。' },
    source: 'Bass meta-analysis mean 0.03 (Sultan, Farley & Lehmann 1990); US state policies (SPID, 437 policies since 1950): median 0.028, IQR 0.005–0.107',
  }, UNITS.perYear, 0.03, [0.005, 0.11], [0, 2])),
  offAtZero(numeric(A, {
    key: 'q', symbol: 'q', group: 'spread',
    label: { en: 'Imitation', zh: '模仿系数' },
    help: {
      en: 'Hazard of adopting per unit of the weighted share of peers that practise the innovation (neighbours, province, forum ties, everyone).',
      zh: '每单位"加权同伴采纳比例"带来的采纳风险（邻近地区、本省、论坛结对、全局）。',
    },
    advanced: { en: 'params.q (q).', zh: 'params.q（q）。' },
    source: 'SPID median 0.25, IQR 0.05–0.58; marketing mean 0.38 (Sultan et al. 1990)',
  }, UNITS.perYear, 0.25, [0.05, 0.6], [0, 2])),
  numeric(A, {
    key: 'omegaGlobal', symbol: 'ω_g', group: 'spread',
    label: { en: 'Weight of global visibility', zh: '全局可见权重' },
    help: {
      en: 'Weight of the share of all localities practising the innovation in the peer term. 1 with the others 0 gives the Bass model.',
      zh: '全国采纳比例在同伴项中的权重。取 1 且其余为 0 即 Bass 模型。',
    },
    advanced: { en: 'params.omegaGlobal (ω_g).', zh: 'params.omegaGlobal（ω_g）。' },
    source: 'assumption; China presets 0.1, Bass 1',
  }, UNITS.weight, 0.1, [0, 1], SHARE_ALLOWED),
  numeric(A, {
    key: 'omegaNeighbour', symbol: 'ω_n', group: 'spread',
    label: { en: 'Weight of map neighbours', zh: '相邻地区权重' },
    help: {
      en: 'Weight of the share of adjacent localities practising the innovation.',
      zh: '相邻县级单位采纳比例的权重。',
    },
    advanced: { en: 'params.omegaNeighbour (ω_n).', zh: 'params.omegaNeighbour（ω_n）。' },
    source: 'assumption; neighbour diffusion (Berry & Berry 1990; Zhu & Zhang 2016); event-history neighbour effect 0.39–0.52 log-odds per adopting neighbour (Boehmke et al. 2017)',
  }, UNITS.weight, 0.4, [0, 1], SHARE_ALLOWED),
  numeric(A, {
    key: 'omegaProvince', symbol: 'ω_p', group: 'spread',
    label: { en: 'Weight of the province', zh: '省内同伴权重' },
    help: {
      en: 'Weight of the share of the rest of the province practising the innovation (peer competition within a province).',
      zh: '本省其他地区采纳比例的权重（省内同级竞争与学习）。',
    },
    advanced: { en: 'params.omegaProvince (ω_p).', zh: 'params.omegaProvince（ω_p）。' },
    source: 'assumption; within-province peer effects (promotion tournament literature)',
  }, UNITS.weight, 0.3, [0, 1], SHARE_ALLOWED),
  numeric(A, {
    key: 'omegaForum', symbol: 'ω_f', group: 'spread',
    label: { en: 'Weight of forum and pairing ties', zh: '论坛与结对权重' },
    help: {
      en: 'Weight of the share of forum and east–west pairing ties practising the innovation (on-site meetings, exchanges).',
      zh: '论坛、现场会与东西部协作结对对象中采纳比例的权重。',
    },
    advanced: { en: 'params.omegaForum (ω_f).', zh: 'params.omegaForum（ω_f）。' },
    source: 'assumption',
  }, UNITS.weight, 0.2, [0, 1], SHARE_ALLOWED),
  {
    key: 'peerShape', symbol: 'peer shape', kind: A, group: 'spread', type: 'enum',
    default: 'linear', values: ['linear', 'threshold'],
    label: { en: 'Shape of peer influence', zh: '同伴影响形式' },
    help: {
      en: 'linear: the more peers practise it, the more likely a locality takes it up, in proportion; threshold: a locality hardly moves until enough of its peers practise it, then responds steeply.',
      zh: 'linear（线性）：同伴推行得越多，地区采纳的可能越大，成正比；threshold（阈值）：同伴推行达到本地门槛前几乎不动，之后迅速响应。',
    },
    advanced: { en: 'params.peerShape (peer shape): threshold: σ(κ_th·(peer − θ_i)) instead of peer.', zh: 'params.peerShape（peer shape）：threshold：以 σ(κ_th·(peer − θ_i)) 代替 peer。' },
    source: 'Granovetter 1978; Watts 2002; Centola & Macy 2007',
  },
  numeric(A, {
    key: 'thresholdMean', symbol: 'mean θ', group: 'spread',
    label: { en: 'Mean threshold', zh: '阈值均值' },
    help: {
      en: 'Average share of peers that must practise it before a locality responds (threshold shape only); each locality draws its own, kept between 0 and 1.',
      zh: '地区开始响应前平均需要多少比例的同伴已在推行（仅阈值形式）；各地各自抽取，限定在 0 到 1 之间。',
    },
    advanced: { en: 'params.thresholdMean (mean θ): θ_i ~ N(mean, SD), clamped to [0, 1].', zh: 'params.thresholdMean（mean θ）：θ_i ~ N(均值, 标准差)，截断到 [0, 1]。' },
    source: 'Granovetter 1978; Watts 2002 (θ ~ N(0.25, 0.1)); range an assumption',
  }, UNITS.share, 0.25, [0.1, 0.4], SHARE_ALLOWED),
  numeric(A, {
    key: 'thresholdSd', symbol: 'SD θ', group: 'spread',
    label: { en: 'Threshold SD', zh: '阈值标准差' },
    help: {
      en: 'How much the localities\' thresholds differ (threshold shape only).',
      zh: '各地门槛的差异大小（仅阈值形式）。',
    },
    advanced: { en: 'params.thresholdSd (SD θ): standard deviation of θ_i.', zh: 'params.thresholdSd（SD θ）：θ_i 的标准差。' },
    source: 'Watts 2002; range an assumption',
  }, UNITS.share, 0.1, [0, 0.2], SHARE_ALLOWED),
  numeric(A, {
    key: 'kappaTh', symbol: 'κ_th', group: 'spread',
    label: { en: 'Threshold steepness', zh: '阈值陡度' },
    help: {
      en: 'How abruptly a locality responds once its peers pass its threshold (threshold shape only).',
      zh: '同伴超过门槛后地区响应的急剧程度（仅阈值形式）。',
    },
    advanced: { en: 'params.kappaTh (κ_th): σ(κ_th·(peer − θ_i)).', zh: 'params.kappaTh（κ_th）：σ(κ_th·(peer − θ_i))。' },
    source: 'assumption',
  }, UNITS.steepness, 20, [5, 50], [0, 200]),
  logEffect(A, {
    key: 'betaE1', symbol: 'β_E[1]', group: 'spread',
    label: { en: 'Prefecture endorsement effect', zh: '地市肯定效应' },
    help: { en: 'Log hazard ratio of adoption where a prefecture has endorsed the innovation.', zh: '地市级肯定后采纳风险的对数风险比。' },
    advanced: { en: 'params.betaE1 (β_E[1]).', zh: 'params.betaE1（β_E[1]）。' },
    source: 'assumption; direction: Heilmann 2008 (experimentation under hierarchy)',
  }, UNITS.logHr, 1.5, [1, 8]),
  logEffect(A, {
    key: 'betaE2', symbol: 'β_E[2]', group: 'spread',
    label: { en: 'Province endorsement effect', zh: '省级肯定效应' },
    help: { en: 'Log hazard ratio of adoption where the province has endorsed the innovation.', zh: '省级肯定后采纳风险的对数风险比。' },
    advanced: { en: 'params.betaE2 (β_E[2]).', zh: 'params.betaE2（β_E[2]）。' },
    source: 'assumption; direction: Heilmann 2008',
  }, UNITS.logHr, 2, [1, 8]),
  logEffect(A, {
    key: 'betaE3', symbol: 'β_E[3]', group: 'spread',
    label: { en: 'Central endorsement effect', zh: '中央肯定效应' },
    help: { en: 'Log hazard ratio of adoption once the centre has endorsed the innovation.', zh: '中央肯定后采纳风险的对数风险比。' },
    advanced: { en: 'params.betaE3 (β_E[3]).', zh: 'params.betaE3（β_E[3]）。' },
    source: 'assumption; direction: Heilmann 2008',
  }, UNITS.logHr, 4, [1, 8]),
  logEffect(A, {
    key: 'betaT', symbol: 'β_T', group: 'spread',
    label: { en: 'Assessment pressure effect', zh: '考核压力效应' },
    help: {
      en: 'Log hazard ratio of adoption per SD of assessment pressure (考核压力).',
      zh: '考核压力每增加一个标准差，采纳风险的对数风险比。',
    },
    advanced: { en: 'params.betaT (β_T).', zh: 'params.betaT（β_T）。' },
    source: 'assumption; Zhu & Zhang 2016 (officials\' careers matter after 2004), mixed later evidence',
  }, UNITS.logHrPerSd, 1.5, [1, 2]),
  logEffect(A, {
    key: 'betaS', symbol: 'β_S', group: 'spread',
    label: { en: 'Social support effect', zh: '社会支持效应' },
    help: {
      en: 'Log hazard ratio per SD of social support, on adoption and on learning → adapting.',
      zh: '社会支持每增加一个标准差，对采纳及"学习→调适"的对数风险比。',
    },
    advanced: { en: 'params.betaS (β_S).', zh: 'params.betaS（β_S）。' },
    source: 'assumption; public support as legitimacy (China Local Government Innovation Award studies)',
  }, UNITS.logHrPerSd, 1.3, [1, 2]),
  logEffect(A, {
    key: 'betaR', symbol: 'β_R', group: 'spread',
    label: { en: 'Resources effect', zh: '资源效应' },
    help: {
      en: 'Log hazard ratio per SD of resources, on adoption, adapting and institutionalization.',
      zh: '资源每增加一个标准差，对采纳、调适与制度固化的对数风险比。',
    },
    advanced: { en: 'params.betaR (β_R).', zh: 'params.betaR（β_R）。' },
    source: 'assumption; fiscal capacity in event-history studies',
  }, UNITS.logHrPerSd, 1.3, [1, 2]),
  logEffect(A, {
    key: 'betaD', symbol: 'β_D', group: 'spread',
    label: { en: 'Demonstration site nearby', zh: '示范点带动效应' },
    help: {
      en: 'Log hazard ratio of adoption and adapting when a demonstration site is a neighbour or in the same province.',
      zh: '相邻或同省有示范点时，采纳与调适的对数风险比。',
    },
    advanced: { en: 'params.betaD (β_D).', zh: 'params.betaD（β_D）。' },
    source: 'assumption',
  }, UNITS.logHr, 1.5, [1, 3]),
  logEffect(A, {
    key: 'betaL', symbol: 'β_L', group: 'spread',
    label: { en: 'Latent innovativeness effect', zh: '潜在创新倾向效应' },
    help: {
      en: 'Some places adopt early again and again: a fixed hidden readiness to innovate per locality, the same for every innovation, drawn once for the map. This sets how much it speeds adoption for one standard deviation; 0 switches it off.',
      zh: '有些地方总是先行：每个地区有一个固定的潜在创新倾向，对所有创新相同，每张地图抽取一次。该值决定倾向高一个标准差时采纳快多少；取 0 即关闭。',
    },
    advanced: { en: 'params.betaL (β_L): log hazard ratio per SD of z_L ~ N(0, 1), drawn from the world\'s attribute seed; drive = … + β_L·z_L.', zh: 'params.betaL（β_L）：z_L ~ N(0, 1) 每个标准差的对数风险比，由世界的属性种子抽取；drive = … + β_L·z_L。' },
    source: 'US state policies (SPID): split-half correlation of the states\' innovativeness 0.86 (Boehmke et al. 2020); size an assumption',
  }, UNITS.logHrPerSd, 1, [1, 4]),
  offAtZero(numeric(A, {
    key: 'kappaM', symbol: 'κ_M', group: 'spread',
    label: { en: 'Mandate hazard', zh: '发文部署风险' },
    help: {
      en: 'Hazard of adoption added while a mandate covers the locality.',
      zh: '处于发文部署范围内时额外增加的采纳风险。',
    },
    advanced: { en: 'params.kappaM (κ_M).', zh: 'params.kappaM（κ_M）。' },
    source: 'province-level evidence: 29 of 31 provinces adopted characteristic towns within 3 years of the central policy (≈ 0.9; 90 % in 3 years ⇒ ≈ 0.77); applying it to counties is an assumption',
  }, UNITS.perYear, 0.8, [0.5, 1.5], RATE_ALLOWED)),

];
