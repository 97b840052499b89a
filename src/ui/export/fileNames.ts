import type { RunInfo } from '../../service/types.ts';
import { isCalendarTime, yearMonthOf, yearOfTick } from '../timeline.ts';

/**
 * File name of an export: app, scenario, seed, simulated month and what it is —
 * `idl-fengqiao-seed1-2016-04-map.png`. Names only help people sort files: the provenance that
 * counts (version, digest, seed) is inside every file.
 */
export function exportFileName(info: RunInfo, tick: number, what: string, ext: string): string {
  const time = yearOfTick(tick, info.startYear, info.dt);
  const { year, month } = yearMonthOf(time);
  const scenario = (info.presetId ?? 'scenario').replace(/[^A-Za-z0-9_-]/g, '');
  // abstract time: "year4-06", not a four-digit calendar year
  const when = `${isCalendarTime(time) ? '' : 'year'}${year}-${String(month).padStart(2, '0')}`;
  return `idl-${scenario}-seed${info.seed}-${when}-${what}.${ext}`;
}
