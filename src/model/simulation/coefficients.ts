/**
 * The kernel's scalar coefficients: the scenario's parameters and levers pre-multiplied into the
 * factors the hazards (hazards.ts) and drivers read. A function of the resolved scenario alone.
 */
import type { ResolvedScenario } from '../scenario/types.ts';
import { exp, expm1 } from '../math/index.ts';

export interface Coefficients {
  /** innovations */
  readonly K: number;
  /** ticks in the run (rows 0 … totalTicks) */
  readonly totalTicks: number;
  /** years per tick */
  readonly dt: number;
  /** ticks during which a leader change counts as "in the last year": d·dt < 1 ⇔ d < turnWindow */
  readonly turnWindow: number;
  /** per innovation: p_k·media, per year (p_k: the innovation's p, else the scenario's) */
  readonly pK: Float64Array;
  /** per innovation: q_k, per year */
  readonly qK: Float64Array;
  /** per innovation: ln 2 / H_k per year, the decay rate of salience σ_k (0: never fades) */
  readonly salienceDecay: Float64Array;
  readonly wg: number;
  readonly wn: number;
  readonly wp: number;
  readonly wf: number;
  readonly threshold: boolean;
  /**
   * Whether a stage-0 cell's hazard bound takes the neighbours' share a_n at its current value
   * (rescheduling the cell whenever a neighbour becomes visible: drivers/neighbourChannel.ts) rather
   * than at 1. Worth it only where the neighbour weight is most of the peer term: measured on the
   * 800 × 800 benchmarks, plain Bass through neighbours (ω_n = 1) ran in about half the time, while
   * the default weights (ω_n = 0.4 of 1) ran about 15 % slower (the reschedules cost more than the
   * tighter bound saved).
   */
  readonly neighbourBound: boolean;
  /**
   * No hazard can move an adopter: no progression (λ12 = λ23 = λ34 = 0), formalism (η0·acc·(1 −
   * thirdPartyEval) = 0), abandonment (μ0 = 0) or suspension (none scripted). Plain diffusion — the
   * Bass configuration, or the adoption histories of US state policies, which record first adoptions
   * only — then schedules adopters NEVER without evaluating their (zero) bound.
   */
  readonly adoptersFixed: boolean;
  readonly kth: number;
  readonly kM: number; // per year
  /** exp(β_E[e]) for e = 0…3 */
  readonly expBE: Float64Array;
  readonly expBD: number;
  readonly betaQ: number;
  /** 1 − ψ_show */
  readonly showKeep: number;
  readonly expShow: number; // exp(δ_show)
  readonly expNegInst: number; // exp(−δ_inst)
  readonly expNegInst5: number; // exp(−δ_inst5): formalism protection of stages 3–4
  readonly betaQ5: number; // formalism protection per unit of Q − 0.5
  readonly muSusp: number; // per year, abandonment added by a suspension of strength 1
  readonly gammaUnfit: number; // show log-odds of an adoption where the innovation is no fit
  readonly expNegE: number; // exp(−δ_E)
  /** exp(δ_load·load·(1 − burdenReduction)) for load = 0 … K−1 */
  readonly expLoad: Float64Array;
  /** the largest entry of expLoad */
  readonly expLoadMax: number;
  readonly deltaX: number;
  /** the largest exp(δ_X·a_X), a_X ∈ [0, 1] */
  readonly expAXMax: number;
  readonly turnFactor: number; // 1 + δ_turn
  readonly h52: number; // λ52·thirdPartyEval, per year
  readonly rhoRe: number; // per year
  readonly rhoTurn: number; // per year
  /** false: no show flag is drawn at adoption (`params.showMechanism`) */
  readonly showOn: boolean;
  readonly gamma0: number;
  readonly gammaT: number;
  readonly gammaM: number;
  readonly gammaN: number;
  readonly gammaGap: number;
  readonly acc: number;
  readonly qDemo: number;
  readonly endogenous: boolean;
  readonly thetaP: number;
  readonly nC: number;
  /** per-tick probabilities 1 − e^{−λ·dt} that a qualifying province (λ_P) or the centre (λ_C) endorses */
  readonly provinceEndorseProb: number;
  readonly centreEndorseProb: number;
}

export function buildCoefficients(scenario: ResolvedScenario): Coefficients {
  const a = scenario.params;
  const lv = scenario.levers;
  const dt = scenario.time.dt;
  const K = scenario.innovations.length;
  const expLoad = new Float64Array(Math.max(1, K));
  for (let l = 0; l < expLoad.length; l++) expLoad[l] = exp(a.deltaLoad * l * (1 - lv.burdenReduction));
  return {
    K,
    totalTicks: Math.round(scenario.time.years / dt),
    dt,
    turnWindow: Math.ceil(1 / dt - 1e-9),
    pK: Float64Array.from(scenario.innovations, (inn) => (inn.p ?? a.p) * lv.media),
    qK: Float64Array.from(scenario.innovations, (inn) => inn.q ?? a.q),
    salienceDecay: Float64Array.from(scenario.innovations, (inn) => (inn.halfLife === undefined ? 0 : Math.LN2 / inn.halfLife)),
    wg: a.omegaGlobal,
    wn: a.omegaNeighbour,
    wp: a.omegaProvince,
    wf: a.omegaForum,
    threshold: a.peerShape === 'threshold',
    adoptersFixed:
      a.lambda12 === 0 &&
      a.lambda23 === 0 &&
      a.lambda34 === 0 &&
      a.eta0 * lv.acc * (1 - lv.thirdPartyEval) === 0 &&
      a.mu0 === 0 &&
      scenario.innovations.every((inn) => inn.events.every((e) => e.type !== 'suspend')),
    neighbourBound: Math.max(0, a.omegaNeighbour) > 0.5 * (Math.max(0, a.omegaGlobal) + Math.max(0, a.omegaNeighbour) + Math.max(0, a.omegaProvince) + Math.max(0, a.omegaForum)),
    kth: a.kappaTh,
    kM: a.kappaM,
    expBE: Float64Array.of(1, exp(a.betaE1), exp(a.betaE2), exp(a.betaE3)),
    expBD: exp(a.betaD),
    betaQ: a.betaQ,
    showKeep: 1 - a.psiShow,
    expShow: exp(a.deltaShow),
    expNegInst: exp(-a.deltaInst),
    expNegInst5: exp(-a.deltaInst5),
    betaQ5: a.betaQ5,
    muSusp: a.muSusp,
    gammaUnfit: a.gammaUnfit,
    expNegE: exp(-a.deltaE),
    expLoad,
    expLoadMax: Math.max(...expLoad),
    deltaX: a.deltaX,
    expAXMax: Math.max(1, exp(a.deltaX)),
    turnFactor: 1 + a.deltaTurn,
    h52: a.lambda52 * lv.thirdPartyEval,
    rhoRe: a.rhoRe,
    rhoTurn: a.rhoTurn,
    showOn: a.showMechanism,
    gamma0: a.gamma0,
    gammaT: a.gammaT,
    gammaM: a.gammaM,
    gammaN: a.gammaN,
    gammaGap: a.gammaGap,
    acc: lv.acc,
    qDemo: a.qDemo,
    endogenous: a.endogenousEndorsement,
    thetaP: a.thetaP,
    nC: a.nC,
    provinceEndorseProb: -expm1(-a.lambdaP * dt),
    centreEndorseProb: -expm1(-a.lambdaC * dt),
  };
}
