/**
 * The scenario digest (docs/model.md §11): hex SHA-256 of the canonical JSON of the resolved scenario.
 * A run is a function of (app version, digest's scenario, seed); every export carries the digest.
 */
import { sha256Hex } from '../hash/sha256.ts';
import { canonicalJson } from './canonicalJson.ts';
import type { ResolvedScenario } from './types.ts';

export function scenarioDigest(resolved: ResolvedScenario): string {
  return sha256Hex(canonicalJson(digestView(resolved)));
}

/**
 * What the digest covers: the resolved scenario, less parameters added since digests were first
 * published when they hold their default (the show mechanism on), so a scenario written before a
 * switch existed keeps its digest — the run is the same.
 */
function digestView(resolved: ResolvedScenario): ResolvedScenario | object {
  if (resolved.params.showMechanism !== true) return resolved;
  const { showMechanism: _, ...params } = resolved.params;
  return { ...resolved, params };
}
