/**
 * World + resolved scenario + seed → a Kernel with every static term precomputed and the dynamic
 * state empty (every locality in stage 0). createSimulation then applies tick 0's scripted events
 * (origins, pilots, endorsements …) to form row 0.
 */
import type { World, AttributeId } from '../world.ts';
import { REGIONS, URBAN_TYPES } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { createStream } from '../rng/stream.ts';
import { aleaState } from '../rng/aleaState.ts';
import { moments, zScores } from '../drivers/zScores.ts';
import { leveredAttributes } from '../drivers/leveredAttributes.ts';
import { gapField } from '../drivers/gap.ts';
import { drawThresholds } from '../drivers/thresholds.ts';
import { provincePairs } from '../drivers/pairing.ts';
import { forumTies } from '../drivers/forumTies.ts';
import { applyAttributeOverrides } from '../worlds/attributeOverrides.ts';
import { buildSchedule } from './schedule.ts';
import {
  LOC_EXP01,
  LOC_H12,
  LOC_H23,
  LOC_H34,
  LOC_INV_DEG,
  LOC_INV_FORUM,
  LOC_INV_PROV,
  LOC_STRIDE,
  LOC_PROVINCE,
  NB_STRIDE,
  NO_LEADER_CHANGE,
  NB_XMAX,
  NB_DUE,
  NB_EM,
  emWord,
  CELL_STRIDE,
  CELL_FORM,
  CELL_ABAND,
  CELL_REWARD,
  Q_STAR,
  Q_RATE,
  type Kernel,
} from './kernel.ts';
import { STAGE_COUNT } from './stages.ts';
import { UNSCHEDULED } from './thinning.ts';
import { createCalendar, rebuildCalendar } from './dueCalendar.ts';
import { exp } from '../math/index.ts';
import { isSeed, SEED_TEXT } from '../scenario/seedSchema.ts';

export interface BuiltKernel {
  kernel: Kernel;
  /** attributes after the scenario's overrides (the baseline the z-scores are frozen on) */
  baseline: Record<AttributeId, Float64Array>;
  /** attributes after levers (what the hazards read) */
  effective: Record<AttributeId, Float64Array>;
  mandates: ReturnType<typeof buildSchedule>['mandates'];
}

export function buildKernel(world: World, scenario: ResolvedScenario, seed: number): BuiltKernel {
  if (!isSeed(seed)) throw new Error(`invalid seed: ${seed} (${SEED_TEXT})`);
  if (scenario.world.kind !== world.kind) {
    throw new Error(`scenario world.kind is '${scenario.world.kind}' but the world given is '${world.kind}'`);
  }
  const { dt } = scenario.time;
  if (!(dt > 0 && dt <= 1)) throw new Error(`invalid time.dt: ${dt} (allowed 0–1 years, exclusive of 0)`);
  const N = world.n;
  const K = scenario.innovations.length;
  const P = world.provinces.length;
  const a = scenario.params;
  const lv = scenario.levers;

  const baseline = applyAttributeOverrides(world, scenario.world.attributes);
  const schedule = buildSchedule(world, scenario, baseline);
  const eff = leveredAttributes(baseline, lv, schedule.transferScope);
  const zT = zScores(eff.pressure, moments(baseline.pressure));
  const zS = zScores(eff.support, moments(baseline.support));
  const zR = zScores(eff.resources, moments(baseline.resources));
  const tau = lv.tolerance;

  // — graph and hierarchy —
  const adjOff = world.adjOffsets ?? new Int32Array(N + 1);
  const adjIdx = world.adjIndices ?? new Int32Array(0);
  const invDeg = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const d = adjOff[i + 1] - adjOff[i];
    invDeg[i] = d > 0 ? 1 / d : 0;
  }
  const provSize = new Int32Array(P);
  for (let i = 0; i < N; i++) provSize[world.province[i]]++;
  const provOff = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) provOff[p + 1] = provOff[p] + provSize[p];
  const provMembers = new Int32Array(N);
  const fill = provOff.slice(0, P);
  for (let i = 0; i < N; i++) provMembers[fill[world.province[i]]++] = i;
  const provPos = new Int32Array(N);
  for (let p = 0; p < P; p++) for (let e = provOff[p]; e < provOff[p + 1]; e++) provPos[provMembers[e]] = e - provOff[p];
  const provWordOff = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) provWordOff[p + 1] = provWordOff[p] + ((provSize[p] + 31) >>> 5);
  const invProvRest = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const rest = provSize[world.province[i]] - 1;
    invProvRest[i] = rest > 0 ? 1 / rest : 0;
  }
  const pairs = provincePairs(world, baseline.resources, lv.pairing);
  const ties = forumTies(N, lv.forumTies, world.province, pairs, seed);
  const invForumDen = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let den = ties.offsets[i + 1] - ties.offsets[i];
    const p = world.province[i];
    for (let e = pairs.offsets[p]; e < pairs.offsets[p + 1]; e++) den += provSize[pairs.partners[e]];
    invForumDen[i] = den > 0 ? 1 / den : 0;
  }

  // — static driver terms —
  const expStatic01 = new Float64Array(N);
  const h12Base = new Float64Array(N);
  const h23Base = new Float64Array(N);
  const h34Base = new Float64Array(N);
  const qGrowthOf = new Float64Array(N);
  const muStatic = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    expStatic01[i] = exp(a.betaT * zT[i] + a.betaS * zS[i] + a.betaR * zR[i]);
    h12Base[i] = a.lambda12 * exp(a.betaR * zR[i] + a.betaS * zS[i]);
    h23Base[i] = a.lambda23 * exp(a.betaR * zR[i]);
    h34Base[i] = a.lambda34 * exp(a.betaS * zS[i] + a.betaTol * tau);
    qGrowthOf[i] = (a.etaQ * (eff.resources[i] + eff.support[i])) / 2; // per year
    muStatic[i] = a.mu0 * exp(-a.deltaS * zS[i] - a.deltaTol * tau);
  }
  // θ_i is read only by the threshold shape; its stream is its own, so not drawing it otherwise
  // shifts no other draw
  const theta = a.peerShape === 'threshold' ? drawThresholds(N, a.thresholdMean, a.thresholdSd, seed) : new Float64Array(0);
  const loc = new Float64Array(N * LOC_STRIDE);
  for (let i = 0; i < N; i++) {
    const at = LOC_STRIDE * i;
    loc[at + LOC_EXP01] = expStatic01[i];
    loc[at + LOC_INV_DEG] = invDeg[i];
    loc[at + LOC_INV_PROV] = invProvRest[i];
    loc[at + LOC_INV_FORUM] = invForumDen[i];
    loc[at + LOC_PROVINCE] = world.province[i];
    loc[at + LOC_H12] = h12Base[i];
    loc[at + LOC_H23] = h23Base[i];
    loc[at + LOC_H34] = h34Base[i];
  }
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
  const reward = new Float64Array(N * K).fill(1);
  if (lv.reward !== 1) {
    for (let k = 0; k < K; k++) {
      if (schedule.rewardScope) for (const i of schedule.rewardScope) reward[k * N + i] = lv.reward;
      else reward.fill(lv.reward, k * N, (k + 1) * N);
    }
  }
  for (let idx = 0; idx < N * K; idx++) cell[CELL_STRIDE * idx + CELL_REWARD] = reward[idx];
  const expLoad = new Float64Array(Math.max(1, K));
  for (let l = 0; l < expLoad.length; l++) expLoad[l] = exp(a.deltaLoad * l * (1 - lv.burdenReduction));

  const nb = new Int32Array(N * K * NB_STRIDE);
  const nbF = new Float32Array(nb.buffer);
  for (let idx = 0, i = 0; idx < N * K; idx++, i = i + 1 === N ? 0 : i + 1) {
    nbF[NB_STRIDE * idx + NB_XMAX] = UNSCHEDULED;
    nb[NB_STRIDE * idx + NB_EM] = emWord(0, 0, world.province[i]); // E = 0, no mandate
  }
  const cal = createCalendar(N * K, nb, NB_STRIDE, NB_DUE); // due ticks in the cell records
  // per locality [last leader change, load, next leader change]: one cache line per leader change
  const turnLoad = new Int32Array(3 * N);
  for (let i = 0; i < N; i++) turnLoad[3 * i] = NO_LEADER_CHANGE;
  const turnCal = createCalendar(N, turnLoad, 3, 2);

  const kernel: Kernel = {
    N,
    K,
    totalTicks: Math.round(scenario.time.years / dt),
    P,
    dt,
    turnWindow: Math.ceil(1 / dt - 1e-9),
    province: world.province,
    region: world.region,
    urbanType: world.urbanType,
    regionUrban: Uint8Array.from(world.region, (r, i) => r | (world.urbanType[i] << 4)),
    adjOff,
    adjIdx,
    provOff,
    provMembers,
    provSize,
    provPos,
    provWordOff,
    provWords: provWordOff[P],
    pairOff: pairs.offsets,
    pairIdx: pairs.partners,
    tieOff: ties.offsets,
    tieIdx: ties.indices,
    loc,
    theta,
    zT,
    cell,
    gap,
    startTick: schedule.startTick,
    pm: a.p * lv.media,
    q: a.q,
    wg: a.omegaGlobal,
    wn: a.omegaNeighbour,
    wp: a.omegaProvince,
    wf: a.omegaForum,
    threshold: a.peerShape === 'threshold',
    kth: a.kappaTh,
    kM: a.kappaM,
    expBE: Float64Array.of(1, exp(a.betaE1), exp(a.betaE2), exp(a.betaE3)),
    expBD: exp(a.betaD),
    betaQ: a.betaQ,
    showKeep: 1 - a.psiShow,
    expShow: exp(a.deltaShow),
    expNegInst: exp(-a.deltaInst),
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
    schedule: schedule.ticks,

    tick: 0,
    stage: new Uint8Array(N * K),
    quality: new Float32Array(N * K),
    flags: new Uint8Array(N * K),
    endorse: new Uint8Array(N * K),
    mandate: new Uint8Array(N * K),
    reward,
    fieldVersion: 0,
    firstAdopt: new Int32Array(N * K).fill(-1),
    nb,
    nbF,
    visProv: new Int32Array(P * K),
    provBits: new Int32Array(provWordOff[P] * K),
    demoProv: new Int32Array(P * K),
    termProv: new Int32Array(P * K),
    instProv: new Int32Array(P * K),
    provEndorsed: new Uint8Array(P * K),
    centreEndorsed: new Uint8Array(K),
    visCount: new Int32Array(K),
    visList: new Int32Array(N * K),
    visPos: new Int32Array(N * K).fill(-1),
    turnLoad,
    stageCount: new Int32Array(K * STAGE_COUNT),
    regionStage: new Int32Array(K * REGIONS.length * STAGE_COUNT),
    urbanStage: new Int32Array(K * URBAN_TYPES.length * STAGE_COUNT),
    ever: new Int32Array(K),
    everRegion: new Int32Array(K * REGIONS.length),
    everUrban: new Int32Array(K * URBAN_TYPES.length),
    transitionsState: aleaState(seed, 'transitions'),
    schedulesState: aleaState(seed, 'schedules'),
    rngChannels: createStream(seed, 'channels'),
    rngShow: createStream(seed, 'show'),
    turnoverState: aleaState(seed, 'turnover'),

    expAX: new Float64Array(P * K).fill(1),
    pairVis: new Int32Array(P * K),
    pendStart: new Int32Array(K + 1),
    pendLoc: new Int32Array(N * K),
    pendTo: new Uint8Array(N * K),
    pendChannel: new Uint8Array(N * K),
    pendSource: new Int32Array(N * K),
    pendQ: new Float32Array(N * K),
    pendShow: new Uint8Array(N * K),
    pendWake: new Int32Array(N * K),
    pendCount: 0,
    dueList: new Int32Array(N * K),
    cal,
    turnCal,
    turnList: new Int32Array(N),
    qBits: new Int32Array((N * K + 31) >>> 5),
    demoCrossings: new Map(),
    prefetchSink: 0,
  };
  // every locality starts in stage 0
  for (let k = 0; k < K; k++) {
    kernel.stageCount[k * STAGE_COUNT] = N;
    for (let i = 0; i < N; i++) {
      kernel.regionStage[(k * REGIONS.length + world.region[i]) * STAGE_COUNT]++;
      kernel.urbanStage[(k * URBAN_TYPES.length + world.urbanType[i]) * STAGE_COUNT]++;
    }
  }
  rebuildCalendar(cal, 0); // every cell is due at tick 0 (unscheduled)
  return { kernel, baseline, effective: eff, mandates: schedule.mandates };
}
