/**
 * Checks of a resolved scenario against the world it runs on: every code an origin, a scope or an
 * attribute override names must exist, and a `top` selector cannot ask for more units than there
 * are. Called by whoever builds the world (CLI, service) before the simulation starts:
 *   const issues = scenarioWorldIssues(scenario, world); if (issues.length) throw new ScenarioError(issues);
 */
import type { World } from '../world.ts';
import type { ResolvedScenario, Scope } from './types.ts';
import { invalid, type PathItem, type ScenarioIssue } from './issues.ts';

interface WorldIndex {
  kind: string;
  codes: Set<string>;
  prefectures: Set<string>;
  provinces: Set<string>;
  counts: { locality: number; prefecture: number; province: number };
}

function indexWorld(world: World): WorldIndex {
  return {
    kind: world.kind,
    codes: new Set(world.codes),
    prefectures: new Set(world.prefectures.map((p) => p.code)),
    provinces: new Set(world.provinces.map((p) => p.code)),
    counts: { locality: world.n, prefecture: world.prefectures.length, province: world.provinces.length },
  };
}

function scopeIssues(scope: Scope, at: PathItem[], w: WorldIndex, out: ScenarioIssue[]): void {
  const lists: [keyof Scope, Set<string>, string][] = [
    ['codes', w.codes, 'locality'],
    ['prefectures', w.prefectures, 'prefecture'],
    ['provinces', w.provinces, 'province'],
  ];
  for (const [field, known, what] of lists) {
    (scope[field] as string[] | undefined)?.forEach((code, i) => {
      if (!known.has(code)) out.push(invalid([...at, field, i], code, `no ${what} has this code in the ${w.kind} world`));
    });
  }
  if (scope.top && scope.top.n > w.counts[scope.top.unit]) {
    out.push(invalid([...at, 'top', 'n'], scope.top.n, `allowed at most ${w.counts[scope.top.unit]}: the ${w.kind} world has ${w.counts[scope.top.unit]} ${scope.top.unit} units`));
  }
}

/** Problems of a resolved scenario on a given world; empty when it can run there. */
export function scenarioWorldIssues(s: ResolvedScenario, world: World): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  if (s.world.kind !== world.kind) {
    out.push(invalid(['world', 'kind'], s.world.kind, `the world built for this run is "${world.kind}"`));
    return out;
  }
  const w = indexWorld(world);
  s.innovations.forEach((k, i) => {
    k.origins.forEach((code, j) => {
      if (!w.codes.has(code)) out.push(invalid(['innovations', i, 'origins', j], code, `no locality has this code in the ${w.kind} world`));
    });
    k.events.forEach((e, j) => scopeIssues(e.scope, ['innovations', i, 'events', j, 'scope'], w, out));
  });
  if (s.levers.rewardScope) scopeIssues(s.levers.rewardScope, ['levers', 'rewardScope'], w, out);
  if (s.levers.transferScope) scopeIssues(s.levers.transferScope, ['levers', 'transferScope'], w, out);
  s.levers.namedSites?.forEach((site, i) => scopeIssues(site.scope, ['levers', 'namedSites', i, 'scope'], w, out));
  s.world.attributes?.forEach((a, i) => {
    if (!w.codes.has(a.code)) out.push(invalid(['world', 'attributes', i, 'code'], a.code, `no locality has this code in the ${w.kind} world`));
  });
  return out;
}
