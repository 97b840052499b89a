/**
 * The run's static terms: what the hazards read that depends on the world, the scenario (levered
 * attributes and their frozen z-scores, the gaps, the scripted schedule) and the seed (forum ties,
 * thresholds), fixed for the whole run. Layouts of `loc` and `cell`: kernel.ts.
 */
import type { World, AttributeId } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { moments, zScores } from '../drivers/zScores.ts';
import { leveredAttributes } from '../drivers/leveredAttributes.ts';
import { gapField } from '../drivers/gap.ts';
import { drawThresholds } from '../drivers/thresholds.ts';
import { drawIneligible } from '../drivers/eligibility.ts';
import { latentInnovativeness } from '../drivers/latentInnovativeness.ts';
import { provincePairs } from '../drivers/pairing.ts';
import { forumTies } from '../drivers/forumTies.ts';
import { applyAttributeOverrides } from '../worlds/attributeOverrides.ts';
import { buildSchedule, type ScheduledTick } from './schedule.ts';
import type { GraphIndex } from './graphIndex.ts';
import { LOC_EXP01, LOC_H12, LOC_H23, LOC_H34, LOC_INV_DEG, LOC_INV_FORUM, LOC_INV_PROV, LOC_PROVINCE, LOC_STRIDE, CELL_STRIDE, CELL_FORM, CELL_ABAND, Q_STAR, Q_RATE } from './kernel.ts';
import { exp } from '../math/index.ts';

export interface StaticTerms {
  /** east–west pairing: partner provinces per province (CSR) */
  readonly pairOff: Int32Array;
  readonly pairIdx: Int32Array;
  /** forum ties (CSR, symmetric) */
  readonly tieOff: Int32Array;
  readonly tieIdx: Int32Array;
  /** per-locality terms, LOC_STRIDE entries each (kernel.ts) */
  readonly loc: Float64Array;
  /** θ_i with the threshold peer shape (N), else empty */
  readonly theta: Float64Array;
  readonly zT: Float64Array;
  /**
   * One record per cell, CELL_STRIDE entries each (kernel.ts): the static slots (CELL_FORM,
   * CELL_ABAND, Q_STAR, Q_RATE) are filled here; the others are state, written by the run.
   */
  readonly cell: Float64Array;
  /** gap_ik (N×K) */
  readonly gap: Float64Array;
  /** 1 where innovation k is no fit for locality i (N×K, drivers/eligibility.ts); empty when all are eligible */
  readonly ineligible: Uint8Array;
  /** first tick at which innovation k is available (0 → 1 hazards are 0 before) */
  readonly startTick: Int32Array;
  /** the scripted events by tick */
  readonly schedule: Map<number, ScheduledTick>;
}

export interface BuiltTerms {
  terms: StaticTerms;
  /** attributes after the scenario's overrides (the baseline the z-scores are frozen on) */
  baseline: Record<AttributeId, Float64Array>;
  /** attributes after levers (what the hazards read) */
  effective: Record<AttributeId, Float64Array>;
  schedule: ReturnType<typeof buildSchedule>;
}

export function buildStaticTerms(world: World, scenario: ResolvedScenario, seed: number, graph: GraphIndex): BuiltTerms {
  const { N, provSize } = graph;
  const K = scenario.innovations.length;
  const { dt } = scenario.time;
  const a = scenario.params;
  const lv = scenario.levers;

  const baseline = applyAttributeOverrides(world, scenario.world.attributes);
  const schedule = buildSchedule(world, scenario, baseline);
  const eff = leveredAttributes(baseline, lv, schedule.transferScope);
  const zT = zScores(eff.pressure, moments(baseline.pressure));
  const zS = zScores(eff.support, moments(baseline.support));
  const zR = zScores(eff.resources, moments(baseline.resources));
  const tau = lv.tolerance;

  // — pairing and forum ties (levers, seed) —
  const pairs = provincePairs(world, baseline.resources, lv.pairing);
  const ties = forumTies(N, lv.forumTies, world.province, pairs, seed);
  const invForumDen = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let den = ties.offsets[i + 1] - ties.offsets[i];
    const p = world.province[i];
    for (let e = pairs.offsets[p]; e < pairs.offsets[p + 1]; e++) den += provSize[pairs.partners[e]];
    invForumDen[i] = den > 0 ? 1 / den : 0;
  }

  // latent innovativeness enters the drive only with β_L ≠ 0: not drawn otherwise (it is the world's,
  // from the attribute seed, so drawing it or not shifts no draw of the run)
  const attributeSeed = scenario.world.attributeSeed ?? 1;
  const zL = a.betaL !== 0 ? latentInnovativeness(N, attributeSeed) : null;

  // — per locality —
  const qGrowthOf = new Float64Array(N);
  const muStatic = new Float64Array(N);
  const loc = new Float64Array(N * LOC_STRIDE);
  for (let i = 0; i < N; i++) {
    const at = LOC_STRIDE * i;
    const drive = a.betaT * zT[i] + a.betaS * zS[i] + a.betaR * zR[i];
    loc[at + LOC_EXP01] = exp(zL ? drive + a.betaL * zL[i] : drive);
    loc[at + LOC_INV_DEG] = graph.invDeg[i];
    loc[at + LOC_INV_PROV] = graph.invProvRest[i];
    loc[at + LOC_INV_FORUM] = invForumDen[i];
    loc[at + LOC_PROVINCE] = world.province[i];
    loc[at + LOC_H12] = a.lambda12 * exp(a.betaR * zR[i] + a.betaS * zS[i]);
    loc[at + LOC_H23] = a.lambda23 * exp(a.betaR * zR[i]);
    loc[at + LOC_H34] = a.lambda34 * exp(a.betaS * zS[i] + a.betaTol * tau);
    qGrowthOf[i] = (a.etaQ * (eff.resources[i] + eff.support[i])) / 2; // per year
    muStatic[i] = a.mu0 * exp(-a.deltaS * zS[i] - a.deltaTol * tau);
  }
  // θ_i is read only by the threshold shape; its stream is its own, so not drawing it otherwise
  // shifts no other draw
  const theta = a.peerShape === 'threshold' ? drawThresholds(N, a.thresholdMean, a.thresholdSd, seed) : new Float64Array(0);

  // — per cell —
  const gap = gapField(scenario.innovations, eff.resources, eff.digital);
  const cell = new Float64Array(CELL_STRIDE * N * K); // anchors Q_REF, Q_TICK start at 0
  const formScale = a.eta0 * lv.acc * (1 - lv.thirdPartyEval);
  for (let idx = 0, i = 0; idx < N * K; idx++, i = i + 1 === N ? 0 : i + 1) {
    const eg = exp(a.deltaGap * gap[idx]);
    cell[CELL_STRIDE * idx + CELL_FORM] = formScale * eg; // formalism base
    cell[CELL_STRIDE * idx + CELL_ABAND] = muStatic[i] * eg; // abandonment base
    // dQ/dt = g(1 − Q) − eQ: Q tends to Q* = g/(g + e) at rate g + e per year (qualityCells.ts)
    const g = qGrowthOf[i];
    const ge = g + a.etaGap * gap[idx];
    cell[CELL_STRIDE * idx + Q_STAR] = ge > 0 ? g / ge : 0;
    cell[CELL_STRIDE * idx + Q_RATE] = ge * dt;
  }
  const terms: StaticTerms = {
    pairOff: pairs.offsets,
    pairIdx: pairs.partners,
    tieOff: ties.offsets,
    tieIdx: ties.indices,
    loc,
    theta,
    zT,
    cell,
    gap,
    ineligible: drawIneligible(N, scenario.innovations.map((inn) => inn.potential ?? 1), seed),
    startTick: schedule.startTick,
    schedule: schedule.ticks,
  };
  return { terms, baseline, effective: eff, schedule };
}
