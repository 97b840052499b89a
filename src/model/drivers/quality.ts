/**
 * Quality Q ∈ [0,1] of the local version (docs/model.md §6). It starts at 0.3 + 0.5·Q_source when a
 * locality adopts (Q_source = 0.5 when the source is not a locality), is 0.5 for a pilot, and while
 * in stages 2–4 follows dQ/dt = η_Q·(1 − Q)·(r + s)/2 − η_gap·gap·Q — along the exact solution of
 * that linear ODE, evaluated when read (simulation/qualityCells.ts `qualityAt`).
 */
export const START_QUALITY_BASE = 0.3;
export const START_QUALITY_SOURCE_WEIGHT = 0.5;
/** Q_source when the source is not a locality */
export const NON_LOCAL_SOURCE_QUALITY = 0.5;
/** Q of a pilot site (docs/model.md §7) */
export const PILOT_QUALITY = 0.5;

export function startQuality(sourceQuality: number): number {
  return START_QUALITY_BASE + START_QUALITY_SOURCE_WEIGHT * sourceQuality;
}
