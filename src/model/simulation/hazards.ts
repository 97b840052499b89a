/**
 * The competing hazards of docs/model.md §2 (per year), each written once over explicit numeric
 * inputs. decide.ts calls them with a cell's start-of-tick state to make its decision; thinning.ts
 * calls the same functions with inputs replaced by their largest possible values until the next
 * reschedule (peer shares at 1, demonstration at max(1, e^{β_D}), a_X at its largest e^{δ_X·a_X}, the
 * largest load term, quality at its bound along its path) to get the bound x̄ of the cell's
 * schedule. Every function is a product of non-negative factors, each non-decreasing in the inputs
 * the bound raises, evaluated in the same order both times, so (rounding being monotone) the bound
 * is never below the decision's value.
 *
 * They stay small and monomorphic (numbers and booleans only) so that V8 inlines them into the
 * decision loop; the one that calls exp (hazard23) is reached only by stage-2 cells.
 */
import { exp } from '../math/index.ts';

/**
 * 0 → 1, h01 = (p·media + q·peer)·e^{drive} + κ_M·mandate, e^{drive} = e^{static}·e^{β_E[E]}·e^{β_D·demo}.
 * pm = p·media; peer: the peer term (peerResponse); exp01: e^{β_T·z(T) + β_S·z(s) + β_R·z(r)};
 * expBEe: e^{β_E[E]}; demoFactor: e^{β_D} near a demonstration site, else 1; mandateTerm: κ_M when
 * the cell is mandated, else 0.
 */
export function adoptionHazard(pm: number, q: number, peer: number, exp01: number, expBEe: number, demoFactor: number, mandateTerm: number): number {
  return (pm + q * peer) * exp01 * expBEe * demoFactor + mandateTerm;
}

/**
 * The peer term of h01 from the weighted visible share `peer` = ω_G·V + ω_N·a_N + ω_P·a_P + ω_F·a_F:
 * the share itself (linear shape) or σ(κ_th·(peer − θ_i)) (threshold shape), in [0, 1].
 */
export function peerResponse(threshold: boolean, peer: number, kth: number, theta: number): number {
  return threshold ? 1 / (1 + exp(-kth * (peer - theta))) : peer;
}

/** The largest peerResponse: 1 with the threshold shape, else the positive weights summed (shares ≤ 1). */
export function peerBound(threshold: boolean, wg: number, wn: number, wp: number, wf: number): number {
  return threshold ? 1 : pos(wg) + pos(wn) + pos(wp) + pos(wf);
}

/** 1 → 2: λ12·e^{β_R·z(r) + β_S·z(s)} (`base`, loc LOC_H12) times e^{β_D} near a demonstration site (demoFactor). */
export function hazard12(base: number, demoFactor: number): number {
  return base * demoFactor;
}

/**
 * 2 → 3: λ23·e^{β_R·z(r)} (`base`, loc LOC_H23) · reward · e^{β_E[E]} · e^{β_Q·(Q − 0.5)} · (1 − ψ_show
 * for a show site: showKeepFactor, else 1). Q ∈ [0, 1] the cell's quality.
 */
export function hazard23(base: number, reward: number, expBEe: number, betaQ: number, quality: number, showKeepFactor: number): number {
  return base * reward * expBEe * exp(betaQ * (quality - 0.5)) * showKeepFactor;
}

/** 3 → 4: λ34·e^{β_S·z(s) + β_tol·τ} (`base`, loc LOC_H34): static. */
export function hazard34(base: number): number {
  return base;
}

/**
 * 1–4 → 5 (formalism): η0·acc·e^{δ_gap·gap}·(1 − thirdPartyEval) (`base`, cell CELL_FORM) ·
 * e^{δ_load·(load − 1)·(1 − burdenReduction)} (loadFactor), doubled for a show site.
 */
export function formalismHazard(base: number, loadFactor: number, show: boolean): number {
  return base * loadFactor * (show ? 2 : 1);
}

/**
 * 1–5 → 6 (abandonment): μ0·e^{δ_gap·gap − δ_S·z(s) − δ_tol·τ} (`base`, cell CELL_ABAND) · e^{δ_X·a_X}
 * (aX, the province's abandonment contagion) · e^{δ_show} for a show site · e^{−δ_inst} in stages
 * ≥ 3 · e^{−δ_E} at endorsement E ≥ 2 · (1 + δ_turn) in stages 1–2 when the leader changed in the
 * last year (recentTurn; ignored in stages ≥ 3).
 */
export function abandonmentHazard(
  base: number,
  aX: number,
  s: number,
  show: boolean,
  e: number,
  recentTurn: boolean,
  expShow: number,
  expNegInst: number,
  expNegE: number,
  turnFactor: number,
): number {
  let mu = base * aX;
  if (show) mu *= expShow;
  if (s >= 3) mu *= expNegInst;
  if (e >= 2) mu *= expNegE;
  if (s < 3 && recentTurn) mu *= turnFactor;
  return mu;
}

function pos(x: number): number {
  return x > 0 ? x : 0;
}
