/**
 * The run's dynamic state before row 0: every locality in stage 0 of every innovation, no flags,
 * no endorsement, mandate or suspension, every innovation's salience fresh at its start, the reward lever over its scope, every cell unscheduled and due at
 * tick 0, fresh streams; and the scratch arrays of a tick. Field meanings: kernel.ts KernelState.
 */
import { REGIONS, URBAN_TYPES } from '../world.ts';
import { createStream } from '../rng/stream.ts';
import { aleaState } from '../rng/aleaState.ts';
import type { GraphIndex } from './graphIndex.ts';
import { NB_STRIDE, NO_LEADER_CHANGE, NB_XMAX, NB_DUE, NB_EM, emWord, type KernelState } from './kernel.ts';
import { STAGE_COUNT } from './stages.ts';
import { UNSCHEDULED } from './thinning.ts';
import { createCalendar } from './dueCalendar.ts';

/**
 * The reward lever per cell (N×K): `reward` on the localities of `scope` (every locality when
 * null) of every innovation, 1 elsewhere; documents multiply into it during the run.
 */
export function initialReward(N: number, K: number, reward: number, scope: Int32Array | null): Float64Array {
  const out = new Float64Array(N * K).fill(1);
  if (reward === 1) return out;
  for (let k = 0; k < K; k++) {
    if (scope) for (const i of scope) out[k * N + i] = reward;
    else out.fill(reward, k * N, (k + 1) * N);
  }
  return out;
}

/**
 * `ineligible`: per cell, 1 where the innovation is no fit for the locality (staticTerms.ts; empty when
 * every cell is eligible); `startTick`: per innovation, the tick it becomes available (its salience is
 * fresh then).
 */
export function createKernelState(graph: GraphIndex, K: number, seed: number, reward: Float64Array, ineligible: Uint8Array, startTick: Int32Array): KernelState {
  const { N, P } = graph;
  const nb = new Int32Array(N * K * NB_STRIDE);
  const nbF = new Float32Array(nb.buffer);
  const anyIneligible = ineligible.length > 0;
  for (let idx = 0, i = 0; idx < N * K; idx++, i = i + 1 === N ? 0 : i + 1) {
    nbF[NB_STRIDE * idx + NB_XMAX] = UNSCHEDULED;
    // E = 0, no mandate, no suspension
    nb[NB_STRIDE * idx + NB_EM] = emWord(0, 0, false, anyIneligible && ineligible[idx] === 1, graph.province[i]);
  }
  const cal = createCalendar(N * K, nb, NB_STRIDE, NB_DUE); // due ticks in the cell records
  // per locality [last leader change, load, next leader change]: one cache line per leader change
  const turnLoad = new Int32Array(3 * N);
  for (let i = 0; i < N; i++) turnLoad[3 * i] = NO_LEADER_CHANGE;
  const turnCal = createCalendar(N, turnLoad, 3, 2);

  // every locality starts in stage 0
  const stageCount = new Int32Array(K * STAGE_COUNT);
  const regionStage = new Int32Array(K * REGIONS.length * STAGE_COUNT);
  const urbanStage = new Int32Array(K * URBAN_TYPES.length * STAGE_COUNT);
  for (let k = 0; k < K; k++) {
    stageCount[k * STAGE_COUNT] = N;
    for (let i = 0; i < N; i++) {
      regionStage[(k * REGIONS.length + graph.region[i]) * STAGE_COUNT]++;
      urbanStage[(k * URBAN_TYPES.length + graph.urbanType[i]) * STAGE_COUNT]++;
    }
  }

  return {
    tick: 0,
    stage: new Uint8Array(N * K),
    quality: new Float32Array(N * K),
    flags: new Uint8Array(N * K),
    endorse: new Uint8Array(N * K),
    mandate: new Uint8Array(N * K),
    suspend: new Float32Array(N * K),
    salienceTick: Int32Array.from(startTick),
    reward,
    fieldVersion: 0,
    firstAdopt: new Int32Array(N * K).fill(-1),
    nb,
    nbF,
    visProv: new Int32Array(P * K),
    provBits: new Int32Array(graph.provWords * K),
    demoProv: new Int32Array(P * K),
    termProv: new Int32Array(P * K),
    instProv: new Int32Array(P * K),
    provEndorsed: new Uint8Array(P * K),
    centreEndorsed: new Uint8Array(K),
    visCount: new Int32Array(K),
    visList: new Int32Array(N * K),
    visPos: new Int32Array(N * K).fill(-1),
    turnLoad,
    stageCount,
    regionStage,
    urbanStage,
    ever: new Int32Array(K),
    everRegion: new Int32Array(K * REGIONS.length),
    everUrban: new Int32Array(K * URBAN_TYPES.length),
    transitionsState: aleaState(seed, 'transitions'),
    schedulesState: aleaState(seed, 'schedules'),
    endorsementState: aleaState(seed, 'endorsement'),
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
}
