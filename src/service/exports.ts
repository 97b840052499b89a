import type { Simulation } from '../model/simulation/types.ts';
import { APP_VERSION } from '../model/version.ts';
import { eventTable } from './io/eventTable.ts';
import { metricRowsTable } from './io/metricRows.ts';
import { withProvenance, type Provenance } from './io/table.ts';
import { tableText } from './io/tableLines.ts';

/** The provenance every export carries (docs/implementation-notes.md, "Contracts"): seed, scenario digest, app version. */
export function provenance(sim: Simulation, digest: string): Provenance {
  return { seed: sim.seed, digest, version: APP_VERSION };
}

/**
 * The run's metric rows (every tick up to the current one) or its event log as CSV — the same
 * columns and bytes as `idlab run --out/--events` writes for the same scenario, seed and ticks,
 * with the provenance columns and text cells neutralized against spreadsheet formulas.
 */
export function exportCsv(sim: Simulation, kind: 'rows' | 'events', digest: string): string {
  const table = kind === 'rows' ? metricRowsTable(sim) : eventTable(sim);
  return tableText(withProvenance(table, provenance(sim, digest)), 'csv');
}

/**
 * The run's scenario as a self-contained scenario file: the resolved scenario (every default
 * written out, levers and assumptions as changed in the app), which resolves again to the same
 * digest. The seed is not part of a scenario (docs/implementation-notes.md, "Contracts": it is given beside it).
 */
export function exportScenarioJson(sim: Simulation): string {
  return `${JSON.stringify(sim.scenario, null, 2)}\n`;
}

/**
 * For the map's table view: each locality's stage of innovation k and the tick it entered that
 * stage (the last event-log entry of (i, k); 0 if it never changed — the stage of row 0).
 */
export function stageTable(sim: Simulation, k: number): { stage: Uint8Array; since: Int32Array } {
  if (!Number.isInteger(k) || k < 0 || k >= sim.innovationCount) {
    throw new Error(`invalid innovation index: ${k} (allowed 0–${sim.innovationCount - 1})`);
  }
  const n = sim.n;
  const stage = sim.stage.slice(k * n, (k + 1) * n);
  const since = new Int32Array(n);
  const log = sim.events.columns();
  for (let j = 0; j < log.tick.length; j++) {
    if (log.innovation[j] === k) since[log.locality[j]] = log.tick[j];
  }
  return { stage, since };
}
