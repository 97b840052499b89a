/**
 * Rules that involve more than one field, checked on the resolved scenario (after defaults):
 * at least one innovation, unique ids, events' `reward` only on `document`, `until` only on
 * `mandate` and `suspend` (required there) and after `year`, `strength` only on `suspend`, level
 * `none` only on `withdraw`, a tick count within the cap, named sites naming a known innovation,
 * no duplicate origins or attribute overrides. Checks against a built world are in worldChecks.ts.
 */
import type { ResolvedScenario } from './types.ts';
import { invalid, missing, type ScenarioIssue } from './issues.ts';
import { MAX_TICKS } from './limits.ts';

/** The number of ticks of a run: round(years / dt) (docs/model.md §5). */
export function tickCount(time: { years: number; dt: number }): number {
  return Math.round(time.years / time.dt);
}

/** Ticks between checkpoints kept every `years` years (> 0): at least one (createSimulation, runMemory.ts). */
export function checkpointTickSpacing(years: number, dt: number): number {
  return Math.max(1, Math.round(years / dt));
}

export function crossFieldIssues(s: ResolvedScenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const ticks = tickCount(s.time);
  if (ticks < 1) issues.push(invalid(['time', 'years'], s.time.years, `allowed at least one tick: years ≥ dt / 2 = ${s.time.dt / 2}`));
  if (ticks > MAX_TICKS) {
    issues.push(invalid(['time', 'dt'], s.time.dt, `years / dt = ${ticks} ticks; allowed at most ${MAX_TICKS} ticks`));
  }

  if (s.innovations.length === 0) {
    issues.push(missing(['innovations'], 'at least one innovation, e.g. {"id": "fengqiao", "complexity": 0.2, "digital": 0.1}'));
  }
  const firstIndex = new Map<string, number>();
  s.innovations.forEach((k, i) => {
    const first = firstIndex.get(k.id);
    if (first !== undefined) issues.push(invalid(['innovations', i, 'id'], k.id, `duplicate of innovations[${first}].id; ids must be unique`));
    else firstIndex.set(k.id, i);

    const seenOrigins = new Map<string, number>();
    k.origins.forEach((code, j) => {
      const firstOrigin = seenOrigins.get(code);
      if (firstOrigin !== undefined) issues.push(invalid(['innovations', i, 'origins', j], code, `duplicate of origins[${firstOrigin}]`));
      else seenOrigins.set(code, j);
    });

    k.events.forEach((e, j) => {
      const at = ['innovations', i, 'events', j];
      if (e.reward !== undefined && e.type !== 'document') {
        issues.push(invalid([...at, 'reward'], e.reward, `only a "document" event takes reward; this event is "${e.type}"`));
      }
      if (e.level === 'none' && e.type !== 'withdraw') {
        issues.push(invalid([...at, 'level'], e.level, `level "none" is allowed only on a "withdraw" event; this "${e.type}" event allows "prefecture", "province" or "central"`));
      }
      if (e.strength !== undefined && e.type !== 'suspend') {
        issues.push(invalid([...at, 'strength'], e.strength, `only a "suspend" event takes strength; this event is "${e.type}"`));
      }
      if (e.until !== undefined) {
        if (e.type !== 'mandate' && e.type !== 'suspend') {
          issues.push(invalid([...at, 'until'], e.until, `only a "mandate" or "suspend" event takes until; this event is "${e.type}"`));
        } else if (!(e.until > e.year)) issues.push(invalid([...at, 'until'], e.until, `allowed > ${e.year}, the event's year`));
      } else if (e.type === 'suspend') {
        issues.push(missing([...at, 'until'], `a "suspend" event needs until: the year the suspension ends (exclusive, > ${e.year})`));
      }
    });
  });

  s.levers.namedSites?.forEach((site, i) => {
    if (site.innovation !== undefined && !firstIndex.has(site.innovation)) {
      const ids = [...firstIndex.keys()].map((x) => JSON.stringify(x)).join(', ');
      issues.push(invalid(['levers', 'namedSites', i, 'innovation'], site.innovation, `no innovation has this id; ids: ${ids || 'none'}`));
    }
  });

  const seenOverrides = new Map<string, number>();
  s.world.attributes?.forEach((a, i) => {
    const key = `${a.code}\u0000${a.attribute}`;
    const first = seenOverrides.get(key);
    if (first !== undefined) {
      issues.push(invalid(['world', 'attributes', i], a, `duplicate of world.attributes[${first}]: same code and attribute`));
    } else seenOverrides.set(key, i);
  });
  return issues;
}
