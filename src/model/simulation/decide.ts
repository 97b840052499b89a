/**
 * The read phase of a tick (docs/model.md §5, §6): every (i,k) whose turn it is computes its
 * competing hazards from the start-of-tick state and makes at most one transition. Nothing is
 * written to the shared state here (only the cell's own schedule): decisions go to pending buffers
 * that apply.ts writes afterwards, so every share and count read is the start-of-tick one.
 *
 * Whose turn it is: thinning.ts. A cell is looked at only at its candidate ticks (a Bernoulli
 * process with probability P̄ = 1 − e^{−x̄} per tick, x̄ ≥ H·dt a bound of its hazard); there the
 * exact hazards are computed and the transition accepted with probability P(H)/P̄ — one uniform u,
 * accepted when u·P̄ < 1 − e^{−H·dt} — so the per-tick probability is exactly 1 − e^{−H·dt}.
 * "Which" transition: a second uniform times H, in the order progression, formalism, abandonment
 * (stage 5: correction, abandonment). The "whether" test compares with the bounds
 * x − x²/2 ≤ 1 − e^{−x} ≤ x first, so the exponential is computed only in the narrow band between.
 */
import type { Kernel } from './kernel.ts';
import * as layout from './kernel.ts';
import * as stages from './stages.ts';
import * as alea from '../rng/aleaState.ts';
import * as ch from '../events/channels.ts';
import * as th from './thinning.ts';
import { setDue, takeListed } from './dueCalendar.ts';
import { pickGlobal } from '../drivers/globalChannel.ts';
import { pickNeighbour } from '../drivers/neighbourChannel.ts';
import { pickProvince } from '../drivers/provinceChannel.ts';
import { pickForum } from '../drivers/forumChannel.ts';
import { drawShow } from '../drivers/show.ts';
import { NON_LOCAL_SOURCE_QUALITY, startQuality } from '../drivers/quality.ts';
import { qualityAt } from './qualityCells.ts';
import { exp, expm1 } from '../math/index.ts';
import * as hz from './hazards.ts';

// Module-local copies: imported bindings may compile to getters (CommonJS interop), too slow here.
const ALEA_A = alea.ALEA_A;
const ALEA_2_32 = alea.ALEA_2_32;
const FLAG_DEMO = stages.FLAG_DEMO;
const FLAG_NAMED = stages.FLAG_NAMED;
const FLAG_SHOW = stages.FLAG_SHOW;
const FLAG_LAPSED_INST = stages.FLAG_LAPSED_INST;
const CH_ENDORSEMENT = ch.CH_ENDORSEMENT;
const CH_EXTERNAL = ch.CH_EXTERNAL;
const CH_FORUM = ch.CH_FORUM;
const CH_GLOBAL = ch.CH_GLOBAL;
const CH_MANDATE = ch.CH_MANDATE;
const CH_NEIGHBOUR = ch.CH_NEIGHBOUR;
const CH_PROVINCE = ch.CH_PROVINCE;
const NEVER = th.NEVER;
const UNSCHEDULED = th.UNSCHEDULED;
const hazardBound = th.hazardBound;
const geometricTicks = th.geometricTicks;
const reentryTicks = th.reentryTicks;
const F32_UP = th.F32_UP;
const later = th.later;
const LOC = layout.LOC_STRIDE;
const LOC_EXP01 = layout.LOC_EXP01;
const LOC_INV_DEG = layout.LOC_INV_DEG;
const LOC_INV_PROV = layout.LOC_INV_PROV;
const LOC_INV_FORUM = layout.LOC_INV_FORUM;
const LOC_PROVINCE = layout.LOC_PROVINCE;
const NB = layout.NB_STRIDE;
const NB_VIS = layout.NB_VIS;
const NB_FORUM = layout.NB_FORUM;
const NB_DEMO = layout.NB_DEMO;
const NB_XMAX = layout.NB_XMAX;
const NB_EM = layout.NB_EM;
const NB_LAST = layout.NB_LAST;
const NB_LOAD = layout.NB_LOAD;
const NB_DUE = layout.NB_DUE;
const adoptionHazard = hz.adoptionHazard;
const drivingFactor = hz.drivingFactor;
const formalismProtection = hz.formalismProtection;
const suspendedAbandonment = hz.suspendedAbandonment;
const peerResponse = hz.peerResponse;
const hazard12 = hz.hazard12;
const hazard23 = hz.hazard23;
const qualityFactor = hz.qualityFactor;
const hazard34 = hz.hazard34;
const formalismHazard = hz.formalismHazard;
const abandonmentHazard = hz.abandonmentHazard;
const institutionFactor = hz.institutionFactor;
const turnoverFactor = hz.turnoverFactor;
/** how far ahead in the due list decide touches the records (cells) */
const AHEAD = 16;
const CELL = layout.CELL_STRIDE;
const CELL_FORM = layout.CELL_FORM;
const CELL_ABAND = layout.CELL_ABAND;
const CELL_REWARD = layout.CELL_REWARD;
const CELL_H_PROG = layout.CELL_H_PROG;
const EM_PROVINCE_SHIFT = layout.EM_PROVINCE_SHIFT;
const EM_MANDATE = layout.EM_MANDATE;
const EM_SUSPENDED = layout.EM_SUSPENDED;
const EM_INELIGIBLE = layout.EM_INELIGIBLE;

/** u < 1 − e^{−x}, testing the cheap bounds first. */
function fires(u: number, x: number): boolean {
  if (u >= x) return false;
  if (u < x - 0.5 * x * x) return true;
  return u < -expm1(-x);
}


/** A bound was below the hazard it bounds: a bug in thinning.ts, never an input error. */
function boundViolated(k: number, i: number, s: number, x: number, xm: number): never {
  throw new Error(`kernel: hazard bound violated at innovation ${k}, locality ${i}, stage ${s} (H·dt = ${x} > bound ${xm})`);
}

export function decide(m: Kernel): void {
  const { N, K, P, dt, loc, theta, cell } = m;
  const { startTick, stage, flags } = m;
  const { nb, nbF, visProv, demoProv, visCount, expAX, pairVis, expBE, expLoad } = m;
  const { pK, qK, salienceDecay, salienceTick, suspend } = m;
  const { wg, wn, wp, wf, threshold, kth, kM, expBD, betaQ, showKeep, expShow, expNegInst, expNegE } = m;
  const { expNegInst5, betaQ5, muSusp } = m;
  const { turnFactor, turnWindow, h52, rhoRe } = m;
  const { pendStart, pendLoc, pendTo, pendChannel, pendSource, pendQ, pendShow, pendWake } = m;
  const xRe = rhoRe * dt; // re-adoption per tick at E = 0, times e^{β_E[E]}
  const cal = m.cal;
  // the `transitions` alea stream, inlined (rng/aleaState.ts): state in locals, written back at the end
  const ts = m.transitionsState;
  let s0 = ts[0];
  let s1 = ts[1];
  let s2 = ts[2];
  let c = ts[3];
  let t = 0;
  const rC = m.rngChannels;
  const tick = m.tick;
  let pc = 0;

  const n = takeListed(m.cal, tick, m.dueList); // stale entries included: skipped below
  const dueList = m.dueList;
  let k = -1;
  let base = 0;
  let kP = 0;
  let open = 0;
  let gV = 0;
  let pm = 0; // p_k·media·σ_k(t)
  let q = 0; // q_k
  let ahead = 0;
  for (let j = 0; j < n; j++) {
    const idx = dueList[j];
    if (j + AHEAD < n) {
      // touch the records of the cell AHEAD places on, so that its cache misses overlap this one's work
      const next = dueList[j + AHEAD];
      ahead ^= nb[NB * next + NB_DUE];
      ahead += stage[next] === 0 ? loc[LOC * (next % N)] : cell[CELL * next];
    }
    while (idx >= base + N || k < 0) {
      // the next innovation (cells come in (innovation, locality) order)
      k++;
      pendStart[k] = pc;
      base = k * N;
      kP = k * P;
      open = startTick[k];
      gV = wg * (visCount[k] / N);
      q = qK[k];
      // salience σ_k = 2^{−age/H_k} = e^{−(ln 2/H_k)·age}, age in years since its last renewal (≥ 0)
      const age = tick - salienceTick[k];
      pm = salienceDecay[k] > 0 && age > 0 ? pK[k] * exp(-salienceDecay[k] * age * dt) : pK[k];
    }
    if (nb[NB * idx + NB_DUE] !== tick) continue; // a stale calendar entry: the cell's due tick moved
    {
      const i = idx - base;
      const s = stage[idx];

      if (s === 6) {
        // — terminated: re-adoption (6 → 0) at the tick drawn on entry (constant hazard ρ_re) —
        pendLoc[pc] = i;
        pendTo[pc] = 0;
        pendChannel[pc] = 0;
        pendSource[pc] = -1;
        pc++;
        continue;
      }

      let xm = nbF[NB * idx + NB_XMAX];
      if (xm === UNSCHEDULED) {
        // a fresh schedule from the current state: the first candidate is 1, 2, … ticks from now
        if (s === 0 && tick < open) {
          setDue(cal, idx, open);
          continue;
        }
        // rounded up to float32 (the precision xMax keeps): still a bound
        xm = Math.fround(hazardBound(m, k, i, idx, s) * dt * F32_UP);
        if (!(xm > 0)) {
          nbF[NB * idx + NB_XMAX] = 0;
          setDue(cal, idx, NEVER);
          continue;
        }
        nbF[NB * idx + NB_XMAX] = xm;
        const g = geometricTicks((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), xm);
        if (g > 1) {
          setDue(cal, idx, later(tick, g - 1));
          continue;
        }
      }
      // a candidate tick: the next one is drawn now (used if the cell does not move)
      // P̄ = 1 − e^{−x̄}, recomputed from the stored float32 x̄ (the same double every time: cheaper
      // than a cache miss on an N·K array of it)
      const u = (t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)) * -expm1(-xm);
      setDue(cal, idx, later(tick, geometricTicks((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), xm)));

      if (s === 0) {
        // — 0 → 1: h01 = [(p_k·media·σ_k + q_k·peer)·e^drive·elig + κ_M·mandate]·(1 − s_susp) —
        const at = NB * idx;
        const li = LOC * i;
        const p = loc[li + LOC_PROVINCE];
        const an = nb[at + NB_VIS] * loc[li + LOC_INV_DEG];
        const ap = visProv[kP + p] * loc[li + LOC_INV_PROV];
        const af = (nb[at + NB_FORUM] + pairVis[kP + p]) * loc[li + LOC_INV_FORUM];
        const peer = gV + wn * an + wp * ap + wf * af;
        const peerTerm = peerResponse(threshold, peer, kth, threshold ? theta[i] : 0);
        const em = nb[at + NB_EM];
        const e = em & 255;
        const demo = nb[at + NB_DEMO] > 0 || demoProv[kP + p] > 0;
        const mand = (em & EM_MANDATE) !== 0 ? 1 : 0;
        const keep = (em & EM_SUSPENDED) !== 0 ? 1 - suspend[idx] : 1; // 1 − s under a suspension
        const exp01 = drivingFactor(loc[li + LOC_EXP01], (em & EM_INELIGIBLE) !== 0, keep);
        const x = adoptionHazard(pm, q, peerTerm, exp01, expBE[e], demo ? expBD : 1, mand ? keep * kM : 0) * dt;
        if (x > xm) boundViolated(k, i, s, x, xm);
        if (!(x > 0) || !fires(u, x)) continue;

        // channel attribution: the parts add up to h01 (external and peer use e^{drive − β_E[E]})
        const eDrive = exp01 * expBE[e] * (demo ? expBD : 1);
        const eD0 = eDrive / expBE[e];
        const qs = threshold ? (peer > 0 ? (q * peerTerm) / peer : 0) : q;
        const wExt = (pm + (threshold && !(peer > 0) ? q * peerTerm : 0)) * eD0;
        const wG = qs * gV * eD0;
        const wN = qs * wn * an * eD0;
        const wP = qs * wp * ap * eD0;
        const wF = qs * wf * af * eD0;
        const wE = (pm + q * peerTerm) * (eDrive - eD0);
        const wM = mand ? keep * kM : 0;
        let v = rC() * (wExt + wG + wN + wP + wF + wE + wM);
        let channel = CH_MANDATE;
        let source = -1;
        if ((v -= wExt) < 0) channel = CH_EXTERNAL;
        else if ((v -= wG) < 0) {
          channel = CH_GLOBAL;
          source = pickGlobal(m, k, rC());
        } else if ((v -= wN) < 0) {
          channel = CH_NEIGHBOUR;
          source = pickNeighbour(m, k, i, rC());
        } else if ((v -= wP) < 0) {
          channel = CH_PROVINCE;
          source = pickProvince(m, k, i, rC());
        } else if ((v -= wF) < 0) {
          channel = CH_FORUM;
          source = pickForum(m, k, i, rC());
        } else if ((v -= wE) < 0) channel = CH_ENDORSEMENT;

        pendLoc[pc] = i;
        pendTo[pc] = 1;
        pendChannel[pc] = channel;
        pendSource[pc] = source;
        pendQ[pc] = startQuality(source >= 0 ? qualityAt(m, base + source, tick) : NON_LOCAL_SOURCE_QUALITY);
        pendShow[pc] = drawShow(m, idx, i, mand, (flags[idx] & FLAG_NAMED) !== 0 ? 1 : 0) ? 1 : 0;
        pc++;
        continue;
      }

      const f = flags[idx];
      const show = (f & FLAG_SHOW) !== 0;
      const em = nb[NB * idx + NB_EM];
      const e = em & 255;
      const p = em >>> EM_PROVINCE_SHIFT;
      // H = progression + formalism (→5) + abandonment (→6); stage 5: correction (→2) + abandonment,
      // keeping the institutional protection of stages ≥ 3
      // a suspension of strength sus: progression × (1 − sus), abandonment + sus·μ_susp
      const sus = (em & EM_SUSPENDED) !== 0 ? suspend[idx] : 0;
      const keep = 1 - sus;
      let hProg = 0;
      let hForm = 0;
      const at = CELL * idx;
      if (s <= 4) {
        const quality = qualityAt(m, idx, tick);
        if (s === 1) {
          const demo = nb[NB * idx + NB_DEMO] > 0 || demoProv[kP + p] - ((f & FLAG_DEMO) !== 0 ? 1 : 0) > 0;
          hProg = hazard12(keep * cell[at + CELL_H_PROG], demo ? expBD : 1);
        } else if (s === 2) {
          hProg = hazard23(keep * cell[at + CELL_H_PROG], cell[at + CELL_REWARD], expBE[e], qualityFactor(betaQ, quality), show ? showKeep : 1);
        } else if (s === 3) hProg = hazard34(keep * cell[at + CELL_H_PROG]);
        hForm = formalismHazard(cell[at + CELL_FORM], expLoad[nb[NB * idx + NB_LOAD] - 1], show, formalismProtection(s, expNegInst5, betaQ5, quality));
      } else hProg = h52; // stage 5: λ52·thirdPartyEval, constant
      const recentTurn = tick - nb[NB * idx + NB_LAST] < turnWindow; // since the last leader change
      const turn = turnoverFactor(s, recentTurn, turnFactor);
      const inst = institutionFactor(s, expNegInst, (f & FLAG_LAPSED_INST) !== 0);
      const mu = suspendedAbandonment(abandonmentHazard(cell[at + CELL_ABAND], expAX[kP + p], show ? expShow : 1, inst, e >= 2 ? expNegE : 1, turn), sus, muSusp);
      const H = hProg + hForm + mu;
      const x = H * dt;
      if (x > xm) boundViolated(k, i, s, x, xm);
      if (!(x > 0) || !fires(u, x)) continue;
      const v = (t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)) * H;
      const to = v < hProg ? (s === 5 ? 2 : s + 1) : v < hProg + hForm ? 5 : 6;
      pendLoc[pc] = i;
      pendTo[pc] = to;
      pendChannel[pc] = 0;
      pendSource[pc] = -1;
      if (to === 6) pendWake[pc] = reentryTicks((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), xRe * expBE[e]);
      pc++;
    }
  }
  ts[0] = s0;
  ts[1] = s1;
  ts[2] = s2;
  ts[3] = c;
  while (++k < K) pendStart[k] = pc;
  pendStart[K] = pc;
  m.pendCount = pc;
  m.prefetchSink = ahead;
}
