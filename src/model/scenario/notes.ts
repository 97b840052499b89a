/**
 * Notes on a valid scenario: values inside the allowed range but outside the plausible one
 * (docs/model.md §8), and settings that will not do what their author may expect.
 */
import { ASSUMPTION_DEFS, LEVER_DEFS, paramDef } from '../params/schema.ts';
import type { NumericDef, ParamDef } from '../params/def.ts';
import { isPlausible, plausibleText } from '../params/ranges.ts';
import type { ResolvedScenario } from './types.ts';
import { formatPath, type ScenarioNote } from './issues.ts';
import { tickCount } from './checks.ts';

function plausibleNote(path: string, value: unknown, def: NumericDef): ScenarioNote {
  return { path, message: `note: ${path} = ${value} is outside the plausible range ${plausibleText(def)} (${def.source})` };
}

function rangeNotes(group: 'params' | 'levers', defs: readonly ParamDef[], values: Record<string, unknown>): ScenarioNote[] {
  const notes: ScenarioNote[] = [];
  for (const def of defs) {
    const value = values[def.key];
    if (def.type === 'number' || def.type === 'integer') {
      // Switching a mechanism off (a rate or effect of 0) is deliberate, not implausible.
      if (def.off !== undefined && value === def.off) continue;
      if (!isPlausible(def, value)) notes.push(plausibleNote(`${group}.${def.key}`, value, def));
    }
  }
  return notes;
}

export function scenarioNotes(s: ResolvedScenario): ScenarioNote[] {
  const notes = [
    ...rangeNotes('params', ASSUMPTION_DEFS, s.params as unknown as Record<string, unknown>),
    ...rangeNotes('levers', LEVER_DEFS, s.levers as unknown as Record<string, unknown>),
  ];
  const ticks = tickCount(s.time);
  const start = s.time.startYear;
  const end = start + ticks * s.time.dt;
  if (Math.abs(ticks * s.time.dt - s.time.years) > 1e-9 * Math.max(1, s.time.years)) {
    notes.push({
      path: 'time.years',
      message: `note: time.years = ${s.time.years} is not a whole number of ticks of ${s.time.dt} years; the run has ${ticks} ticks and ends at ${round(end)}`,
    });
  }
  s.innovations.forEach((k, i) => {
    // an innovation's own p and q are read against the scenario's p and q rows
    for (const key of ['p', 'q'] as const) {
      const def = paramDef(key);
      const value = k[key];
      if (def.type !== 'number' || value === undefined || value === def.off || isPlausible(def, value)) continue;
      notes.push(plausibleNote(formatPath(['innovations', i, key]), value, def));
    }
    if (k.startYear > end) {
      const path = formatPath(['innovations', i, 'startYear']);
      notes.push({ path, message: `note: ${path} = ${k.startYear} is after the end of the run (${round(end)}); ${k.id} never becomes available` });
    }
    k.events.forEach((e, j) => {
      const path = formatPath(['innovations', i, 'events', j, 'year']);
      if (e.year > end) notes.push({ path, message: `note: ${path} = ${e.year} is after the end of the run (${round(end)}); the event never applies` });
      else if (e.year < start) notes.push({ path, message: `note: ${path} = ${e.year} is before the start of the run (${start}); it applies from the start of the run` });
      if (e.type === 'withdraw' && e.level === 'central') {
        const at = formatPath(['innovations', i, 'events', j, 'level']);
        notes.push({ path: at, message: `note: ${at} = "central" on a "withdraw" event lowers nothing (central is the highest level); use "province", "prefecture" or "none"` });
      }
    });
  });
  return notes;
}

function round(x: number): number {
  return Number(x.toFixed(6));
}
