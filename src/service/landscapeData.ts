import type { Simulation } from '../model/simulation/types.ts';

/**
 * For the landscape view: per locality, for innovation k, its stage now, the tick it first adopted
 * (−1 if it never has; an adoption is an event from "not adopted" (0) or "terminated" (6) into one
 * of the active stages 1–4, origin seeding included — the same rule as the tooltip's "learned"),
 * and its quality Q ∈ [0, 1] now. Read from the event log, the canonical record (docs/model.md §14).
 */
export function landscapeData(sim: Simulation, k: number): { stage: Uint8Array; firstAdopted: Int32Array; quality: Float32Array } {
  if (!Number.isInteger(k) || k < 0 || k >= sim.innovationCount) {
    throw new Error(`invalid innovation index: ${k} (allowed 0–${sim.innovationCount - 1})`);
  }
  const n = sim.n;
  const firstAdopted = new Int32Array(n).fill(-1);
  const log = sim.events.columns();
  for (let j = 0; j < log.tick.length; j++) {
    if (log.innovation[j] !== k) continue;
    const i = log.locality[j];
    const from = log.from[j];
    const to = log.to[j];
    if (firstAdopted[i] < 0 && (from === 0 || from === 6) && to >= 1 && to <= 4) firstAdopted[i] = log.tick[j];
  }
  return { stage: sim.stage.slice(k * n, (k + 1) * n), firstAdopted, quality: sim.quality.slice(k * n, (k + 1) * n) };
}
