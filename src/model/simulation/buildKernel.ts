/**
 * World + resolved scenario + seed → a Kernel with every static term precomputed and the dynamic
 * state empty (every locality in stage 0), from its four parts: the world's graph index (cached per
 * world), the coefficients, the static terms and the initial state (kernel.ts). createSimulation then applies tick 0's scripted events
 * (origins, pilots, endorsements …) to form row 0.
 */
import type { World, AttributeId } from '../world.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import type { buildSchedule } from './schedule.ts';
import { CELL_STRIDE, CELL_REWARD, type Kernel } from './kernel.ts';
import { graphIndexOf } from './graphIndex.ts';
import { buildCoefficients } from './coefficients.ts';
import { buildStaticTerms } from './staticTerms.ts';
import { createKernelState, initialReward } from './initialState.ts';
import { rebuildCalendar } from './dueCalendar.ts';
import { isSeed, SEED_TEXT } from '../scenario/seedSchema.ts';

export interface BuiltKernel {
  kernel: Kernel;
  /** attributes after the scenario's overrides (the baseline the z-scores are frozen on) */
  baseline: Record<AttributeId, Float64Array>;
  /** attributes after levers (what the hazards read) */
  effective: Record<AttributeId, Float64Array>;
  mandates: ReturnType<typeof buildSchedule>['mandates'];
  suspensions: ReturnType<typeof buildSchedule>['suspensions'];
}

export function buildKernel(world: World, scenario: ResolvedScenario, seed: number): BuiltKernel {
  if (!isSeed(seed)) throw new Error(`invalid seed: ${seed} (${SEED_TEXT})`);
  if (scenario.world.kind !== world.kind) {
    throw new Error(`scenario world.kind is '${scenario.world.kind}' but the world given is '${world.kind}'`);
  }
  const { dt } = scenario.time;
  if (!(dt > 0 && dt <= 1)) throw new Error(`invalid time.dt: ${dt} (allowed 0–1 years, exclusive of 0)`);
  const graph = graphIndexOf(world);
  const coefficients = buildCoefficients(scenario);
  const { terms, baseline, effective, schedule } = buildStaticTerms(world, scenario, seed, graph);
  const N = graph.N;
  const K = coefficients.K;
  const reward = initialReward(N, K, scenario.levers.reward, schedule.rewardScope);
  for (let idx = 0; idx < N * K; idx++) terms.cell[CELL_STRIDE * idx + CELL_REWARD] = reward[idx];
  const state = createKernelState(graph, K, seed, reward, terms.ineligible, terms.startTick);
  // Every field named in one object literal: V8 then keeps them all in the object itself, at fixed
  // offsets. Spreading the parts ({ ...graph, ...coefficients, … }) gives the same fields, but most
  // of them in a separate property store, and the kernel ran about 1.5× slower (China and lattice
  // benchmarks, CPU time).
  const kernel: Kernel = {
    N: graph.N,
    P: graph.P,
    province: graph.province,
    region: graph.region,
    urbanType: graph.urbanType,
    regionUrban: graph.regionUrban,
    adjOff: graph.adjOff,
    adjIdx: graph.adjIdx,
    invDeg: graph.invDeg,
    provOff: graph.provOff,
    provMembers: graph.provMembers,
    provSize: graph.provSize,
    provPos: graph.provPos,
    provWordOff: graph.provWordOff,
    provWords: graph.provWords,
    invProvRest: graph.invProvRest,
    K: coefficients.K,
    totalTicks: coefficients.totalTicks,
    dt: coefficients.dt,
    turnWindow: coefficients.turnWindow,
    pK: coefficients.pK,
    qK: coefficients.qK,
    salienceDecay: coefficients.salienceDecay,
    wg: coefficients.wg,
    wn: coefficients.wn,
    wp: coefficients.wp,
    wf: coefficients.wf,
    threshold: coefficients.threshold,
    neighbourBound: coefficients.neighbourBound,
    adoptersFixed: coefficients.adoptersFixed,
    kth: coefficients.kth,
    kM: coefficients.kM,
    expBE: coefficients.expBE,
    expBD: coefficients.expBD,
    betaQ: coefficients.betaQ,
    showKeep: coefficients.showKeep,
    expShow: coefficients.expShow,
    expNegInst: coefficients.expNegInst,
    expNegInst5: coefficients.expNegInst5,
    betaQ5: coefficients.betaQ5,
    muSusp: coefficients.muSusp,
    gammaUnfit: coefficients.gammaUnfit,
    expNegE: coefficients.expNegE,
    expLoad: coefficients.expLoad,
    expLoadMax: coefficients.expLoadMax,
    deltaX: coefficients.deltaX,
    expAXMax: coefficients.expAXMax,
    turnFactor: coefficients.turnFactor,
    h52: coefficients.h52,
    rhoRe: coefficients.rhoRe,
    rhoTurn: coefficients.rhoTurn,
    showOn: coefficients.showOn,
    gamma0: coefficients.gamma0,
    gammaT: coefficients.gammaT,
    gammaM: coefficients.gammaM,
    gammaN: coefficients.gammaN,
    gammaGap: coefficients.gammaGap,
    acc: coefficients.acc,
    qDemo: coefficients.qDemo,
    endogenous: coefficients.endogenous,
    thetaP: coefficients.thetaP,
    nC: coefficients.nC,
    provinceEndorseProb: coefficients.provinceEndorseProb,
    centreEndorseProb: coefficients.centreEndorseProb,
    pairOff: terms.pairOff,
    pairIdx: terms.pairIdx,
    tieOff: terms.tieOff,
    tieIdx: terms.tieIdx,
    loc: terms.loc,
    theta: terms.theta,
    zT: terms.zT,
    cell: terms.cell,
    gap: terms.gap,
    ineligible: terms.ineligible,
    startTick: terms.startTick,
    schedule: terms.schedule,
    tick: state.tick,
    stage: state.stage,
    quality: state.quality,
    flags: state.flags,
    endorse: state.endorse,
    mandate: state.mandate,
    suspend: state.suspend,
    salienceTick: state.salienceTick,
    reward: state.reward,
    fieldVersion: state.fieldVersion,
    firstAdopt: state.firstAdopt,
    nb: state.nb,
    nbF: state.nbF,
    visProv: state.visProv,
    provBits: state.provBits,
    demoProv: state.demoProv,
    termProv: state.termProv,
    instProv: state.instProv,
    provEndorsed: state.provEndorsed,
    centreEndorsed: state.centreEndorsed,
    visCount: state.visCount,
    visList: state.visList,
    visPos: state.visPos,
    turnLoad: state.turnLoad,
    stageCount: state.stageCount,
    regionStage: state.regionStage,
    urbanStage: state.urbanStage,
    ever: state.ever,
    everRegion: state.everRegion,
    everUrban: state.everUrban,
    transitionsState: state.transitionsState,
    schedulesState: state.schedulesState,
    endorsementState: state.endorsementState,
    rngChannels: state.rngChannels,
    rngShow: state.rngShow,
    turnoverState: state.turnoverState,
    expAX: state.expAX,
    pairVis: state.pairVis,
    pendStart: state.pendStart,
    pendLoc: state.pendLoc,
    pendTo: state.pendTo,
    pendChannel: state.pendChannel,
    pendSource: state.pendSource,
    pendQ: state.pendQ,
    pendShow: state.pendShow,
    pendWake: state.pendWake,
    pendCount: state.pendCount,
    dueList: state.dueList,
    cal: state.cal,
    turnCal: state.turnCal,
    turnList: state.turnList,
    qBits: state.qBits,
    demoCrossings: state.demoCrossings,
    prefetchSink: state.prefetchSink,
  };
  rebuildCalendar(kernel.cal, 0); // every cell is due at tick 0 (unscheduled)
  return { kernel, baseline, effective, mandates: schedule.mandates, suspensions: schedule.suspensions };
}
