/**
 * The kernel's working set: every static term precomputed once per run and every dynamic field,
 * as struct-of-arrays typed arrays (docs/implementation-notes.md, "State layout"). Indices: per locality `i`;
 * per (locality, innovation) `k·N + i`; per (province, innovation) `k·P + p`. Built by buildKernel.ts,
 * advanced by decide.ts (read phase) and apply.ts (write phase). The dynamic state is listed in
 * STORED_ARRAYS, SHARED_ARRAYS and DERIVED_ARRAYS (checkpoint.ts).
 */
import type { Stream } from '../rng/stream.ts';
import type { GraphIndex } from './graphIndex.ts';
import type { Coefficients } from './coefficients.ts';
import type { StaticTerms } from './staticTerms.ts';
import type { Calendar } from './dueCalendar.ts';

/**
 * The kernel: one flat object (decide.ts and the drivers read its fields in the hot loop), built by
 * buildKernel.ts from four parts — the world's graph index (graphIndex.ts, shared by every run on the
 * world), the coefficients (coefficients.ts, from the scenario), the static terms (staticTerms.ts,
 * from world, scenario and seed) and the dynamic state (below; initialState.ts).
 */
export interface Kernel extends GraphIndex, Coefficients, StaticTerms, KernelState {}

/** The dynamic state (checkpointed), the streams and the scratch of one tick. */
export interface KernelState {
  // — dynamic state (checkpointed) —
  tick: number;
  readonly stage: Uint8Array;
  /** Q of every cell at the current row: written from the anchors by qualityCells.ts syncQuality */
  readonly quality: Float32Array;
  readonly flags: Uint8Array;
  readonly endorse: Uint8Array;
  readonly mandate: Uint8Array;
  /** reward lever in rewardScope × every document's reward over its scope (N×K) */
  readonly reward: Float64Array;
  /** strength s ∈ [0, 1] of the suspension covering the cell now (the strongest of those active), 0 when none (N×K) */
  readonly suspend: Float32Array;
  /** per innovation: the tick of the last event that renewed its salience σ_k (its start tick at first) */
  readonly salienceTick: Int32Array;
  /** incremented whenever endorse, mandate, suspend or reward change (checkpoints share unchanged copies) */
  fieldVersion: number;
  /** tick of the first adoption, −1 if never */
  readonly firstAdopt: Int32Array;
  /**
   * One record per cell (N×K × NB_STRIDE int32, 32 bytes: half a cache line) holding what a decision
   * reads besides the stage and the due tick: [NB_STRIDE·idx + NB_VIS] visible adopters (stages 1–4) among i's map
   * neighbours, [+NB_FORUM] among its forum ties (these two are read, and kept exact, only while the
   * cell is in stage 0: neighbourChannel.ts), [+NB_DEMO] demonstration sites among its map
   * neighbours; the schedule (thinning.ts): [+NB_XMAX] the hazard bound x̄ ≥ H·dt of the current
   * schedule as a float32 (read through `nbF`; UNSCHEDULED: draw one at the due tick; float32 so that
   * checkpoints stay small, bounds are rounded up to it); [+NB_LAST], [+NB_LOAD] copies of the
   * locality's last leader change and load (`turnLoad`), exact while the cell is in stages 1–4, their
   * only readers (apply.ts `syncTurnLoad`, drivers/turnover.ts); [+NB_EM] the word `emWord`: a copy of
   * endorsement E, the mandate bit and the suspension bit (the public `endorse`, `mandate` and `suspend`
   * arrays are the truth; drivers/endorsement.ts, mandate.ts and suspension.ts keep the copy in step),
   * the cell's ineligibility (static: drawn at build) and the locality's province index (fixed: a
   * decision about an adopter then needs no line of `loc`).
   */
  readonly nb: Int32Array;
  /** float32 view of `nb` (the NB_XMAX entries) */
  readonly nbF: Float32Array;
  /** per (province, innovation): visible adopters, demonstration sites, terminated, stages 3–4 */
  readonly visProv: Int32Array;
  /** per innovation, per province: a bit per member (by provPos), set while it is visible (stages 1–4) */
  readonly provBits: Int32Array;
  readonly demoProv: Int32Array;
  readonly termProv: Int32Array;
  readonly instProv: Int32Array;
  /** endogenous endorsement: 1 once province p endorsed k; centre[k] likewise */
  readonly provEndorsed: Uint8Array;
  readonly centreEndorsed: Uint8Array;
  /** visible adopters of k: count, and an unordered list with positions (for uniform source draws) */
  readonly visCount: Int32Array;
  readonly visList: Int32Array;
  readonly visPos: Int32Array;
  /**
   * Per locality, 3 entries at 3·i: [0] tick of the last leader change (very negative if none),
   * [1] load, the innovations i runs in stages 1–5, [2] tick of the next leader change (the due
   * ticks of `turnCal`): a leader change reads and writes one record.
   */
  readonly turnLoad: Int32Array;
  /** counts per stage: [k·7 + s], [(k·4 + region)·7 + s], [(k·3 + urban)·7 + s] */
  readonly stageCount: Int32Array;
  readonly regionStage: Int32Array;
  readonly urbanStage: Int32Array;
  readonly ever: Int32Array;
  readonly everRegion: Int32Array;
  readonly everUrban: Int32Array;

  // — streams —
  /** state [s0, s1, s2, c] of the `transitions` alea stream, advanced inline by decide.ts */
  readonly transitionsState: Float64Array;
  /** state of the `endorsement` alea stream: the exemplar rule's draws (drivers/endorsement.ts) */
  readonly endorsementState: Float64Array;
  /** state of the `schedules` alea stream: the first candidate gap of a fresh schedule at a stage change (thinning.ts scheduleFresh) */
  readonly schedulesState: Float64Array;
  rngChannels: Stream;
  rngShow: Stream;
  /** state [s0, s1, s2, c] of the `turnover` alea stream, advanced inline by drivers/turnover.ts */
  readonly turnoverState: Float64Array;

  // — scratch of one tick (not state) —
  /** exp(δ_X·a_X) per (province, innovation), refreshed at the start of each tick */
  readonly expAX: Float64Array;
  /** visible adopters in the partner provinces of p, per (province, innovation) */
  readonly pairVis: Int32Array;
  /** pending transitions of the tick, in (innovation, locality) order; pendStart[k] … pendStart[k+1] */
  readonly pendStart: Int32Array;
  readonly pendLoc: Int32Array;
  readonly pendTo: Uint8Array;
  readonly pendChannel: Uint8Array;
  readonly pendSource: Int32Array;
  readonly pendQ: Float32Array;
  readonly pendShow: Uint8Array;
  /** for a pending → 6: ticks until re-adoption (geometric), or NEVER */
  readonly pendWake: Int32Array;
  pendCount: number;
  /** decide.ts writes what its look-ahead loads add up to, so that the loads are not optimized away */
  prefetchSink: number;
  /** the cells decide.ts looks at this tick (ascending) */
  readonly dueList: Int32Array;
  /** dueCalendar.ts: the cells due in each tick (cal.due is `due`), the localities' next leader change (turnCal.due is `turnLoad`, stride 3, entry 2) */
  readonly cal: Calendar;
  readonly turnCal: Calendar;
  /** localities whose leader changes this tick (scratch) */
  readonly turnList: Int32Array;
  /** bitset of the cells in stages 2–4, whose Q moves (bit idx & 31 of word idx >>> 5): qualityCells.ts */
  readonly qBits: Int32Array;
  /** rows at which optimizing cells cross Q_demo (demonstration status to refresh), by row */
  readonly demoCrossings: Map<number, number[]>;
}

/**
 * Dynamic typed arrays a checkpoint copies every time (with `tick` and the stream states, and the
 * bounds of `nb` as an array `xMax`, and of `turnLoad` the next leader change and the age of the
 * last one — the load is recounted from the stages: checkpoint.ts); of
 * `visList` only each innovation's first visCount[k] entries (the rest is never read). `firstAdopt`
 * is not copied: it is a function of the event log, which a restore truncates to the checkpoint.
 */
export const STORED_ARRAYS = [
  'stage',
  'flags',
  'visProv',
  'demoProv',
  'termProv',
  'instProv',
  'provEndorsed',
  'centreEndorsed',
  'visCount',
  'visList',
  'stageCount',
  'regionStage',
  'urbanStage',
  'ever',
  'everRegion',
  'everUrban',
  'transitionsState',
  'schedulesState',
  'endorsementState',
  'salienceTick',
] as const satisfies readonly (keyof Kernel)[];

/** Dynamic arrays that change only at scripted events and endorsements: copied when `fieldVersion` moved. */
export const SHARED_ARRAYS = ['endorse', 'mandate', 'suspend', 'reward'] as const satisfies readonly (keyof Kernel)[];

/** Dynamic arrays that are functions of the stored ones: recounted on restore, never copied. */
export const DERIVED_ARRAYS = ['nb', 'visPos', 'provBits'] as const satisfies readonly (keyof Kernel)[];

/**
 * Entries per locality of `loc` and their offsets (hot files copy these into local constants).
 * Per locality, LOC_STRIDE entries at LOC_STRIDE·i: [LOC_EXP01] exp(β_T·z(T) + β_S·z(s) + β_R·z(r))
 * (the static part of e^drive), [LOC_INV_DEG] 1/degree (0 without neighbours: a share over an
 * empty set is 0), [LOC_INV_PROV] 1/(province size − 1) (the rest of i's province; 0 for a
 * one-locality province), [LOC_INV_FORUM] 1/(forum ties + localities of partner provinces) (0 when
 * none), [LOC_PROVINCE] i's province index (as a double), [LOC_H12] λ12·exp(β_R·z(r) + β_S·z(s)),
 * [LOC_H23] λ23·exp(β_R·z(r)), [LOC_H34] λ34·exp(β_S·z(s) + β_tol·τ).
 */
export const LOC_STRIDE = 8;
export const LOC_EXP01 = 0;
export const LOC_INV_DEG = 1;
export const LOC_INV_PROV = 2;
export const LOC_INV_FORUM = 3;
export const LOC_PROVINCE = 4;
export const LOC_H12 = 5;
export const LOC_H23 = 6;
export const LOC_H34 = 7;

/**
 * `turnLoad[3i]` (last leader change, a tick) of a locality whose leader has not changed yet: far
 * enough in the past never to count as recent (initialState.ts writes it, checkpoint.ts restores it).
 */
export const NO_LEADER_CHANGE = -0x40000000;

/** Entries per cell of `nb` and their offsets (hot files copy these into local constants). */
export const NB_STRIDE = 8;
export const NB_VIS = 0;
export const NB_FORUM = 1;
export const NB_DEMO = 2;
export const NB_XMAX = 3;
export const NB_EM = 4;
export const NB_LAST = 5;
export const NB_LOAD = 6;
export const NB_DUE = 7;
/** NB_EM bits: endorsement E in the low 8 bits, then one bit each for the mandate, a suspension and ineligibility */
export const EM_MANDATE = 1 << 8;
export const EM_SUSPENDED = 1 << 9;
export const EM_INELIGIBLE = 1 << 10;
/** the bits of NB_EM above those hold the province index */
export const EM_PROVINCE_SHIFT = 11;

/** The NB_EM word of a cell: E | mandate | suspended | ineligible bits | province << EM_PROVINCE_SHIFT. */
export function emWord(endorse: number, mandate: number, suspended: boolean, ineligible: boolean, province: number): number {
  return endorse | (mandate ? EM_MANDATE : 0) | (suspended ? EM_SUSPENDED : 0) | (ineligible ? EM_INELIGIBLE : 0) | (province << EM_PROVINCE_SHIFT);
}

/**
 * Entries per cell of `cell` and their offsets. One record per cell (CELL_STRIDE doubles at CELL_STRIDE·idx, 64 bytes: one cache line) of what a
 * decision about an adopter reads besides `nb`:
 * [CELL_FORM] η0·acc·exp(δ_gap·gap)·(1 − thirdPartyEval), the formalism base;
 * [CELL_ABAND] μ0·exp(δ_gap·gap − δ_S·z(s) − δ_tol·τ), the abandonment base;
 * [CELL_REWARD] a copy of `reward` (applyScriptedFields and restore keep it in step);
 * the quality path of stages 2–4 (qualityCells.ts): [Q_STAR] Q* = g/(g + e), the level Q tends to
 * (0 when g + e = 0), [Q_RATE] (g + e)·dt, its rate of approach per tick, g = η_Q·(r_i + s_i)/2
 * (growth per year at Q = 0), e = η_gap·gap_ik (erosion per year at Q = 1); and its anchor
 * (dynamic, checkpointed as `qRef`/`qTick`): [Q_REF] Q (a float32 value) at row [Q_TICK];
 * [CELL_H_PROG] the locality's progression base for the cell's stage (LOC_H12, LOC_H23, LOC_H34
 * in stages 1, 2, 3, else 0: derived from the stage, written at each stage change and on restore).
 */
export const CELL_STRIDE = 8;
export const CELL_FORM = 0;
export const CELL_ABAND = 1;
export const CELL_REWARD = 2;
export const Q_STAR = 3;
export const Q_RATE = 4;
export const Q_REF = 5;
export const Q_TICK = 6;
export const CELL_H_PROG = 7;
