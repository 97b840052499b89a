import type { Assumptions, Levers } from '../../model/params/keys.ts';
import type { LeverScopes } from '../../model/scenario/types.ts';

/**
 * What the user chose, kept in one place (the next issue serializes it into the URL): the preset, the
 * seed, the innovation shown, and the levers and assumptions changed from the preset's values —
 * only the changes, so a preset update still reaches users who changed nothing else.
 */
export interface AppState {
  presetId: string;
  seed: number;
  /** index into RunInfo.innovations */
  innovation: number;
  /** numeric and boolean levers, and the targeted levers' scopes and named sites */
  levers: Partial<Levers & LeverScopes>;
  params: Partial<Assumptions>;
}

/** The preset the app opens on (the famous case a teacher shows first). */
export const DEFAULT_PRESET = 'fengqiao';
export const DEFAULT_SEED = 1;

export function initialAppState(): AppState {
  return { presetId: DEFAULT_PRESET, seed: DEFAULT_SEED, innovation: 0, levers: {}, params: {} };
}

/**
 * The state with one lever or assumption changed; a value equal to the preset's drops the override
 * (scopes and named-site lists compare by content).
 */
export function withParam(
  state: AppState,
  kind: 'lever' | 'assumption',
  key: string,
  value: unknown,
  presetValue: unknown,
): AppState {
  const field = kind === 'lever' ? 'levers' : 'params';
  const next: Record<string, unknown> = { ...state[field] };
  if (value === presetValue || JSON.stringify(value) === JSON.stringify(presetValue)) delete next[key];
  else next[key] = value;
  return { ...state, [field]: next };
}
