/**
 * The dated milestones of the China cases (docs/references.md, "China milestones") as targets a
 * simulation is held to: what is measured on a preset's run, the band the record allows, and the
 * record it rests on. The measurements are those of the preset-figures script (scripts/audit/
 * presetMeasures.ts). Every mandate event of every shipped preset adds a central-mandate target, so
 * the list follows the presets as they are when the command runs.
 */
import type { Simulation } from '../../src/model/simulation/types.ts';
import type { ResolvedScenario, ScenarioEvent } from '../../src/model/scenario/types.ts';
import { resolveScope } from '../../src/model/simulation/resolveScope.ts';
import { rowAt } from '../audit/runScenario.ts';
import {
  activeShareAt,
  everShareAt,
  prefecturesAdoptedBy,
  provinceShareOfAdopters,
  type BottomUp,
} from '../audit/presetMeasures.ts';

/** Where a figure must lie: lo ≤ x ≤ hi (x > lo when `above`); a missing bound is open. */
export interface Band {
  lo?: number;
  hi?: number;
  above?: boolean;
}

/** One preset run: the simulation, and for `bottom-up` the figures watched while it ran. */
export interface PresetRun {
  sim: Simulation;
  bottomUp?: BottomUp;
}

export interface ChinaTarget {
  /** stable id, also the figure's file name (docs/validation/<id>.svg) */
  id: string;
  /** the case's row in the milestones table, both languages */
  caseName: string;
  preset: string;
  /** what is measured on one run, with its unit */
  figure: string;
  /** the target as the record states it */
  target: string;
  band: Band;
  /** the record marks the figure approximate (≈) */
  approximate: boolean;
  /** the record the target rests on, in words, cited as docs/references.md cites it */
  source: string;
  /** decimals shown */
  digits: number;
  measure: (run: PresetRun) => number;
}

export function inBand(x: number, band: Band): boolean {
  if (Number.isNaN(x)) return false;
  if (band.lo !== undefined && (band.above ? x <= band.lo : x < band.lo)) return false;
  return band.hi === undefined || x <= band.hi;
}

const GRID = 'grid 网格化';
const THREE = 'three-governance 三治融合';
const FENGQIAO = 'fengqiao 枫桥经验';
const CHENGDU = 'chengdu 成都方式';
const BOTTOM_UP = 'bottom-up 行政审批服务中心';
const MANDATE = 'central mandate 发文部署 (every mandate event)';
const SUSTAIN = 'sustainability 可持续性';

const GRID_SOURCE = 'Ministry of Construction pilots: 10 cities and districts in 2005, 17 more in 2006 (27), 24 more in 2007 (51)';
const APPROVAL_SOURCE = 'administrative approval service centres (行政审批服务中心): first centres 1997, more than 260 of 281 prefecture-level cities by 2012, spread bottom-up only';

/** The milestones that do not depend on which presets carry a mandate. */
const FIXED: ChinaTarget[] = [
  {
    id: 'grid-prefectures-2006',
    caseName: GRID,
    preset: 'grid',
    figure: 'prefectures with ≥ 1 adopter at the end of 2006',
    target: '≤ 60',
    band: { hi: 60 },
    approximate: false,
    source: GRID_SOURCE,
    digits: 0,
    measure: ({ sim }) => prefecturesAdoptedBy(sim, 2007),
  },
  {
    id: 'grid-ever-2020',
    caseName: GRID,
    preset: 'grid',
    figure: 'share of counties ever adopted by the end of 2020',
    target: '≥ 0.90',
    band: { lo: 0.9 },
    approximate: false,
    source: 'by ≈ 2020 grid service management covers urban and rural communities nationwide',
    digits: 2,
    measure: ({ sim }) => everShareAt(sim, rowAt(sim, 2021)),
  },
  {
    id: 'grid-terminated-2024',
    caseName: GRID,
    preset: 'grid',
    figure: 'share of counties terminated (stage 6) in 2024',
    target: '≤ 0.20',
    band: { hi: 0.2 },
    approximate: false,
    source: 'grid management is universal today, whatever its quality',
    digits: 2,
    measure: ({ sim }) => sim.metrics.value('terminated', rowAt(sim, 2024), 0) / sim.n,
  },
  {
    id: 'three-governance-zhejiang-2016',
    caseName: THREE,
    preset: 'three-governance',
    figure: 'share of adopters in Zhejiang at the end of 2016',
    target: '≥ 0.60',
    band: { lo: 0.6 },
    approximate: false,
    source: '2013 pilot in 桐乡; 2014 Zhejiang; national text only in October 2017 (party congress report)',
    digits: 2,
    measure: ({ sim }) => provinceShareOfAdopters(sim, '33', 2017),
  },
  {
    id: 'three-governance-ever-2022',
    caseName: THREE,
    preset: 'three-governance',
    figure: 'share of counties ever adopted by the end of 2022',
    target: '≥ 0.50 (≈)',
    band: { lo: 0.5 },
    approximate: true,
    source: '2018 No. 1 central document; 2019 central guideline on rural governance and 115 national pilot counties',
    digits: 2,
    measure: ({ sim }) => everShareAt(sim, rowAt(sim, 2023)),
  },
  {
    id: 'fengqiao-1976-over-1966',
    caseName: FENGQIAO,
    preset: 'fengqiao',
    figure: 'active share in 1976 over active share in 1966',
    target: '≤ 0.50',
    band: { hi: 0.5 },
    approximate: false,
    source: 'national campaign from the January 1964 central directive; interrupted 1966–1976',
    digits: 2,
    measure: ({ sim }) => activeShareAt(sim, rowAt(sim, 1976)) / activeShareAt(sim, rowAt(sim, 1966)),
  },
  {
    id: 'fengqiao-2020-minus-2012',
    caseName: FENGQIAO,
    preset: 'fengqiao',
    figure: 'active share in 2020 minus active share in 2012',
    target: '> 0',
    band: { lo: 0, above: true },
    approximate: false,
    source: 'Zhejiang revival 2003 (40th anniversary); 2013 central call (50th); spread of the new-era version after',
    digits: 2,
    measure: ({ sim }) => activeShareAt(sim, rowAt(sim, 2020)) - activeShareAt(sim, rowAt(sim, 2012)),
  },
  {
    id: 'chengdu-cities-2024',
    caseName: CHENGDU,
    preset: 'chengdu',
    figure: 'prefecture-level units ever adopted by the end of 2024',
    target: '10–80 (≈)',
    band: { lo: 10, hi: 80 },
    approximate: true,
    source: 'September 2017: 成都 sets up its urban–rural community development governance committee; recognized nationally; emulated by other cities — tens, not most',
    digits: 0,
    measure: ({ sim }) => sim.metrics.value('ever_adopted', rowAt(sim, 2025), 0),
  },
  {
    id: 'bottom-up-years-to-93',
    caseName: BOTTOM_UP,
    preset: 'bottom-up',
    figure: 'years from the first adopter to 93 % of prefecture-level units (not reached: the years to the end of the run)',
    target: '12–18 (≈ 15)',
    band: { lo: 12, hi: 18 },
    approximate: true,
    source: APPROVAL_SOURCE,
    digits: 1,
    measure: ({ bottomUp: b }) => (Number.isNaN(b!.yearsTo93) ? b!.firstToEnd : b!.yearsTo93),
  },
  {
    id: 'bottom-up-centre-after',
    caseName: BOTTOM_UP,
    preset: 'bottom-up',
    figure: 'years from the first adopter to the centre’s endorsement (never: the years to the end of the run)',
    target: '≥ 3',
    band: { lo: 3 },
    approximate: false,
    source: APPROVAL_SOURCE,
    digits: 1,
    measure: ({ bottomUp: b }) => (Number.isNaN(b!.firstToCentre) ? b!.firstToEnd : b!.firstToCentre),
  },
  {
    id: 'sustainability-persistence-5',
    caseName: SUSTAIN,
    preset: 'bottom-up',
    figure: 'share of adoption spells still active 5 years after adopting (Kaplan–Meier), bottom-up preset',
    target: '0.55–0.80',
    band: { lo: 0.55, hi: 0.8 },
    approximate: false,
    source: 'about a third of celebrated local innovations lapse within ≈ 6 years (Light 1998)',
    digits: 2,
    // the run summary's persistence (docs/model.md §14)
    measure: ({ sim }) => sim.summary().innovations[0].persistence5 ?? NaN,
  },
];

/** Share of the mandate's scope that had adopted innovation `k` within 3 years of the mandate. */
function mandateCoverage(sim: Simulation, k: number, event: ScenarioEvent, path: string): number {
  const scope = resolveScope(sim.world, event.scope, sim.baselineAttributes, path);
  const end = rowAt(sim, event.year + 3);
  let adopted = 0;
  for (const i of scope) {
    const t = sim.firstAdoptionTick[k * sim.n + i];
    if (t >= 0 && t <= end) adopted++;
  }
  return scope.length ? adopted / scope.length : NaN;
}

/** A central-mandate target for every mandate event of the given (resolved) presets, in their order. */
export function mandateTargets(presets: readonly { id: string; scenario: ResolvedScenario }[]): ChinaTarget[] {
  const out: ChinaTarget[] = [];
  for (const { id, scenario } of presets) {
    scenario.innovations.forEach((inn, k) => {
      inn.events.forEach((ev, j) => {
        if (ev.type !== 'mandate') return;
        const multi = scenario.innovations.length > 1;
        out.push({
          id: `mandate-${id}${multi ? `-${inn.id}` : ''}-${String(ev.year).replace('.', '_')}`,
          caseName: MANDATE,
          preset: id,
          figure: `${id}${multi ? ` (${inn.id})` : ''}: share of the ${ev.level} mandate’s scope of ${ev.year} that adopted by ${ev.year + 3}`,
          target: '≥ 0.90',
          band: { lo: 0.9 },
          approximate: false,
          source: '29 of 31 provinces adopted characteristic towns within three years of the central policy; river chiefs (河长制): central opinion December 2016, all 31 provinces by June 2018',
          digits: 2,
          measure: ({ sim }) => mandateCoverage(sim, k, ev, `innovations[${k}].events[${j}].scope`),
        });
      });
    });
  }
  return out;
}

/** Every China target: the fixed milestones, then the mandates of `presets`. */
export function chinaTargets(presets: readonly { id: string; scenario: ResolvedScenario }[]): ChinaTarget[] {
  return [...FIXED, ...mandateTargets(presets)];
}
