/**
 * The competing hazards of docs/model.md §6 (per year), each written once over explicit numeric
 * inputs. decide.ts calls them with a cell's start-of-tick state to make its decision; thinning.ts
 * calls the same functions with inputs replaced by their largest possible values until the next
 * reschedule (peer shares at 1, demonstration at max(1, e^{β_D}), a_X at its largest e^{δ_X·a_X}, the
 * largest load term, quality at its bound along its path) to get the bound x̄ of the cell's
 * schedule. Every function is a product of non-negative factors, each non-decreasing in the inputs
 * the bound raises, evaluated in the same order both times, so (rounding being monotone) the bound
 * is never below the decision's value.
 *
 * Each stays under V8's small-function size (27 bytes of bytecode), takes numbers and booleans only,
 * and calls nothing on the common path, so that V8 inlines it into the decision loop whatever the
 * rest of the loop has used of its inlining budget (measured: the first form, with the factors'
 * rules inside, was called, not inlined, and the kernel lost about 5 %). Hence a hazard with many
 * factors takes them as arguments (the rule picking a factor is a function of its own where it is
 * more than a switch), and long products are written inside out, x·(y·(z·w)): the same doubles as
 * ((w·z)·y)·x, since floating-point multiplication commutes, in less bytecode.
 */
import { exp } from '../math/index.ts';

/**
 * 0 → 1, h01 = (1 − s_susp)·[(p_k·media·σ_k + q_k·peer)·e^{drive}·elig + κ_M·mandate],
 * e^{drive} = e^{static}·e^{β_E[E]}·e^{β_D·demo}.
 * pm = p_k·media·σ_k (salience σ_k ≤ 1); q = q_k; peer: the peer term (peerResponse); exp01: the
 * static drive e^{β_T·z(T) + β_S·z(s) + β_R·z(r) + β_L·z_L} times elig·(1 − s_susp) (drivingFactor);
 * expBEe: e^{β_E[E]}; demoFactor: e^{β_D} near a demonstration site, else 1; mandateTerm: κ_M·(1 −
 * s_susp) when the cell is mandated, else 0. The product is written inside out, (((p·media + q·peer)·
 * e^{static})·e^{β_E})·e^{β_D} + κ_M, the same doubles (floating-point multiplication and addition
 * commute) in fewer bytes of bytecode.
 */
export function adoptionHazard(pm: number, q: number, peer: number, exp01: number, expBEe: number, demoFactor: number, mandateTerm: number): number {
  return mandateTerm + demoFactor * (expBEe * (exp01 * (pm + q * peer)));
}

/**
 * h01's static drive as the hazard reads it: e^{static drive} for an eligible cell, 0 for one the
 * innovation does not fit (only a mandate reaches it), times (1 − s) under a suspension of strength s
 * (keep = 1 − s; 1 without one: the same double).
 */
export function drivingFactor(exp01: number, ineligible: boolean, keep: number): number {
  return ineligible ? 0 : keep * exp01;
}

/**
 * The peer term of h01 from the weighted visible share `peer` = ω_G·V + ω_N·a_N + ω_P·a_P + ω_F·a_F:
 * the share itself (linear shape) or thresholdResponse (threshold shape).
 */
export function peerResponse(threshold: boolean, peer: number, kth: number, theta: number): number {
  return threshold ? thresholdResponse(peer, kth, theta) : peer;
}

/** σ(κ_th·(peer − θ_i)) ∈ (0, 1): the threshold shape's peer term. */
export function thresholdResponse(peer: number, kth: number, theta: number): number {
  return 1 / (1 + exp(-kth * (peer - theta)));
}

/**
 * How much adoptionHazard rises when the neighbours' share a_n rises by dShare, with the linear
 * peer shape (the hazard is linear in it): q·ω_n·dShare times the same drive factors, written inside
 * out like adoptionHazard. thinning.ts raiseNeighbourBound adds it to a stage-0 cell's bound.
 */
export function adoptionRise(q: number, wn: number, dShare: number, exp01: number, expBEe: number, demoFactor: number): number {
  return demoFactor * (expBEe * (exp01 * (q * (wn * dShare))));
}

/**
 * The largest peerResponse until the next reschedule: every share at 1 but the neighbours' share
 * a_n at its current value `an` — a neighbour becoming visible reschedules the cell
 * (drivers/neighbourChannel.ts), and a share that falls keeps the bound a bound. Negative weights
 * count 0 (their term is largest at a share of 0). The threshold shape is increasing in the peer
 * term (κ_th ≥ 0), so the same largest peer term bounds it.
 */
export function peerBound(threshold: boolean, wg: number, wn: number, wp: number, wf: number, an: number, kth: number, theta: number): number {
  const top = pos(wg) + pos(wn) * an + pos(wp) + pos(wf);
  return threshold ? thresholdResponse(top, kth, theta) : top;
}

/** 1 → 2: λ12·e^{β_R·z(r) + β_S·z(s)} (`base`, loc LOC_H12) times e^{β_D} near a demonstration site (demoFactor). */
export function hazard12(base: number, demoFactor: number): number {
  return base * demoFactor;
}

/**
 * 2 → 3: λ23·e^{β_R·z(r)} (`base`, loc LOC_H23) · reward · e^{β_E[E]} · qualityFactor · (1 − ψ_show for
 * a show site: showKeepFactor, else 1).
 */
export function hazard23(base: number, reward: number, expBEe: number, qualityFactor: number, showKeepFactor: number): number {
  return showKeepFactor * (qualityFactor * (expBEe * (reward * base))); // ((((base·reward)·e^{β_E})·…): inside out
}

/** e^{β_Q·(Q − 0.5)}, Q ∈ [0, 1] the cell's quality: h23's quality term. */
export function qualityFactor(betaQ: number, quality: number): number {
  return exp(betaQ * (quality - 0.5));
}

/** 3 → 4: λ34·e^{β_S·z(s) + β_tol·τ} (`base`, loc LOC_H34): static. */
export function hazard34(base: number): number {
  return base;
}

/**
 * 1–4 → 5 (formalism): η0·acc·e^{δ_gap·gap}·(1 − thirdPartyEval) (`base`, cell CELL_FORM) ·
 * e^{δ_load·(load − 1)·(1 − burdenReduction)} (loadFactor), doubled for a show site, times the
 * protection of institutionalized, good practice (formalismProtection).
 */
export function formalismHazard(base: number, loadFactor: number, show: boolean, protection: number): number {
  return base * loadFactor * (show ? 2 : 1) * protection;
}

/**
 * e^{−δ_inst5·[stage 3–4] − β_Q5·(Q − 0.5)}: institutionalized practice, and practice that works,
 * lapse into formalism less (not never: 程序主义). expNegInst5 = e^{−δ_inst5}; Q ∈ [0, 1].
 */
export function formalismProtection(s: number, expNegInst5: number, betaQ5: number, quality: number): number {
  return (s === 3 || s === 4 ? expNegInst5 : 1) * exp(-betaQ5 * (quality - 0.5));
}

/**
 * 1–5 → 6 (abandonment): μ0·e^{δ_gap·gap − δ_S·z(s) − δ_tol·τ} (`base`, cell CELL_ABAND) · e^{δ_X·a_X}
 * (aX, the province's abandonment contagion) · e^{δ_show} for a show site (showFactor, else 1) ·
 * institutionFactor · e^{−δ_E} at endorsement E ≥ 2 (endorseFactor, else 1) · turnoverFactor.
 */
export function abandonmentHazard(base: number, aX: number, showFactor: number, instFactor: number, endorseFactor: number, turnFactor: number): number {
  return turnFactor * (endorseFactor * (instFactor * (showFactor * (aX * base)))); // (((((base·aX)·show)·…): inside out
}

/**
 * μ's institutional protection: e^{−δ_inst} in stages 3–4, and in stage 5 for a cell that lapsed
 * from stage 3 or 4 (lapsedInst: the formal shell of an institution keeps it), else 1.
 */
export function institutionFactor(s: number, expNegInst: number, lapsedInst: boolean): number {
  return s === 3 || s === 4 || (s === 5 && lapsedInst) ? expNegInst : 1;
}

/** μ under a suspension of strength s: μ + s·μ_susp (s = 0 without one: the same double). */
export function suspendedAbandonment(mu: number, s: number, muSusp: number): number {
  return mu + s * muSusp;
}

/** μ's turnover shock: 1 + δ_turn in stages 1–2 within a year of a leader change (recentTurn), else 1. */
export function turnoverFactor(s: number, recentTurn: boolean, onePlusDeltaTurn: number): number {
  return s < 3 && recentTurn ? onePlusDeltaTurn : 1;
}

function pos(x: number): number {
  return x > 0 ? x : 0;
}
