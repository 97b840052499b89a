/**
 * The targeted levers as the levers panel edits them: where the reward applies (`rewardScope`), who
 * receives transfers (`transferScope`) and the named demonstration sites (`namedSites`). The panel
 * adds and removes whole regions or provinces; whatever else a scenario file put in a scope (codes,
 * prefectures, top-n, urban types) is kept as it is. Every value the panel announces is checked with
 * the scenario file's own lever schema (src/model/scenario/fileSchema.ts), as an imported file would be.
 */
import * as v from 'valibot';
import { leversSchema } from '../../model/scenario/fileSchema.ts';
import type { LeverScopes, Scope } from '../../model/scenario/types.ts';
import { REGIONS, type RegionId } from '../../model/world.ts';

export type ScopedLeverKey = keyof LeverScopes;
export type NamedSite = NonNullable<LeverScopes['namedSites']>[number];

/** One place the panel can pick: a whole region or a whole province (by code). */
export type Target = { kind: 'region'; id: RegionId } | { kind: 'province'; code: string };

/** The picker's value of a target ("region:east", "province:33") and back. */
export function targetValue(t: Target): string {
  return t.kind === 'region' ? `region:${t.id}` : `province:${t.code}`;
}

export function parseTargetValue(text: string): Target | undefined {
  const [kind, rest] = [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)];
  if (kind === 'region') return (REGIONS as readonly string[]).includes(rest) ? { kind, id: rest as RegionId } : undefined;
  if (kind === 'province' && rest !== '') return { kind, code: rest };
  return undefined;
}

/** The regions and provinces a scope lists (its other fields are not targets the panel edits). */
export function scopeTargets(scope: Scope | undefined): Target[] {
  return [
    ...(scope?.regions ?? []).map((id): Target => ({ kind: 'region', id })),
    ...(scope?.provinces ?? []).map((code): Target => ({ kind: 'province', code })),
  ];
}

/** Whether a scope holds anything besides regions and provinces (set in a scenario file). */
export function hasOtherFields(scope: Scope | undefined): boolean {
  return !!scope && Object.keys(scope).some((k) => k !== 'regions' && k !== 'provinces');
}

/** The scope with one more region or province (unchanged when it is already there). */
export function withTarget(scope: Scope | undefined, t: Target): Scope {
  const next: Scope = { ...(scope ?? {}) };
  if (t.kind === 'region') {
    if (!next.regions?.includes(t.id)) next.regions = [...(next.regions ?? []), t.id];
  } else if (!next.provinces?.includes(t.code)) {
    next.provinces = [...(next.provinces ?? []), t.code];
  }
  return next;
}

/**
 * The scope without a region or province; undefined once nothing is left, which means the lever's
 * default (everywhere for the reward, the poorer half for transfers) — not `{}`, which would mean
 * every locality.
 */
export function withoutTarget(scope: Scope | undefined, t: Target): Scope | undefined {
  const next: Scope = { ...(scope ?? {}) };
  if (t.kind === 'region') next.regions = next.regions?.filter((r) => r !== t.id);
  else next.provinces = next.provinces?.filter((p) => p !== t.code);
  if (next.regions?.length === 0) delete next.regions;
  if (next.provinces?.length === 0) delete next.provinces;
  return Object.keys(next).length > 0 ? next : undefined;
}

/** A named-site entry for one region or province from a year (every innovation unless one is given). */
export function namedSite(t: Target, year: number, innovation?: string): NamedSite {
  const scope: Scope = t.kind === 'region' ? { regions: [t.id] } : { provinces: [t.code] };
  return innovation ? { year, scope, innovation } : { year, scope };
}

/**
 * Checks one targeted lever's value with the scenario file's lever schema; returns the schema's
 * first message, or null when the value is valid. `undefined` (the lever's default) is valid.
 */
export function targetedLeverProblem(key: ScopedLeverKey, value: unknown): string | null {
  const result = v.safeParse(leversSchema, value === undefined ? {} : { [key]: value });
  return result.success ? null : result.issues[0].message;
}
