import type { Simulation } from '../model/simulation/types.ts';

/**
 * For the landscape view: per locality, for innovation k, its stage now, the tick it first adopted
 * (−1 if it never has; an adoption is a move from "not adopted" (0) or "terminated" (6) into one of
 * the active stages 1–4, origin seeding included — the same rule as the tooltip's "learned") and its
 * quality Q ∈ [0, 1] now. The first-adoption ticks are the ones the simulation keeps
 * (`firstAdoptionTick`, restored from the event log on a seek), copied: the result is transferred.
 */
export function landscapeData(sim: Simulation, k: number): { stage: Uint8Array; firstAdopted: Int32Array; quality: Float32Array } {
  if (!Number.isInteger(k) || k < 0 || k >= sim.innovationCount) {
    throw new Error(`invalid innovation index: ${k} (allowed 0–${sim.innovationCount - 1})`);
  }
  const from = k * sim.n;
  const to = from + sim.n;
  return { stage: sim.stage.slice(from, to), firstAdopted: sim.firstAdoptionTick.slice(from, to), quality: sim.quality.slice(from, to) };
}
