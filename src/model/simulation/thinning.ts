/**
 * Skip-ahead by thinning (docs/model.md §5 semantics; docs/implementation-notes.md, "Thinning").
 *
 * The rule of §2.3 is: in every tick, (i,k) leaves its stage with probability P(H) = 1 − e^{−H·dt},
 * H the total hazard read from the start-of-tick state, independently of earlier ticks. Drawing a
 * uniform for every cell in every tick is what made the kernel slow; most cells sit in stages with
 * small hazards. Instead each cell carries an upper bound x̄ ≥ H·dt valid until the cell is
 * *rescheduled*, and the ticks at which it is looked at ("candidates") form a Bernoulli process with
 * per-tick probability P̄ = 1 − e^{−x̄}: the gap to the next candidate is geometric, one draw. At a
 * candidate the exact H is computed and the transition accepted with probability P(H)/P̄. Per tick
 * the transition probability is then P̄ · P(H)/P̄ = P(H), and the candidate and acceptance draws of
 * different ticks are independent — the same process as a draw per tick, exactly (thinning of a
 * Bernoulli process). Which transition fires is then drawn in proportion to the hazards, as before.
 *
 * A bound may rest only on inputs that cannot rise above it before the next reschedule. The bound
 * uses the current value of everything that changes rarely — stage, show flag, endorsement E,
 * mandate, suspension, reward, the leader-turnover window; eligibility is fixed — and every change
 * of those reschedules the cell
 * (the geometric clock is memoryless, so restarting it at any tick, for a reason that does not look
 * at the cell's future draws, changes nothing in distribution). Inputs that change often are bounded
 * by their largest possible value: peer shares (each ≤ 1; with `neighbourBound`, the neighbours'
 * share at its current value, a neighbour becoming visible then rescheduling the cell), demoNearby (max(1, e^{β_D})), abandonment
 * contagion a_X ≤ 1, load (the largest e^{δ_load·l·(1 − burdenReduction)}, l < K: rescheduling
 * i's other innovations whenever one of them starts or stops running cost more than it saved),
 * salience σ_k ≤ 1 (it fades between events and is renewed to 1 by them), and quality Q along its
 * deterministic path (see qualityBound): its largest value for h23, its smallest for formalism.
 *
 * State per cell (checkpointed): `due`, the next tick whose decision must look at the cell, and
 * `xMax`, the bound x̄ of its current schedule, or UNSCHEDULED when a fresh one must be drawn at `due`
 * (P̄ = 1 − e^{−x̄} is recomputed from xMax at each candidate).
 * A terminated cell's `due` is the tick whose decision takes it back to stage 0 (drawn at entry, and
 * drawn again when its endorsement changes: redrawReentry).
 */
import type { Kernel } from './kernel.ts';
import * as layout from './kernel.ts';
import { setDue } from './dueCalendar.ts';
import { aleaNext } from '../rng/aleaState.ts';
import { qualityAt } from './qualityCells.ts';
import { log } from '../math/index.ts';
import { abandonmentHazard, adoptionHazard, adoptionRise, drivingFactor, formalismHazard, formalismProtection, hazard12, hazard23, hazard34, institutionFactor, peerBound, qualityFactor, suspendedAbandonment, turnoverFactor } from './hazards.ts';
import { FLAG_LAPSED_INST, FLAG_SHOW } from './stages.ts';

// local copies: imported bindings may compile to getters (CommonJS interop)
const LOC = layout.LOC_STRIDE;
const LOC_EXP01 = layout.LOC_EXP01;
const LOC_INV_DEG = layout.LOC_INV_DEG;
const LOC_H12 = layout.LOC_H12;
const LOC_H23 = layout.LOC_H23;
const LOC_H34 = layout.LOC_H34;
const NB = layout.NB_STRIDE;
const NB_XMAX = layout.NB_XMAX;
const NB_VIS = layout.NB_VIS;
const NB_EM = layout.NB_EM;
const EM_MANDATE = layout.EM_MANDATE;
const EM_SUSPENDED = layout.EM_SUSPENDED;
const EM_INELIGIBLE = layout.EM_INELIGIBLE;
const NB_LAST = layout.NB_LAST;
const NB_DUE = layout.NB_DUE;
const CELL_STRIDE = layout.CELL_STRIDE;
const Q_STAR = layout.Q_STAR;
const CELL_FORM = layout.CELL_FORM;
const CELL_ABAND = layout.CELL_ABAND;
const CELL_REWARD = layout.CELL_REWARD;
const CELL_H_PROG = layout.CELL_H_PROG;

/** "Never" as a tick (beyond any horizon). */
export const NEVER = 0x7fffffff;

/** `xMax` of a cell that needs a fresh schedule at its `due` tick. */
export const UNSCHEDULED = -1;

/**
 * Bounds are inflated by this relative margin, so that a hazard equal to its bound in exact
 * arithmetic but computed in another order (one rounding more) still lies below it.
 */
const MARGIN = 1 + 2 ** -30;

/**
 * Ticks from now to the next candidate, geometric on {1, 2, …} with P(g > n) = e^{−n·x}, by
 * inversion of u ∈ [0,1); x = x̄ > 0. Capped at NEVER.
 */
export function geometricTicks(u: number, x: number): number {
  const g = 1 + Math.floor(log(1 - u) / -x);
  return g < NEVER / 2 ? g : NEVER;
}

/** 1 + 2^-20 > 1 + the relative rounding error of float32: a bound times this, rounded to float32, is still a bound */
export const F32_UP = 1 + 2 ** -20;

/** tick + gap, saturating at NEVER. */
export function later(tick: number, gap: number): number {
  const t = tick + gap;
  return t < NEVER ? t : NEVER;
}

/**
 * Ticks from entry into stage 6 (or from a change of its rate) until the row that shows 6 → 0:
 * geometric on {1, 2, …} with per-tick probability 1 − e^{−x}, x = h60·dt, h60 = ρ_re·e^{β_E[E]}
 * (constant between changes of E, so one draw is the same process as a draw per tick), by inversion
 * of u ∈ [0,1); NEVER when x = 0.
 */
export function reentryTicks(u: number, x: number): number {
  return x > 0 ? geometricTicks(u, x) : NEVER;
}

/**
 * A terminated cell's endorsement E changed: its re-adoption hazard ρ_re·e^{β_E[E]} with it. The
 * wait is memoryless, so drawing it afresh from the new rate (from the `schedules` stream) is the
 * same process. Called in the write phase (m.tick is the next decision's tick).
 */
export function redrawReentry(m: Kernel, idx: number): void {
  if (!(m.rhoRe > 0)) return;
  const g = reentryTicks(aleaNext(m.schedulesState), m.rhoRe * m.expBE[m.endorse[idx]] * m.dt);
  setDue(m.cal, idx, g === NEVER ? NEVER : later(m.tick, g - 1));
}

/**
 * The cell's hazard inputs changed (stage, E, mandate, suspension, reward, load, turnover): its next decision
 * draws a fresh schedule from the new state. Terminated cells keep their re-adoption tick.
 * Called in the write phase, when `m.tick` is already the next decision's tick.
 */
export function reschedule(m: Kernel, idx: number): void {
  if (m.stage[idx] === 6) return;
  m.nbF[NB * idx + NB_XMAX] = UNSCHEDULED;
  if (m.nb[NB * idx + NB_DUE] > m.tick) setDue(m.cal, idx, m.tick);
}

/**
 * The progression hazard's locality base for a cell in stage s (λ12, λ23 or λ34 with its static
 * attribute terms, kernel.ts `loc`; 0 in stages without progression), copied into the cell record
 * (CELL_H_PROG) so that a decision about an adopter reads no line of `loc`.
 */
export function setProgressionBase(m: Kernel, i: number, idx: number, s: number): void {
  const li = LOC * i;
  m.cell[CELL_STRIDE * idx + CELL_H_PROG] = s === 1 ? m.loc[li + LOC_H12] : s === 2 ? m.loc[li + LOC_H23] : s === 3 ? m.loc[li + LOC_H34] : 0;
}

/**
 * A fresh schedule for cell idx = k·N + i that has just entered stage s ∈ 0…5 (apply.ts setStage, at
 * the end of the change): its bound from the new state and the first candidate tick, a geometric
 * gap drawn from the `schedules` stream, so the cell is next looked at on its first candidate tick
 * instead of at the next decision only to be given a schedule. The bound rests on the row's state as
 * the next decision reads it; a later change in the same write phase that moves a bound's input
 * reschedules the cell (`reschedule`), as at any other time.
 */
export function scheduleFresh(m: Kernel, k: number, i: number, idx: number, s: number): void {
  const tick = m.tick;
  if (s !== 0 && m.adoptersFixed) {
    m.nbF[NB * idx + NB_XMAX] = 0; // every hazard of an adopter is 0 (coefficients.ts)
    setDue(m.cal, idx, NEVER);
    return;
  }
  if (s === 0 && tick < m.startTick[k]) {
    m.nbF[NB * idx + NB_XMAX] = UNSCHEDULED; // not available yet: a schedule when it opens
    setDue(m.cal, idx, m.startTick[k]);
    return;
  }
  const xm = Math.fround(hazardBound(m, k, i, idx, s) * m.dt * F32_UP);
  if (!(xm > 0)) {
    m.nbF[NB * idx + NB_XMAX] = 0;
    setDue(m.cal, idx, NEVER);
    return;
  }
  m.nbF[NB * idx + NB_XMAX] = xm;
  setDue(m.cal, idx, later(tick, geometricTicks(aleaNext(m.schedulesState), xm) - 1));
}

/**
 * A neighbour of stage-0 cell idx = k·N + i became visible (with `neighbourBound`, whose bound holds
 * the neighbours' share at its value): its hazard rises by at most Δ = adoptionRise(one more visible
 * neighbour). Rather than a fresh schedule, the candidate process of rate x̄ is superposed with an
 * independent one of rate Δ·dt: per tick no candidate with probability e^{−x̄}·e^{−Δ·dt}, the process
 * of the bound x̄ + Δ·dt, exactly (both memoryless). So the cell's next candidate is the earlier of its
 * current one and a geometric gap of rate Δ·dt (from the `schedules` stream), and its bound becomes
 * x̄ + Δ·dt, rounded up. The threshold shape is not linear in the share: such a cell is rescheduled.
 * A cell that waits for a fresh schedule (UNSCHEDULED) needs nothing. Called in the write phase.
 */
export function raiseNeighbourBound(m: Kernel, k: number, i: number, idx: number): void {
  const xm = m.nbF[NB * idx + NB_XMAX];
  if (xm === UNSCHEDULED) return;
  if (m.threshold) {
    reschedule(m, idx);
    return;
  }
  const em = m.nb[NB * idx + NB_EM];
  const keep = (em & EM_SUSPENDED) !== 0 ? 1 - m.suspend[idx] : 1;
  const exp01 = drivingFactor(m.loc[LOC * i + LOC_EXP01], (em & EM_INELIGIBLE) !== 0, keep);
  const demoMax = m.expBD > 1 ? m.expBD : 1;
  const dx = adoptionRise(m.qK[k], m.wn, m.loc[LOC * i + LOC_INV_DEG], exp01, m.expBE[em & 255], demoMax) * m.dt * MARGIN;
  if (!(dx > 0)) return;
  m.nbF[NB * idx + NB_XMAX] = Math.fround((xm + dx) * F32_UP);
  // the new gap g beats the current candidate only if g − 1 < d = due − tick, i.e. u < 1 − e^{−d·Δ·dt}
  // ≤ d·Δ·dt: a draw at or above d·Δ·dt cannot, and a cell due at the next decision keeps it, so
  // neither needs the logarithm
  const d = m.nb[NB * idx + NB_DUE] - m.tick;
  if (d <= 0) return;
  const u = aleaNext(m.schedulesState);
  if (u >= d * dx) return;
  const due = later(m.tick, geometricTicks(u, dx) - 1);
  if (due < m.tick + d) setDue(m.cal, idx, due);
}

/** Reschedules cells `idx[j]` of innovation k (locality indices). */
export function rescheduleAll(m: Kernel, k: number, idx: ArrayLike<number>): void {
  const base = k * m.N;
  for (let j = 0; j < idx.length; j++) reschedule(m, base + idx[j]);
}

/** Reschedules the cells of innovation k in stage 0 (the only hazard that reads the mandate). */
export function rescheduleUnadopted(m: Kernel, k: number): void {
  const base = k * m.N;
  for (let i = 0; i < m.N; i++) if (m.stage[base + i] === 0) reschedule(m, base + i);
}

/**
 * The largest Q the cell can have before it leaves stage 2 (or, with β_Q < 0, the smallest, as the
 * value that maximizes e^{β_Q(Q − 0.5)}). In stages 2–4 Q moves monotonically from its current value
 * towards Q* (qualityCells.ts) and never passes it; rounding (float32) can overshoot by an ulp,
 * covered by a 1e-6 margin.
 */
function qualityBound(q: number, qStar: number, up: boolean): number {
  return up ? Math.min(1, Math.max(q, qStar) + 1e-6) : Math.max(0, Math.min(q, qStar) - 1e-6);
}

/**
 * An upper bound of the total hazard (per year) of cell idx = k·N + i in stage s ∈ 0…5, valid until
 * the cell is rescheduled (see the header): the hazards of hazards.ts, as decide.ts computes them,
 * with every input that can move before the next reschedule at its largest value.
 */
export function hazardBound(m: Kernel, k: number, i: number, idx: number, s: number): number {
  const em = m.nb[NB * idx + NB_EM];
  const e = em & 255;
  const demoMax = m.expBD > 1 ? m.expBD : 1;
  // the suspension changes only at scripted events, which reschedule the cells they cover
  const sus = (em & EM_SUSPENDED) !== 0 ? m.suspend[idx] : 0;
  const keep = 1 - sus;
  if (s === 0) {
    // salience σ_k ≤ 1 (renewed to 1 at events, fading between): bounded by 1, i.e. p_k·media
    const an = m.neighbourBound ? m.nb[NB * idx + NB_VIS] * m.loc[LOC * i + LOC_INV_DEG] : 1;
    const peerMax = peerBound(m.threshold, m.wg, m.wn, m.wp, m.wf, an, m.kth, m.threshold ? m.theta[i] : 0);
    const exp01 = drivingFactor(m.loc[LOC * i + LOC_EXP01], (em & EM_INELIGIBLE) !== 0, keep);
    return adoptionHazard(m.pK[k], m.qK[k], peerMax, exp01, m.expBE[e], demoMax, (em & EM_MANDATE) !== 0 ? keep * m.kM : 0) * MARGIN;
  }
  const f = m.flags[idx];
  const show = (f & FLAG_SHOW) !== 0;
  const at = CELL_STRIDE * idx;
  const recentTurn = m.tick - m.nb[NB * idx + NB_LAST] < m.turnWindow; // last leader change
  const turn = turnoverFactor(s, recentTurn, m.turnFactor);
  const inst = institutionFactor(s, m.expNegInst, (f & FLAG_LAPSED_INST) !== 0);
  const mu = suspendedAbandonment(abandonmentHazard(m.cell[at + CELL_ABAND], m.expAXMax, show ? m.expShow : 1, inst, e >= 2 ? m.expNegE : 1, turn), sus, m.muSusp);
  let hProg = 0;
  let hForm = 0;
  if (s <= 4) {
    const quality = qualityAt(m, idx, m.tick);
    const qStar = m.cell[at + Q_STAR];
    if (s === 1) hProg = hazard12(keep * m.cell[at + CELL_H_PROG], demoMax);
    else if (s === 2) {
      const qb = qualityBound(quality, qStar, m.betaQ >= 0);
      hProg = hazard23(keep * m.cell[at + CELL_H_PROG], m.cell[at + CELL_REWARD], m.expBE[e], qualityFactor(m.betaQ, qb), show ? m.showKeep : 1);
    } else if (s === 3) hProg = hazard34(keep * m.cell[at + CELL_H_PROG]);
    // formalism falls with Q (β_Q5 ≥ 0): bounded at the lowest Q of the path (the highest with β_Q5 < 0)
    const qf = qualityBound(quality, qStar, m.betaQ5 < 0);
    hForm = formalismHazard(m.cell[at + CELL_FORM], m.expLoadMax, show, formalismProtection(s, m.expNegInst5, m.betaQ5, qf));
  } else hProg = m.h52;
  return (hProg + hForm + mu) * MARGIN;
}
