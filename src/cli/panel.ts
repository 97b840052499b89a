/**
 * The locality-year panel for event-history analysis (docs/cli.md, "Locality-year panel").
 *
 * One row per (innovation, locality, year), from the year the innovation becomes available to the
 * end of the run, sorted by innovation, locality, year. A year y covers ticks (t0, t1] with
 * t0 = sim.tickAt(y), t1 = sim.tickAt(y + 1) (capped at the horizon): the covariates are the state
 * at row t0 (start of the year, as the hazards of the following ticks read it), the outcome comes
 * from the event log of ticks t0+1 … t1.
 *   adopted_this_year  1 if (i,k) moved from stage 0 into a visible stage (1–4, any channel, pilots
 *                      included) during the year
 *   at_risk            1 if (i,k) was in stage 0 at the start of the year (the risk set)
 *   adopted_neighbours visible adopters (stages 1–4) among i's map neighbours at the start of the year
 *   neighbour_share    adopted_neighbours / degree (0 without neighbours, as a_n in docs/model.md §6)
 *   province_share     visible adopters in the rest of i's province / its other localities (a_p)
 *   endorsement, mandate   E_ik (0–3) and mandate_ik (0/1) at the start of the year
 *   resources, social_support   r_i and s_i as the hazards read them (after overrides and levers)
 * Covariates are snapshots taken while the run advances (`createPanelRecorder`), so the panel costs
 * one copy of the stage, endorsement and mandate arrays per simulated year.
 */
import type { Simulation } from '../model/simulation/types.ts';
import type { Cell } from './output/csv.ts';
import type { Table } from './output/table.ts';

export const PANEL_COLUMNS = [
  'locality',
  'province',
  'year',
  'innovation',
  'stage',
  'adopted_this_year',
  'at_risk',
  'adopted_neighbours',
  'neighbour_share',
  'province_share',
  'endorsement',
  'mandate',
  'resources',
  'social_support',
] as const;

interface YearSnapshot {
  year: number;
  /** row whose state the covariates describe */
  tick: number;
  stage: Uint8Array;
  endorsement: Uint8Array;
  mandate: Uint8Array;
}

export interface PanelRecorder {
  /** ticks at which `capture` must be called, ascending (each year's first row) */
  readonly boundaries: readonly number[];
  /** records the simulation's state; call when sim.tickCount is a boundary */
  capture(): void;
  /** the panel, once the run is done */
  table(): Table;
}

export function createPanelRecorder(sim: Simulation): PanelRecorder {
  const { startYear, years } = sim.scenario.time;
  const calendar: { year: number; tick: number }[] = [];
  // Years are whole calendar steps from startYear; a fractional horizon ends with a partial year.
  for (let y = startYear; sim.tickAt(y) < sim.totalTicks && y < startYear + years; y++) calendar.push({ year: y, tick: sim.tickAt(y) });
  const snapshots: YearSnapshot[] = [];

  return {
    boundaries: calendar.map((c) => c.tick),
    capture() {
      const c = calendar[snapshots.length];
      if (!c || c.tick !== sim.tickCount) throw new Error(`panel: capture at tick ${sim.tickCount}, expected ${c?.tick ?? 'none'}`);
      snapshots.push({ ...c, stage: sim.stage.slice(), endorsement: sim.endorsement.slice(), mandate: sim.mandate.slice() });
    },
    table() {
      if (snapshots.length !== calendar.length) throw new Error(`panel: ${snapshots.length} of ${calendar.length} years captured`);
      return panelTable(sim, snapshots);
    },
  };
}

function panelTable(sim: Simulation, snapshots: readonly YearSnapshot[]): Table {
  const { world } = sim;
  const N = sim.n;
  const K = sim.innovationCount;
  const Y = snapshots.length;
  const adj = world.adjOffsets;
  const nbr = world.adjIndices;

  // Adoptions per (k, i, year index): from the log, ticks (t0, t1] of each year.
  const yearOfTick = new Int32Array(sim.totalTicks + 1).fill(-1);
  for (let y = 0; y < Y; y++) {
    const end = y + 1 < Y ? snapshots[y + 1].tick : sim.totalTicks;
    for (let t = snapshots[y].tick + 1; t <= end; t++) yearOfTick[t] = y;
  }
  const adopted = new Uint8Array(K * N * Y);
  const log = sim.events.columns();
  for (let j = 0; j < log.tick.length; j++) {
    const y = yearOfTick[log.tick[j]];
    if (y >= 0 && log.from[j] === 0 && log.to[j] >= 1 && log.to[j] <= 4) adopted[(log.innovation[j] * N + log.locality[j]) * Y + y] = 1;
  }

  // Per-year visible adopters per (province, innovation), for the province share.
  const P = world.provinces.length;
  const provSize = new Int32Array(P);
  for (let i = 0; i < N; i++) provSize[world.province[i]]++;
  const provVisible = snapshots.map((s) => {
    const counts = new Int32Array(K * P);
    for (let k = 0; k < K; k++) for (let i = 0; i < N; i++) if (isVisible(s.stage[k * N + i])) counts[k * P + world.province[i]]++;
    return counts;
  });

  const firstYear = new Int32Array(K);
  sim.scenario.innovations.forEach((inn, k) => {
    const start = sim.tickAt(inn.startYear);
    let y = 0;
    // the first year whose ticks reach the innovation's start tick
    while (y + 1 < Y && snapshots[y + 1].tick <= start) y++;
    firstYear[k] = y;
  });

  const { resources, support } = sim.attributes;
  return {
    columns: PANEL_COLUMNS,
    *rows() {
      const row: Cell[] = new Array(PANEL_COLUMNS.length);
      for (let k = 0; k < K; k++) {
        const id = sim.innovationIds[k];
        for (let i = 0; i < N; i++) {
          const p = world.province[i];
          const degree = adj ? adj[i + 1] - adj[i] : 0;
          const provinceRest = provSize[p] - 1;
          for (let y = firstYear[k]; y < Y; y++) {
            const s = snapshots[y];
            const idx = k * N + i;
            let neighbours = 0;
            if (adj && nbr) for (let e = adj[i]; e < adj[i + 1]; e++) if (isVisible(s.stage[k * N + nbr[e]])) neighbours++;
            const provinceAdopters = provVisible[y][k * P + p] - (isVisible(s.stage[idx]) ? 1 : 0);
            row[0] = world.codes[i];
            row[1] = world.provinces[p].code;
            row[2] = s.year;
            row[3] = id;
            row[4] = s.stage[idx];
            row[5] = adopted[idx * Y + y];
            row[6] = s.stage[idx] === 0 ? 1 : 0;
            row[7] = neighbours;
            row[8] = degree > 0 ? neighbours / degree : 0;
            row[9] = provinceRest > 0 ? provinceAdopters / provinceRest : 0;
            row[10] = s.endorsement[idx];
            row[11] = s.mandate[idx];
            row[12] = resources[i];
            row[13] = support[i];
            yield row;
          }
        }
      }
    },
  };
}

function isVisible(stage: number): boolean {
  return stage >= 1 && stage <= 4;
}
