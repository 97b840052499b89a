import type { RunInfo } from '../../service/types.ts';
import { yearOfTick } from '../timeline.ts';

/**
 * File name of an export: app, scenario, seed, simulated month and what it is —
 * `idl-fengqiao-seed1-2016-04-map.png`. Names only help people sort files: the provenance that
 * counts (version, digest, seed) is inside every file.
 */
export function exportFileName(info: RunInfo, tick: number, what: string, ext: string): string {
  const time = yearOfTick(tick, info.startYear, info.dt);
  const year = Math.floor(time + 1e-9);
  const month = Math.min(11, Math.floor((time - year) * 12 + 1e-6)) + 1;
  const scenario = (info.presetId ?? 'scenario').replace(/[^A-Za-z0-9_-]/g, '');
  return `idl-${scenario}-seed${info.seed}-${year}-${String(month).padStart(2, '0')}-${what}.${ext}`;
}
