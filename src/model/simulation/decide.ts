/**
 * The read phase of a tick (DESIGN.md §2.3, §2.5): every (i,k) computes its competing hazards from
 * the start-of-tick state and makes at most one transition — one uniform for "whether" (against
 * 1 − e^{−H·dt}, H the total hazard) and, for active stages, one for "which" (in proportion to the
 * hazards). Nothing is written to the state here: decisions and quality steps go to pending buffers
 * that apply.ts writes afterwards, so every share and count read is the start-of-tick one.
 *
 * Speed (DESIGN.md §3): static terms are precomputed (buildKernel.ts), counts are incremental, and
 * the "whether" test first compares u with the bounds x − x²/2 ≤ 1 − e^{−x} ≤ x (x = H·dt), so the
 * exponential is computed only for u in that narrow band — the decision is exactly u < 1 − e^{−x}.
 */
import type { Kernel } from './kernel.ts';
import * as stages from './stages.ts';
import * as alea from '../rng/aleaState.ts';
import * as ch from '../events/channels.ts';
import { pickGlobal } from '../drivers/globalChannel.ts';
import { pickNeighbour } from '../drivers/neighbourChannel.ts';
import { pickProvince } from '../drivers/provinceChannel.ts';
import { pickForum } from '../drivers/forumChannel.ts';
import { showProbability } from '../drivers/show.ts';
import { NON_LOCAL_SOURCE_QUALITY, startQuality } from '../drivers/quality.ts';

// Module-local copies: imported bindings may compile to getters (CommonJS interop), too slow here.
const ALEA_A = alea.ALEA_A;
const ALEA_2_32 = alea.ALEA_2_32;
const FLAG_DEMO = stages.FLAG_DEMO;
const FLAG_NAMED = stages.FLAG_NAMED;
const FLAG_SHOW = stages.FLAG_SHOW;
const CH_ENDORSEMENT = ch.CH_ENDORSEMENT;
const CH_EXTERNAL = ch.CH_EXTERNAL;
const CH_FORUM = ch.CH_FORUM;
const CH_GLOBAL = ch.CH_GLOBAL;
const CH_MANDATE = ch.CH_MANDATE;
const CH_NEIGHBOUR = ch.CH_NEIGHBOUR;
const CH_PROVINCE = ch.CH_PROVINCE;

/** u < 1 − e^{−x}, testing the cheap bounds first. */
function fires(u: number, x: number): boolean {
  if (u >= x) return false;
  if (u < x - 0.5 * x * x) return true;
  return u < -Math.expm1(-x);
}

/** Re-adoption never happens (ρ_re = 0), as a tick count. */
export const NEVER = 0x7fffffff;

/**
 * Ticks from entry into stage 6 until the row that shows 6 → 0: geometric on {1, 2, …} with per-tick
 * probability 1 − e^{ρ_re·dt}, by inversion of u ∈ [0,1); lnStay = −ρ_re·dt.
 */
function reentryTicks(u: number, lnStay: number): number {
  if (!(lnStay < 0)) return NEVER;
  const g = 1 + Math.floor(Math.log(1 - u) / lnStay);
  return g < NEVER / 2 ? g : NEVER;
}

export function decide(m: Kernel): void {
  const { N, K, P, dt, province, invDeg, invProvRest, invForumDen, theta, expStatic01, h12Base, h23Base, h34Base } = m;
  const { qGrowth, formBase, muBase, qErode, startTick, stage, quality, flags, endorse, mandate, reward } = m;
  const { visNb, visForum, demoNb, visProv, demoProv, visCount, load, lastTurn, expAX, pairVis, expBE, expLoad } = m;
  const { pm, q, wg, wn, wp, wf, threshold, kth, kM, expBD, betaQ, showKeep, expShow, expNegInst, expNegE } = m;
  const { turnFactor, turnWindow, h52, rhoRe, wake } = m;
  const { pendStart, pendLoc, pendTo, pendChannel, pendSource, pendQ, pendShow, pendWake, qIdx, qVal, demoIdx, qDemo } = m;
  const lnStay = -rhoRe * dt; // ln P(no re-adoption in a tick)
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
  let qc = 0;
  let dc = 0;

  for (let k = 0; k < K; k++) {
    pendStart[k] = pc;
    const base = k * N;
    const kP = k * P;
    const open = tick >= startTick[k];
    const gV = wg * (visCount[k] / N);

    for (let i = 0; i < N; i++) {
      const idx = base + i;
      const s = stage[idx];

      if (s === 0) {
        // — 0 → 1: h01 = (p·media + q·peer)·e^drive + κ_M·mandate —
        if (!open) continue;
        const p = province[i];
        const an = visNb[idx] * invDeg[i];
        const ap = visProv[kP + p] * invProvRest[i];
        const af = (visForum[idx] + pairVis[kP + p]) * invForumDen[i];
        const peer = gV + wn * an + wp * ap + wf * af;
        const peerTerm = threshold ? 1 / (1 + Math.exp(-kth * (peer - theta[i]))) : peer;
        const e = endorse[idx];
        const demo = demoNb[idx] > 0 || demoProv[kP + p] > 0;
        const eDrive = expStatic01[i] * expBE[e] * (demo ? expBD : 1);
        const mand = mandate[idx];
        const h = (pm + q * peerTerm) * eDrive + (mand ? kM : 0);
        const x = h * dt;
        if (!(x > 0)) continue;
        if (!fires((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), x)) continue;

        // channel attribution: the parts add up to h (external and peer use e^{drive − β_E[E]})
        const eD0 = eDrive / expBE[e];
        const qs = threshold ? (peer > 0 ? (q * peerTerm) / peer : 0) : q;
        const wExt = (pm + (threshold && !(peer > 0) ? q * peerTerm : 0)) * eD0;
        const wG = qs * gV * eD0;
        const wN = qs * wn * an * eD0;
        const wP = qs * wp * ap * eD0;
        const wF = qs * wf * af * eD0;
        const wE = (pm + q * peerTerm) * (eDrive - eD0);
        const wM = mand ? kM : 0;
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
        pendQ[pc] = startQuality(source >= 0 ? quality[base + source] : NON_LOCAL_SOURCE_QUALITY);
        pendShow[pc] = m.rngShow() < showProbability(m, idx, i, mand, (flags[idx] & FLAG_NAMED) !== 0 ? 1 : 0) ? 1 : 0;
        pc++;
        continue;
      }

      if (s <= 4) {
        // — active: progression, formalism (→5), abandonment (→6) —
        const f = flags[idx];
        const show = (f & FLAG_SHOW) !== 0;
        const e = endorse[idx];
        const p = province[i];
        let hProg = 0;
        if (s === 1) {
          const demo = demoNb[idx] > 0 || demoProv[kP + p] - ((f & FLAG_DEMO) !== 0 ? 1 : 0) > 0;
          hProg = h12Base[i] * (demo ? expBD : 1);
        } else if (s === 2) {
          hProg = h23Base[i] * reward[idx] * expBE[e] * Math.exp(betaQ * (quality[idx] - 0.5)) * (show ? showKeep : 1);
        } else if (s === 3) {
          hProg = h34Base[i];
        }
        const hForm = formBase[idx] * expLoad[load[i] - 1] * (show ? 2 : 1);
        let mu = muBase[idx] * expAX[kP + p];
        if (show) mu *= expShow;
        if (s >= 3) mu *= expNegInst;
        if (e >= 2) mu *= expNegE;
        if (s < 3 && tick - lastTurn[i] < turnWindow) mu *= turnFactor;

        if (s >= 2) {
          const q0 = quality[idx];
          let q1 = q0 + qGrowth[i] * (1 - q0) - qErode[idx] * q0;
          q1 = Math.fround(q1 < 0 ? 0 : q1 > 1 ? 1 : q1);
          if (q1 !== q0) {
            qIdx[qc] = idx;
            qVal[qc] = q1;
            qc++;
            if (s === 4 && q0 >= qDemo !== q1 >= qDemo) demoIdx[dc++] = idx;
          }
        }

        const H = hProg + hForm + mu;
        const x = H * dt;
        if (!(x > 0) || !fires((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), x)) continue;
        const v = (t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)) * H;
        pendLoc[pc] = i;
        const to = v < hProg ? s + 1 : v < hProg + hForm ? 5 : 6;
        pendTo[pc] = to;
        pendChannel[pc] = 0;
        pendSource[pc] = -1;
        if (to === 6) pendWake[pc] = reentryTicks((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), lnStay);
        pc++;
        continue;
      }

      if (s === 5) {
        // — formal: correction (→2) or abandonment (→6); stage 5 ≥ 3 keeps the institutional protection —
        const f = flags[idx];
        const e = endorse[idx];
        let mu = muBase[idx] * expAX[kP + province[i]] * expNegInst;
        if ((f & FLAG_SHOW) !== 0) mu *= expShow;
        if (e >= 2) mu *= expNegE;
        const H = h52 + mu;
        const x = H * dt;
        if (!(x > 0) || !fires((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), x)) continue;
        const v = (t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)) * H;
        pendLoc[pc] = i;
        const to = v < h52 ? 2 : 6;
        pendTo[pc] = to;
        pendChannel[pc] = 0;
        pendSource[pc] = -1;
        if (to === 6) pendWake[pc] = reentryTicks((t = ALEA_A * s0 + c * ALEA_2_32, s0 = s1, s1 = s2, c = t | 0, (s2 = t - c)), lnStay);
        pc++;
        continue;
      }

      // — terminated: re-adoption (6 → 0) at the tick drawn on entry (constant hazard ρ_re) —
      if (wake[idx] !== tick + 1) continue;
      pendLoc[pc] = i;
      pendTo[pc] = 0;
      pendChannel[pc] = 0;
      pendSource[pc] = -1;
      pc++;
    }
  }
  ts[0] = s0;
  ts[1] = s1;
  ts[2] = s2;
  ts[3] = c;
  pendStart[K] = pc;
  m.pendCount = pc;
  m.qCount = qc;
  m.demoCount = dc;
}
