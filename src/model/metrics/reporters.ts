/**
 * The per-tick metrics as named reporters (Mesa `DataCollector` style, STYLE.md 10): each reads the
 * kernel's incremental counters for one innovation and returns a count of localities. Columns
 * (DESIGN.md §2.7): counts per stage, ever adopted, active (stages 1–4); the same by region
 * (`east_active` …) and by urban type (`county_formal` …).
 */
import { REGIONS, URBAN_TYPES } from '../world.ts';
import * as stages from '../simulation/stages.ts';

const STAGE_IDS = stages.STAGE_IDS; // local copies: imported bindings may compile to getters
const STAGE_COUNT = stages.STAGE_COUNT;
import type { Kernel } from '../simulation/kernel.ts';

export interface Reporter {
  readonly name: string;
  report(m: Kernel, k: number): number;
}

function groupReporters(prefix: string, groups: number, stageOf: (m: Kernel) => Int32Array, everOf: (m: Kernel) => Int32Array, g: number): Reporter[] {
  const at = (k: number, s: number): number => (k * groups + g) * STAGE_COUNT + s;
  return [
    ...STAGE_IDS.map((id, s) => ({ name: `${prefix}${id}`, report: (m: Kernel, k: number) => stageOf(m)[at(k, s)] })),
    { name: `${prefix}ever_adopted`, report: (m: Kernel, k: number) => everOf(m)[k * groups + g] },
    {
      name: `${prefix}active`,
      report: (m: Kernel, k: number) => {
        const c = stageOf(m);
        return c[at(k, 1)] + c[at(k, 2)] + c[at(k, 3)] + c[at(k, 4)];
      },
    },
  ];
}

export const REPORTERS: readonly Reporter[] = [
  ...groupReporters('', 1, (m) => m.stageCount, (m) => m.ever, 0),
  ...REGIONS.flatMap((r, g) => groupReporters(`${r}_`, REGIONS.length, (m) => m.regionStage, (m) => m.everRegion, g)),
  ...URBAN_TYPES.flatMap((u, g) => groupReporters(`${u}_`, URBAN_TYPES.length, (m) => m.urbanStage, (m) => m.everUrban, g)),
];
