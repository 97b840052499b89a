/**
 * Stage codes and per-(locality, innovation) flag bits (docs/model.md §2). Labels for display live in
 * the UI's catalogue; the model only needs the codes and their ids.
 */

/** Stage ids by code 0–6. */
export const STAGE_IDS = [
  'none',
  'learning',
  'adapting',
  'institutionalized',
  'optimizing',
  'formal',
  'terminated',
] as const;
export type StageId = (typeof STAGE_IDS)[number];
export const STAGE_COUNT = 7;

export const NONE = 0;
export const LEARNING = 1;
export const ADAPTING = 2;
export const INSTITUTIONALIZED = 3;
export const OPTIMIZING = 4;
export const FORMAL = 5;
export const TERMINATED = 6;

/** Visible to learners and active: stages 1–4. */
export function isActive(stage: number): boolean {
  return stage >= LEARNING && stage <= OPTIMIZING;
}

/** Bits of `Simulation.flags`. */
export const FLAG_EVER = 1; // ever adopted (never cleared)
export const FLAG_SHOW = 2; // adopted for show (亮点打造), drawn at adoption
export const FLAG_NAMED = 4; // named demonstration site (pilot, origin or namedSites lever)
export const FLAG_DEMO = 8; // demonstration site now: active and (named, or optimizing with Q ≥ Q_demo)
export const FLAG_LAPSED_INST = 16; // in stage 5 after lapsing from stages 3–4: abandonment keeps the institutional protection
