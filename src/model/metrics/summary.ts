/**
 * The outcome summary of a run at its current tick (docs/model.md §14), per innovation. Figures derive
 * from the state, the metric columns and the event log; docs/implementation-notes.md "Kernel"
 * records the definitions where the design leaves a choice.
 */
import { REGIONS } from '../world.ts';
import type { Kernel } from '../simulation/kernel.ts';
import type { Simulation } from '../simulation/types.ts';
import { CHANNEL_IDS, type ChannelId } from '../events/channels.ts';
import { FLAG_EVER, FLAG_SHOW } from '../simulation/stages.ts';
import { kaplanMeier } from './kaplanMeier.ts';
import { moransI } from './moransI.ts';
import { gini } from './gini.ts';
import { fitBass, type BassFit } from './bassFit.ts';
import { timeToShare } from './timeToShare.ts';

/** Years after adopting at which persistence is measured. */
export const PERSISTENCE_YEARS = 5;
/** Active share for a province to count as reached. */
export const PROVINCE_ACTIVE_SHARE = 0.1;

export interface InnovationSummary {
  id: string;
  /** years from the innovation's start until 10/50/90 % of all localities ever adopted; null if not reached */
  t10: number | null;
  t50: number | null;
  t90: number | null;
  everAdoptedShare: number;
  /** share of localities in stages 1–4 now */
  activeShare: number;
  /** adoption entries (0/6 → active, including origins and pilots) */
  adoptions: number;
  /** time: Kaplan–Meier share of adoption spells still active 5 years after adopting; null if not identified */
  persistence5: number | null;
  /** space: provinces with ≥ 10 % of their localities active */
  provincesActive10: number;
  /** space: Moran's I of first-adoption years over the neighbour graph (adopters only); null if undefined */
  moranI: number | null;
  /** quality: mean Q of active localities; null if none */
  meanQuality: number | null;
  /** share of ever-adopters now in stage 5 (in name only); null if none adopted */
  formalismShare: number | null;
  /** share of ever-adopters whose last adoption was for show; null if none adopted or the show mechanism is off */
  showShare: number | null;
  /** mean capacity/digital gap of ever-adopters; null if none adopted */
  meanGap: number | null;
  /** Gini of the active share across provinces; null if no province is active */
  giniProvinces: number | null;
  /** active share in the East minus active share in the West; null if the world lacks either */
  eastWestGap: number | null;
  /** share of adoption entries per channel (sums to 1 when any adoption happened) */
  channelShares: Record<ChannelId, number>;
  /** Bass p, q fitted to the ever-adopted share curve since the innovation's start */
  bass: BassFit | null;
}

export interface Summary {
  tick: number;
  year: number;
  innovations: InnovationSummary[];
}

export function summarize(sim: Simulation, m: Kernel): Summary {
  const { spellStart, durations, ended, channels } = eventPass(sim, m.N, m.K);
  const innovations = sim.scenario.innovations.map((inn, k) => innovationSummary(sim, m, inn.id, k, spellStart, durations[k], ended[k], channels[k]));
  return { tick: m.tick, year: sim.yearAt(m.tick), innovations };
}

/** What the one pass over the event log finds, per innovation k. */
interface EventPass {
  /** tick at which the open adoption spell of (k, locality) began; −1 when none is open */
  spellStart: Int32Array;
  /** lengths of the closed spells, in ticks (integers: turned into years when read) */
  durations: number[][];
  /** 1 per closed spell (Kaplan–Meier's event indicator) */
  ended: number[][];
  /** adoption entries per channel */
  channels: Float64Array[];
}

/**
 * One pass over the event log: adoption spells (for Kaplan–Meier) and channel counts. A function of
 * its own so that V8's compiled loop ends in a plain return (code after a hot loop that had not run
 * when the loop was compiled made it bail out at the end, run after run), and spell lengths stay in
 * ticks: arrays that only ever hold small integers keep one element kind, where pushing years turned
 * each run's fresh arrays from integer to double elements, a map change that deoptimised the loop
 * again in long sweeps (measured with --trace-deopt). Years are the same product tick count · dt.
 */
function eventPass(sim: Simulation, N: number, K: number): EventPass {
  const spellStart = new Int32Array(N * K).fill(-1);
  const durations: number[][] = Array.from({ length: K }, () => []);
  const ended: number[][] = Array.from({ length: K }, () => []);
  const channels = Array.from({ length: K }, () => new Float64Array(CHANNEL_IDS.length));
  const e = { tick: 0, locality: 0, innovation: 0, from: 0, to: 0, channel: 0, source: 0 };
  for (let j = 0; j < sim.events.length; j++) {
    sim.events.get(j, e);
    const idx = e.innovation * N + e.locality;
    const wasActive = e.from >= 1 && e.from <= 4;
    const isActive = e.to >= 1 && e.to <= 4;
    if ((e.from === 0 || e.from === 6) && isActive) {
      spellStart[idx] = e.tick;
      channels[e.innovation][e.channel]++;
    } else if (wasActive && !isActive && spellStart[idx] >= 0) {
      durations[e.innovation].push(e.tick - spellStart[idx]);
      ended[e.innovation].push(1);
      spellStart[idx] = -1;
    }
  }
  return { spellStart, durations, ended, channels };
}

/**
 * The summary of innovation k, given the spells and channel counts of the event-log pass. A module
 * function, not a closure made in each `summarize` call: V8 optimised that closure again and again
 * in long sweeps (9 optimising compiles of 50–85 ms each over 250 runs in one thread, measured with
 * --trace-opt), work that competes with the runs themselves when every core runs a sweep worker.
 */
function innovationSummary(sim: Simulation, m: Kernel, innovationId: string, k: number, spellStart: Int32Array, durationsK: number[], endedK: number[], channelsK: Float64Array): InnovationSummary {
  const { N, P, dt } = m;
  const tick = m.tick;
  const base = k * N;
  for (let i = 0; i < N; i++) {
    if (spellStart[base + i] >= 0) {
      durationsK.push(tick - spellStart[base + i]);
      endedK.push(0);
    }
  }
  const ever = sim.metrics.column('ever_adopted', k);
  const startTick = Math.min(m.startTick[k], tick);

  let active = 0;
  let qSum = 0;
  let everCount = 0;
  let showCount = 0;
  let gapSum = 0;
  const provActive = new Float64Array(P);
  const regionActive = new Float64Array(REGIONS.length);
  const regionSize = new Float64Array(REGIONS.length);
  const adoptYear = new Float64Array(N);
  const adopted = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const idx = base + i;
    const s = m.stage[idx];
    regionSize[m.region[i]]++;
    if (s >= 1 && s <= 4) {
      active++;
      qSum += m.quality[idx];
      provActive[m.province[i]]++;
      regionActive[m.region[i]]++;
    }
    if (m.flags[idx] & FLAG_EVER) {
      everCount++;
      gapSum += m.gap[idx];
      if (m.flags[idx] & FLAG_SHOW) showCount++;
      adopted[i] = 1;
      adoptYear[i] = sim.yearAt(m.firstAdopt[idx]);
    }
  }
  const provShares: number[] = [];
  let provincesActive10 = 0;
  for (let p = 0; p < P; p++) {
    if (m.provSize[p] === 0) continue;
    const share = provActive[p] / m.provSize[p];
    provShares.push(share);
    if (share >= PROVINCE_ACTIVE_SHARE) provincesActive10++;
  }
  const east = REGIONS.indexOf('east');
  const west = REGIONS.indexOf('west');
  const totalAdoptions = channelsK.reduce((a, b) => a + b, 0);
  const channelShares = Object.fromEntries(
    CHANNEL_IDS.map((id, c) => [id, totalAdoptions > 0 ? channelsK[c] / totalAdoptions : 0]),
  ) as Record<ChannelId, number>;

  const fitT: number[] = [];
  const fitF: number[] = [];
  for (let t = startTick; t <= tick; t++) {
    fitT.push((t - startTick) * dt);
    fitF.push(ever[t] / N);
  }

  return {
    id: innovationId,
    t10: timeToShare(ever, N, 0.1, startTick, dt),
    t50: timeToShare(ever, N, 0.5, startTick, dt),
    t90: timeToShare(ever, N, 0.9, startTick, dt),
    everAdoptedShare: everCount / N,
    activeShare: active / N,
    adoptions: totalAdoptions,
    persistence5: kaplanMeier(yearsOf(durationsK, dt), Uint8Array.from(endedK), PERSISTENCE_YEARS),
    provincesActive10,
    moranI: moransI(adoptYear, adopted, sim.world.adjOffsets, sim.world.adjIndices),
    meanQuality: active > 0 ? qSum / active : null,
    formalismShare: everCount > 0 ? m.stageCount[k * 7 + 5] / everCount : null,
    // undefined where nobody adopted, and where the scenario draws no show flags at all (not 0 %)
    showShare: everCount > 0 && sim.scenario.params.showMechanism ? showCount / everCount : null,
    meanGap: everCount > 0 ? gapSum / everCount : null,
    giniProvinces: gini(provShares),
    eastWestGap:
      regionSize[east] > 0 && regionSize[west] > 0 ? regionActive[east] / regionSize[east] - regionActive[west] / regionSize[west] : null,
    channelShares,
    bass: fitBass(Float64Array.from(fitT), Float64Array.from(fitF)),
  };
}

/** Spell lengths in ticks → years. */
function yearsOf(ticks: readonly number[], dt: number): Float64Array {
  const years = new Float64Array(ticks.length);
  for (let j = 0; j < ticks.length; j++) years[j] = ticks[j] * dt;
  return years;
}
