/**
 * The write phase of a tick: quality steps, scripted events, and the transitions decided by
 * decide.ts, keeping every incremental count (stage counts, peer-channel counts, demonstration sites,
 * load, terminated and institutionalized per province) in step. The event log gets one entry per
 * stage change, in (innovation, locality) order within the tick: decided transitions and scripted
 * stage changes (origins, pilots) are merged by locality, the decided one first.
 */
import type { Kernel } from './kernel.ts';
import * as layout from './kernel.ts';
import type { EventLog } from '../events/eventLog.ts';
import type { MandateSpan, SuspendSpan } from './schedule.ts';
import { REGIONS, URBAN_TYPES } from '../world.ts';
import * as stages from './stages.ts';
import * as ch from '../events/channels.ts';
import { addGlobal } from '../drivers/globalChannel.ts';
import { addNeighbour, recountPeers } from '../drivers/neighbourChannel.ts';
import { addProvince } from '../drivers/provinceChannel.ts';
import { addForum } from '../drivers/forumChannel.ts';
import { refreshDemo } from '../drivers/demoNearby.ts';
import { lowerEndorsement, raiseEndorsement } from '../drivers/endorsement.ts';
import { recomputeMandate } from '../drivers/mandate.ts';
import { recomputeSuspension } from '../drivers/suspension.ts';
import { drawShow } from '../drivers/show.ts';
import { NEVER, UNSCHEDULED, later, rescheduleAll, scheduleFresh, setProgressionBase } from './thinning.ts';
import { anchorQuality, scheduleDemoCrossing, setQuality, takeDemoCrossings } from './qualityCells.ts';
import { setDue } from './dueCalendar.ts';
import { NON_LOCAL_SOURCE_QUALITY, PILOT_QUALITY, startQuality } from '../drivers/quality.ts';

// local copies: imported bindings may compile to getters (CommonJS interop)
const FLAG_EVER = stages.FLAG_EVER;
const FLAG_LAPSED_INST = stages.FLAG_LAPSED_INST;
const FLAG_NAMED = stages.FLAG_NAMED;
const FLAG_SHOW = stages.FLAG_SHOW;
const STAGE_COUNT = stages.STAGE_COUNT;
const CH_ORIGIN = ch.CH_ORIGIN;
const CH_PILOT = ch.CH_PILOT;
const NO_SOURCE = ch.NO_SOURCE;
const CELL = layout.CELL_STRIDE;
const CELL_REWARD = layout.CELL_REWARD;
const NB = layout.NB_STRIDE;
const NB_XMAX = layout.NB_XMAX;
const NB_EM = layout.NB_EM;
const EM_PROVINCE_SHIFT = layout.EM_PROVINCE_SHIFT;
const R = REGIONS.length;
const U = URBAN_TYPES.length;
const visible = (s: number): boolean => s >= 1 && s <= 4;
const running = (s: number): boolean => s >= 1 && s <= 5;
const institutional = (s: number): boolean => s === 3 || s === 4;

/**
 * Moves (i,k) to stage `to` at `tick` and logs it. An adoption (from 0 or 6 into stages 1–4) sets
 * everAdopted, the show flag and the start quality `q0`.
 */
export function setStage(
  m: Kernel,
  log: EventLog,
  k: number,
  i: number,
  to: number,
  channel: number,
  source: number,
  q0: number,
  show: boolean,
  wakeAfter = NEVER,
): void {
  const N = m.N;
  const idx = k * N + i;
  const from = m.stage[idx];
  if (from === to) return;
  anchorQuality(m, idx, to); // Q so far, before the stage (and with it the path) changes
  m.stage[idx] = to;
  const ru = m.regionUrban[i];
  const reg = ru & 15;
  const urb = ru >> 4;
  m.stageCount[k * STAGE_COUNT + from]--;
  m.stageCount[k * STAGE_COUNT + to]++;
  m.regionStage[(k * R + reg) * STAGE_COUNT + from]--;
  m.regionStage[(k * R + reg) * STAGE_COUNT + to]++;
  m.urbanStage[(k * U + urb) * STAGE_COUNT + from]--;
  m.urbanStage[(k * U + urb) * STAGE_COUNT + to]++;

  const wasVisible = visible(from);
  if (wasVisible !== visible(to)) {
    const d = wasVisible ? -1 : 1;
    addGlobal(m, k, i, d);
    addNeighbour(m, k, i, d);
    addProvince(m, k, i, d);
    addForum(m, k, i, d);
  }
  if (to === 0) recountPeers(m, k, i); // counts of visible peers are kept only for stage-0 cells
  const loadMoved = running(from) !== running(to);
  if (loadMoved) m.turnLoad[3 * i + 1] += running(to) ? 1 : -1; // load
  if (loadMoved || (visible(to) && !visible(from))) syncTurnLoad(m, i);
  // the province from the cell record (its line is needed below anyway), not from `province`
  const kp = k * m.P + (m.nb[NB * idx + NB_EM] >>> EM_PROVINCE_SHIFT);
  if (from === 6) m.termProv[kp]--;
  if (to === 6) m.termProv[kp]++;
  if (institutional(from)) m.instProv[kp]--;
  if (institutional(to)) m.instProv[kp]++;
  // abandonment keeps the institutional protection in stage 5 only for what lapsed from stages 3–4
  if (to === 5 && institutional(from)) m.flags[idx] |= FLAG_LAPSED_INST;
  else if (from === 5) m.flags[idx] &= ~FLAG_LAPSED_INST;

  if ((from === 0 || from === 6) && visible(to)) {
    let f = m.flags[idx];
    if ((f & FLAG_EVER) === 0) {
      f |= FLAG_EVER;
      m.ever[k]++;
      m.everRegion[k * R + reg]++;
      m.everUrban[k * U + urb]++;
      m.firstAdopt[idx] = m.tick;
    }
    m.flags[idx] = show ? f | FLAG_SHOW : f & ~FLAG_SHOW;
    setQuality(m, idx, q0);
  }
  if (to === 4) scheduleDemoCrossing(m, idx);
  refreshDemo(m, k, i);
  // a new stage, new hazards: a fresh schedule from the new state; a terminated cell is next looked
  // at by the decision that takes it back to stage 0 (row tick + wakeAfter)
  if (to === 6) {
    m.nbF[NB * idx + NB_XMAX] = UNSCHEDULED;
    setDue(m.cal, idx, wakeAfter === NEVER ? NEVER : later(m.tick, wakeAfter - 1));
  } else {
    setProgressionBase(m, i, idx, to);
    scheduleFresh(m, k, i, idx, to);
  }
  log.append(m.tick, i, k, from, to, channel, source);
}

/**
 * Copies i's last leader change and load into the records of its cells in stages 1–4, the only
 * readers (kernel.ts `nb`, NB_STRIDE 8, NB_LAST 5, NB_LOAD 6): after a load change, and when a cell
 * enters stages 1–4.
 */
function syncTurnLoad(m: Kernel, i: number): void {
  const { N, K, stage, nb, turnLoad } = m;
  const last = turnLoad[3 * i];
  const load = turnLoad[3 * i + 1];
  for (let k = 0; k < K; k++) {
    const idx = k * N + i;
    const s = stage[idx];
    if (s >= 1 && s <= 4) {
      nb[8 * idx + 5] = last;
      nb[8 * idx + 6] = load;
    }
  }
}

/** A scripted stage entry: an origin (seeded in `originStage`) or a pilot (→ stage 2, Q 0.5). Both name the site. */
function seed(m: Kernel, log: EventLog, k: number, i: number, kind: number, originStage: number): void {
  const idx = k * m.N + i;
  m.flags[idx] |= FLAG_NAMED;
  const from = m.stage[idx];
  if (kind === CH_ORIGIN) {
    if (from === 0 || from === 6) setStage(m, log, k, i, originStage, CH_ORIGIN, NO_SOURCE, startQuality(NON_LOCAL_SOURCE_QUALITY), false);
  } else if (from === 0 || from === 6) {
    const show = drawShow(m, idx, i, m.mandate[idx], 1);
    setStage(m, log, k, i, 2, CH_PILOT, NO_SOURCE, PILOT_QUALITY, show);
  } else if (from === 1 || from === 5) {
    setQuality(m, idx, PILOT_QUALITY); // Q is frozen in stages 1 and 5: the anchor carries into stage 2
    setStage(m, log, k, i, 2, CH_PILOT, NO_SOURCE, PILOT_QUALITY, false);
  }
  refreshDemo(m, k, i); // named while already in stages 2–4
}

/**
 * Scripted events of `tick` that change no stage: endorsement, documents, withdrawals, mandates,
 * suspensions, named sites, and the salience renewed by pilot, endorse, document and mandate events.
 */
export function applyScriptedFields(m: Kernel, tick: number, mandates: readonly MandateSpan[][], suspensions: readonly SuspendSpan[][]): void {
  const sched = m.schedule.get(tick);
  if (!sched) return;
  for (const k of sched.renew) m.salienceTick[k] = tick;
  for (const a of sched.endorse) {
    if (a.lower) {
      lowerEndorsement(m, a.k, a.idx, a.level);
      continue;
    }
    raiseEndorsement(m, a.k, a.idx, a.level);
    if (a.reward !== 1) {
      const base = a.k * m.N;
      for (let j = 0; j < a.idx.length; j++) {
        const idx = base + a.idx[j];
        m.reward[idx] *= a.reward;
        m.cell[CELL * idx + CELL_REWARD] = m.reward[idx]; // the cell record's copy
      }
      m.fieldVersion++;
      rescheduleAll(m, a.k, a.idx);
    }
  }
  for (const k of sched.mandate) recomputeMandate(m, k, mandates[k], tick);
  for (const k of sched.suspend) recomputeSuspension(m, k, suspensions[k], tick);
  for (const site of sched.named) {
    for (let k = 0; k < m.K; k++) {
      if (site.k >= 0 && site.k !== k) continue;
      for (let j = 0; j < site.idx.length; j++) {
        m.flags[k * m.N + site.idx[j]] |= FLAG_NAMED;
        refreshDemo(m, k, site.idx[j]);
      }
    }
  }
}

/** Demonstration status of the optimizing localities whose Q crosses Q_demo at row `tick`. */
export function refreshQualityDemo(m: Kernel, tick: number): void {
  const list = takeDemoCrossings(m, tick);
  if (!list) return;
  const N = m.N;
  for (let j = 0; j < list.length; j++) {
    const idx = list[j];
    const k = (idx / N) | 0;
    refreshDemo(m, k, idx - k * N);
  }
}

/** Decided transitions and scripted stage entries of `tick`, merged by (innovation, locality). */
export function applyStages(m: Kernel, log: EventLog, tick: number, originStage: ArrayLike<number>): void {
  const sched = m.schedule.get(tick);
  const { pendStart, pendLoc, pendTo, pendChannel, pendSource, pendQ, pendShow, pendWake } = m;
  for (let k = 0; k < m.K; k++) {
    const seeds = sched ? sched.seeds[k] : null;
    let a = pendStart[k];
    const aEnd = pendStart[k + 1];
    let b = 0;
    const bEnd = seeds ? seeds.loc.length : 0;
    while (a < aEnd || b < bEnd) {
      if (b >= bEnd || (a < aEnd && pendLoc[a] <= seeds!.loc[b])) {
        setStage(m, log, k, pendLoc[a], pendTo[a], pendChannel[a], pendSource[a], pendQ[a], pendShow[a] === 1, pendWake[a]);
        a++;
      } else {
        seed(m, log, k, seeds!.loc[b], seeds!.kind[b], originStage[k]);
        b++;
      }
    }
  }
}
