/**
 * The per-tick metrics as named reporters (Mesa `DataCollector` style): each reads the
 * kernel's incremental counters for one innovation and returns a count of localities. Columns
 * (docs/model.md §14): counts per stage, ever adopted, active (stages 1–4); the same by region
 * (`east_active` …) and by urban type (`county_formal` …).
 */
import { REGIONS, URBAN_TYPES } from '../world.ts';
import * as stages from '../simulation/stages.ts';

const STAGE_IDS = stages.STAGE_IDS; // local copies: imported bindings may compile to getters
const STAGE_COUNT = stages.STAGE_COUNT;
import type { Kernel } from '../simulation/kernel.ts';

/** The kernel counters a reporter may read directly. */
export type CounterKey = 'stageCount' | 'regionStage' | 'urbanStage' | 'ever' | 'everRegion' | 'everUrban';

export interface Reporter {
  readonly name: string;
  report(m: Kernel, k: number): number;
  /**
   * Optional, for speed: the same value as `report`, as the sum of `span` consecutive entries of the
   * kernel counter `counter` from index `at(k)` — MetricTable then reads the counter itself instead
   * of calling `report` (a closure call per column, innovation and tick).
   */
  readonly direct?: { counter: CounterKey; at(k: number): number; span: number };
}

function groupReporters(prefix: string, groups: number, stages: CounterKey, ever: CounterKey, g: number): Reporter[] {
  const at = (k: number, s: number): number => (k * groups + g) * STAGE_COUNT + s;
  return [
    ...STAGE_IDS.map((id, s) => ({
      name: `${prefix}${id}`,
      report: (m: Kernel, k: number) => m[stages][at(k, s)],
      direct: { counter: stages, at: (k: number) => at(k, s), span: 1 },
    })),
    {
      name: `${prefix}ever_adopted`,
      report: (m: Kernel, k: number) => m[ever][k * groups + g],
      direct: { counter: ever, at: (k: number) => k * groups + g, span: 1 },
    },
    {
      name: `${prefix}active`,
      report: (m: Kernel, k: number) => {
        const c = m[stages];
        return c[at(k, 1)] + c[at(k, 2)] + c[at(k, 3)] + c[at(k, 4)];
      },
      direct: { counter: stages, at: (k: number) => at(k, 1), span: 4 },
    },
  ];
}

export const REPORTERS: readonly Reporter[] = [
  ...groupReporters('', 1, 'stageCount', 'ever', 0),
  ...REGIONS.flatMap((r, g) => groupReporters(`${r}_`, REGIONS.length, 'regionStage', 'everRegion', g)),
  ...URBAN_TYPES.flatMap((u, g) => groupReporters(`${u}_`, URBAN_TYPES.length, 'urbanStage', 'everUrban', g)),
];
