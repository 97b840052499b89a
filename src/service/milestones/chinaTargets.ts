/**
 * The dated milestones of the China cases (docs/references.md, "China milestones") as targets a
 * simulation is held to: what is measured on a preset's run, the band the record allows, and the
 * record it rests on. `npm run validation` measures them over many seeds; the app measures the
 * current run with the same functions once it has reached the date a figure is read at. Every
 * mandate event of every shipped preset adds a central-mandate target, so the list follows the
 * presets as they are.
 */
import type { Simulation } from '../../model/simulation/types.ts';
import type { EventLevel, ResolvedScenario, ScenarioEvent } from '../../model/scenario/types.ts';
import { resolveScope } from '../../model/simulation/resolveScope.ts';
import type { Bilingual } from '../types.ts';
import { rowAt } from './rowAt.ts';
import { activeShareAt, everShareAt, firstAdoption, prefecturesAdoptedBy, provinceShareOfAdopters, yearsTo93 } from './presetMeasures.ts';
import type { EndorsementWatch } from './EndorsementWatch.ts';
import type { Band } from './band.ts';

/** One preset run: the simulation, and when a target needs it, its endorsement field watched while it ran. */
export interface PresetRun {
  sim: Simulation;
  endorsement?: EndorsementWatch;
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
  /** the figure in a few words, both languages (the app's panel) */
  label: Bilingual;
  /** the record in a short line, both languages (the app's panel) */
  record: Bilingual;
  /** the latest calendar year the figure reads (the run's state at its start); null: read when it happens or at the run's end */
  year: number | null;
  /** the figure needs the endorsement field watched after every tick (PresetRun.endorsement) */
  watchesEndorsement?: boolean;
  /** a run that has not reached its horizon already fixes the figure (default: it has reached `year`, or its end when `year` is null) */
  settled?: (run: PresetRun) => boolean;
  measure: (run: PresetRun) => number;
}

/** The run has reached the point after which the target's figure no longer changes. */
export function isSettled(target: ChinaTarget, run: PresetRun): boolean {
  const { sim } = run;
  if (sim.done) return true;
  if (target.year !== null) return sim.tickCount >= rowAt(sim, target.year);
  return target.settled?.(run) ?? false;
}


const GRID = 'grid 网格化';
const THREE = 'three-governance 三治融合';
const FENGQIAO = 'fengqiao 枫桥经验';
const CHENGDU = 'chengdu 成都方式';
const BOTTOM_UP = 'bottom-up 行政审批服务中心';
const MANDATE = 'central mandate 发文部署 (every mandate event)';
const SUSTAIN = 'sustainability 可持续性';

const GRID_SOURCE = 'Ministry of Construction pilots: 10 cities and districts in 2005, 17 more in 2006 (27), 24 more in 2007 (51)';
const APPROVAL_RECORD: Bilingual = { en: 'First centres 1997; more than 260 of 281 cities by 2012', zh: '1997 年出现首批中心；2012 年 281 个地级市中逾 260 个设立' };
const APPROVAL_SOURCE = 'administrative approval service centres (行政审批服务中心): first centres 1997, more than 260 of 281 prefecture-level cities by 2012, spread bottom-up only';

/** Years from the first adopter to the end of the run. */
function yearsToEnd(sim: Simulation): number {
  return (sim.totalTicks - firstAdoption(sim)) * sim.dt;
}

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
    label: { en: 'Prefectures with an adopter by the end of 2006', zh: '2006 年底有采纳者的地级单位数' },
    record: { en: 'Pilots in 10 cities and districts in 2005, 17 more in 2006', zh: '建设部试点：2005 年 10 个城市和城区，2006 年再增 17 个' },
    year: 2007,
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
    label: { en: 'Share of counties ever adopted by the end of 2020', zh: '2020 年底曾采纳的县级单位比例' },
    record: { en: 'Grid management covers communities nationwide by ≈ 2020', zh: '约 2020 年网格化服务管理覆盖全国城乡社区' },
    year: 2021,
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
    label: { en: 'Share of counties terminated in 2024', zh: '2024 年已终止的县级单位比例' },
    record: { en: 'Grid management is universal today', zh: '网格化管理至今仍普遍存在' },
    year: 2024,
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
    label: { en: 'Zhejiang’s share of the adopters at the end of 2016', zh: '2016 年底采纳者中浙江所占比例' },
    record: { en: 'Pilot in Tongxiang 2013, Zhejiang 2014, national text only in 2017', zh: '2013 年桐乡试点，2014 年浙江推广，2017 年才写入全国文件' },
    year: 2017,
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
    label: { en: 'Share of counties ever adopted by the end of 2022', zh: '2022 年底曾采纳的县级单位比例' },
    record: { en: '2018 No. 1 central document; 2019 guideline and 115 national pilot counties', zh: '2018 年中央一号文件；2019 年乡村治理指导意见与 115 个全国试点县' },
    year: 2023,
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
    label: { en: 'Active share in 1976 over active share in 1966', zh: '1976 年与 1966 年在运行比例之比' },
    record: { en: 'National campaign from 1964; interrupted 1966–1976', zh: '1964 年起全国推广；1966–1976 年中断' },
    year: 1976,
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
    label: { en: 'Active share in 2020 minus active share in 2012', zh: '2020 年与 2012 年在运行比例之差' },
    record: { en: 'Revived by Zhejiang in 2003 and by the centre in 2013', zh: '2003 年浙江、2013 年中央重新倡导' },
    year: 2020,
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
    label: { en: 'Prefecture-level units ever adopted by the end of 2024', zh: '2024 年底曾采纳的地级单位数' },
    record: { en: 'Chengdu’s committee 2017; emulated by tens of cities, not most', zh: '2017 年成都设立城乡社区发展治理委员会；数十个城市效仿，而非多数' },
    year: 2025,
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
    label: { en: 'Years from the first adopter to 93 % of prefecture-level units', zh: '从首个采纳者到 93 % 地级单位采纳的年数' },
    record: APPROVAL_RECORD,
    year: null,
    // settled once reached; a run that never reaches it reads the years to its end
    settled: ({ sim }) => !Number.isNaN(yearsTo93(sim)),
    measure: ({ sim }) => {
      const years = yearsTo93(sim);
      return Number.isNaN(years) ? yearsToEnd(sim) : years;
    },
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
    label: { en: 'Years from the first adopter to the centre’s endorsement', zh: '从首个采纳者到中央肯定的年数' },
    record: APPROVAL_RECORD,
    year: null,
    watchesEndorsement: true,
    settled: ({ sim, endorsement }) => endorsement!.centreTick >= 0 && endorsement!.centreTick <= sim.tickCount,
    measure: ({ sim, endorsement }) => {
      const centre = endorsement!.centreTick;
      return centre < 0 ? yearsToEnd(sim) : (centre - firstAdoption(sim)) * sim.dt;
    },
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
    label: { en: 'Share of adoption spells still active 5 years on', zh: '采纳五年后仍在运行的比例' },
    record: { en: 'About a third of celebrated local innovations lapse within ≈ 6 years', zh: '约三分之一的知名地方创新在约 6 年内消失' },
    year: null,
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

const LEVEL_ZH: Record<EventLevel, string> = { none: '', prefecture: '地市级', province: '省级', central: '中央' };

const MANDATE_RECORD: Bilingual = {
  en: 'Three years suffice: 29 of 31 provinces (characteristic towns); river chiefs in all 31 provinces by 2018',
  zh: '三年足够：特色小镇 31 省中 29 省跟进；河长制 2018 年覆盖全部 31 省',
};

/** A mandate's year in words: 2014 → "2014" / "2014 年"; 2017.5 → "2017-07" / "2017 年 7 月" (the month it falls in). */
function yearWords(year: number): Bilingual {
  if (Number.isInteger(year)) return { en: String(year), zh: `${year} 年` };
  const whole = Math.floor(year);
  const month = Math.floor((year - whole) * 12 + 1e-9) + 1;
  return { en: `${whole}-${String(month).padStart(2, '0')}`, zh: `${whole} 年 ${month} 月` };
}

/** `innovation`: its name in a scenario of several innovations, else null. */
function mandateLabel(innovation: Bilingual | null, level: EventLevel, year: number): Bilingual {
  const from = yearWords(year);
  const to = yearWords(year + 3);
  return {
    en: `${innovation ? `${innovation.en}: share` : 'Share'} of the ${level} mandate’s scope of ${from.en} that adopted by ${to.en}`,
    zh: `${innovation ? `${innovation.zh}：` : ''}${from.zh}${LEVEL_ZH[level]}部署范围内到 ${to.zh}已采纳的比例`,
  };
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
          label: mandateLabel(multi ? inn.name : null, ev.level, ev.year),
          record: MANDATE_RECORD,
          year: ev.year + 3,
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
