/**
 * The flat ASCII keys of every model parameter and lever, with their TypeScript types.
 *
 * This is the contract between the parameter schema (src/model/params/schema.ts: defaults, ranges,
 * units, bilingual labels, sources — the single source of truth for values), the kernel, the UI's
 * lever panel, the CLI and sweeps. Symbols refer to docs/model.md §6; rates are per year; β, δ, γ are
 * log-effects (natural log of a hazard or odds ratio).
 */

/** Assumptions: what is uncertain (docs/model.md §8). */
export interface Assumptions {
  // — spread (0 → 1) —
  /** p: external (innovation) coefficient, per year */
  p: number;
  /** q: imitation coefficient, per year */
  q: number;
  /** ω_g, ω_n, ω_p, ω_f: weights of the global, neighbour, province and forum/pairing channels */
  omegaGlobal: number;
  omegaNeighbour: number;
  omegaProvince: number;
  omegaForum: number;
  /** peer shape: linear in the weighted share, or a logistic threshold σ(κ_th·(peer − θ_i)) */
  peerShape: 'linear' | 'threshold';
  /** θ_i ~ N(thresholdMean, thresholdSd), clamped to [0,1], drawn once per locality */
  thresholdMean: number;
  thresholdSd: number;
  /** κ_th: threshold steepness */
  kappaTh: number;
  /** β_E[1..3]: log-effect of endorsement at prefecture, province, central level */
  betaE1: number;
  betaE2: number;
  betaE3: number;
  /** β_T, β_S, β_R: log-effect per SD of assessment pressure, social support, resources */
  betaT: number;
  betaS: number;
  betaR: number;
  /** β_D: log-effect of a demonstration site nearby (neighbour or same province) */
  betaD: number;
  /** β_L: log-effect per SD of latent innovativeness z_L ~ N(0,1), fixed per locality for the world */
  betaL: number;
  /** κ_M: mandate hazard, per year */
  kappaM: number;

  // — stage progression —
  /** λ12, λ23, λ34: learning→adapting, adapting→institutionalized, institutionalized→optimizing, per year */
  lambda12: number;
  lambda23: number;
  lambda34: number;
  /** β_Q: log-effect per unit of (Q − 0.5) on institutionalization */
  betaQ: number;
  /** ψ_show: share of the institutionalization hazard lost by a show adopter */
  psiShow: number;
  /** β_tol: log-effect of fault tolerance τ on optimizing */
  betaTol: number;

  // — formalism (→5) and correction (5→2) —
  /** η0: base formalism hazard, per year */
  eta0: number;
  /** δ_load: log-effect per other concurrent innovation (grassroots overload) */
  deltaLoad: number;
  /** δ_gap: log-effect per unit of capacity/digital gap (formalism and abandonment) */
  deltaGap: number;
  /** δ_inst5: log-effect by which formalism falls in stages 3–4 */
  deltaInst5: number;
  /** β_Q5: log-effect by which formalism falls per unit of (Q − 0.5) */
  betaQ5: number;
  /** λ52: correction hazard per unit of third-party evaluation, per year */
  lambda52: number;

  // — abandonment (→6), turnover, re-adoption —
  /** μ0: base abandonment hazard, per year */
  mu0: number;
  /** μ_susp: abandonment hazard added by a suspension of strength 1, per year */
  muSusp: number;
  deltaShow: number;
  deltaInst: number;
  deltaE: number;
  deltaS: number;
  deltaTol: number;
  /** δ_X: log-effect at full within-province abandonment (contagion) */
  deltaX: number;
  /** δ_turn: multiplicative turnover shock on abandonment for stages < 3 */
  deltaTurn: number;
  /** ρ_turn: leader turnover rate, per year */
  rhoTurn: number;
  /** ρ_re: re-adoption hazard from terminated back to none, per year */
  rhoRe: number;

  // — show adoption (亮点打造) —
  /** whether a show flag is drawn at adoption at all (false: no show adopters, show share undefined) */
  showMechanism: boolean;
  /** γ0: baseline log-odds of a show adoption (logit 0.2) */
  gamma0: number;
  gammaT: number;
  gammaM: number;
  gammaN: number;
  gammaGap: number;
  /** γ_unfit: log odds ratio of a show adoption where the innovation is not a fit (mandated) */
  gammaUnfit: number;

  // — quality and demonstration sites —
  /** η_Q: quality growth, per year */
  etaQ: number;
  /** η_gap: quality erosion per unit gap, per year */
  etaGap: number;
  /** Q_demo: quality at which an optimizing locality becomes a demonstration site */
  qDemo: number;

  // — endogenous endorsement (exemplar rule) —
  endogenousEndorsement: boolean;
  /** θ_P: share of a province in stages 3–4 (plus a demonstration site) from which it endorses (at rate λ_P) */
  thetaP: number;
  /** n_C: endorsing provinces from which the centre endorses (at rate λ_C) */
  nC: number;
  /** λ_P: rate at which a province meeting the exemplar condition endorses, per year */
  lambdaP: number;
  /** λ_C: rate at which the centre endorses while ≥ n_C provinces have endorsed, per year */
  lambdaC: number;
}

/** Levers: what a policymaker controls, grouped by the four drivers (docs/model.md §3). */
export interface Levers {
  // 制度激励 institutional incentives
  /** multiplies h23 in `rewardScope` (≥ 1) */
  reward: number;
  /** accountability/assessment pressure (问责/考核压力), scales show and formalism (≥ 0) */
  acc: number;
  // 互动互鉴 interaction and mutual learning
  /** multiplies p (≥ 1) */
  media: number;
  /** random long-range learning ties per locality (integer ≥ 0) */
  forumTies: number;
  /** east–west pairing: each western province linked to an eastern one */
  pairing: boolean;
  // 社会支持 social support
  /** added to s, clamped to [0,1] */
  supportBoost: number;
  /** third-party evaluation ∈ [0,1]: cuts formalism, enables correction */
  thirdPartyEval: number;
  // 资源保障 resource guarantee
  /** added to r of localities below the baseline median resources (or `transferScope`) */
  transfer: number;
  /** added to d, clamped to [0,1] */
  training: number;
  /** burden reduction ∈ [0,1]: damps the overload term */
  burdenReduction: number;
  /** fault tolerance τ (容错纠错) ∈ [0,1] */
  tolerance: number;
}

export type ParamKey = keyof Assumptions;
export type LeverKey = keyof Levers;
