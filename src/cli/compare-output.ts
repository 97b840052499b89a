/**
 * The outputs of `idlab compare`: the JSON document (--out FILE.json), the tidy table (--out
 * FILE.csv: one row per KPI or series value, innovation, year, arm and statistic) and the summary
 * printed on stdout without --out. Undefined figures (NaN in the result) are null in JSON and empty
 * cells in CSV.
 */
import { COMPARE_KPIS } from '../compare/compareKpis.ts';
import { COMPARE_SERIES } from '../compare/executeCompareRun.ts';
import type { Band, BandSeries, ComparisonResult, CompareKpiId, KpiComparison } from '../compare/types.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import type { Cell } from './output/csv.ts';
import type { Table } from './output/table.ts';

/** What the outputs say about where the comparison came from. */
export interface CompareProvenance {
  version: string;
  seed: number;
  baseline: { source: string; digest: string; scenario: ResolvedScenario };
  scenario: { source: string; digest: string; scenario: ResolvedScenario };
}

export const SEED_RULE = 'pair i (0-based) of both arms runs with the first 52 bits of the SHA-256 of the canonical JSON {"replicate":i,"seed":S}, as an integer';

const ARMS = ['baseline', 'scenario', 'difference'] as const;
const STATS = ['median', 'p10', 'p90'] as const;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
const bandJson = (b: Band) => ({ median: finite(b.median), p10: finite(b.p10), p90: finite(b.p90) });
const seriesJson = (b: BandSeries) => ({ median: Array.from(b.median, finite), p10: Array.from(b.p10, finite), p90: Array.from(b.p90, finite) });

export function comparisonJson(result: ComparisonResult, p: CompareProvenance): unknown {
  const arm = (a: CompareProvenance['baseline']) => ({ source: a.source, title: a.scenario.meta.title, digest: a.digest });
  const kpis: Record<string, Record<string, unknown>> = {};
  for (const { id, better } of COMPARE_KPIS) {
    kpis[id] = {};
    for (const inn of result.innovations) {
      const k = inn.kpis[id];
      kpis[id][inn.id] = { better, baseline: bandJson(k.baseline), scenario: bandJson(k.scenario), difference: bandJson(k.difference), betterShare: finite(k.betterShare), tiedShare: finite(k.tiedShare), pairs: k.pairs };
    }
  }
  const series: Record<string, Record<string, unknown>> = {};
  for (const s of COMPARE_SERIES) {
    series[s] = {};
    for (const inn of result.innovations) {
      const c = inn.series[s];
      series[s][inn.id] = { baseline: seriesJson(c.baseline), scenario: seriesJson(c.scenario), difference: seriesJson(c.difference) };
    }
  }
  return {
    version: p.version,
    baseline: arm(p.baseline),
    scenario: arm(p.scenario),
    seed: p.seed,
    seedRule: SEED_RULE,
    pairSeeds: result.seeds,
    pairs: result.pairs,
    localities: result.n,
    innovations: result.innovations.map((i) => i.id),
    representativePair: Object.fromEntries(result.innovations.map((i) => [i.id, i.representativePair])),
    years: result.years,
    kpis,
    series,
  };
}

/** The tidy table: kind (kpi | series), name, innovation, year (series only), arm, statistic, value, then provenance. */
export function comparisonTable(result: ComparisonResult, p: CompareProvenance): Table {
  const columns = ['kind', 'name', 'innovation', 'year', 'arm', 'statistic', 'value', 'pairs', 'seed', 'baseline_digest', 'scenario_digest', 'version'];
  const tail: Cell[] = [result.pairs, p.seed, p.baseline.digest, p.scenario.digest, p.version];
  const cell = (x: number): Cell => (Number.isFinite(x) ? x : null);
  return {
    columns,
    *rows() {
      for (const inn of result.innovations) {
        for (const { id } of COMPARE_KPIS) {
          const k = inn.kpis[id];
          for (const arm of ARMS) for (const stat of STATS) yield ['kpi', id, inn.id, null, arm, stat, cell(k[arm][stat]), ...tail];
          yield ['kpi', id, inn.id, null, 'difference', 'betterShare', cell(k.betterShare), ...tail];
          yield ['kpi', id, inn.id, null, 'difference', 'tiedShare', cell(k.tiedShare), ...tail];
          yield ['kpi', id, inn.id, null, 'difference', 'definedPairs', k.pairs, ...tail];
        }
        for (const s of COMPARE_SERIES) {
          for (let j = 0; j < result.years.length; j++) {
            for (const arm of ARMS) for (const stat of STATS) yield ['series', s, inn.id, result.years[j], arm, stat, cell(inn.series[s][arm][stat][j]), ...tail];
          }
        }
      }
    },
  };
}

export type Unit = 'years' | 'share' | 'points';

export const KPI_TEXT: Record<CompareKpiId, { label: string; unit: Unit }> = {
  timeTo50: { label: 'years to 50 % ever adopted', unit: 'years' },
  everShare: { label: 'ever adopted', unit: 'share' },
  activeShare: { label: 'active (stages 1–4)', unit: 'share' },
  persistence5: { label: 'persistence after 5 years', unit: 'share' },
  formalShare: { label: 'in name only, of adopters', unit: 'share' },
  showShare: { label: 'for show, of adopters', unit: 'share' },
  eastWestGap: { label: 'east − west active share', unit: 'points' },
};

const BETTER_TEXT = { higher: 'higher is better', lower: 'lower is better', 'closer to 0': 'closer to 0 is better' } as const;

/**
 * A figure of the printed tables (for people, like the app's table): years with 2 decimals, shares
 * and differences of shares in % or percentage points with 1; a true minus sign "−" (U+2212) before
 * a negative figure, "+" before a positive one when `signed`, and none before one that rounds to
 * zero (never "-0.0"). The JSON and CSV outputs keep plain numbers (ASCII '-') for programs.
 */
export function number(x: number, unit: Unit, signed = false): string {
  if (!Number.isFinite(x)) return '—';
  const digits = unit === 'years' ? 2 : 1;
  const v = unit === 'years' ? x : 100 * x;
  const text = Math.abs(v).toFixed(digits);
  const zero = Number(text) === 0;
  return `${zero ? '' : v < 0 ? '−' : signed ? '+' : ''}${text}`;
}

export function bandText(b: Band, unit: Unit, signed = false): string {
  return `${number(b.median, unit, signed)} [${number(b.p10, unit, signed)}, ${number(b.p90, unit, signed)}]`;
}

function verdict(k: KpiComparison): string {
  if (k.pairs === 0) return 'undefined in every pair';
  const better = Math.round(k.betterShare * k.pairs);
  const tied = Math.round(k.tiedShare * k.pairs);
  return `better in ${better} of ${k.pairs} simulated worlds${tied ? ` (${tied} tied)` : ''}`;
}

/** The summary for stdout: per innovation, one line per KPI with both arms, the paired difference and the verdict. */
export function comparisonText(result: ComparisonResult, p: CompareProvenance): string {
  const b = p.baseline.scenario;
  const lines = [
    `${p.scenario.source} vs ${p.baseline.source} (${b.meta.title.en}) — ${result.pairs} pairs with common seeds (seed ${p.seed}), ${b.world.kind} world, ${result.n} localities, ${b.time.years} years from ${b.time.startYear}`,
    `scenario digest ${p.scenario.digest.slice(0, 12)}…, baseline digest ${p.baseline.digest.slice(0, 12)}…, version ${p.version}`,
    'median [10th, 90th percentile] over the pairs; years, % or percentage points; difference = scenario − baseline, pair by pair',
  ];
  const rows: string[][] = [];
  for (const inn of result.innovations) {
    rows.push([`${inn.id}`, 'baseline', 'scenario', 'difference', '']);
    for (const { id, better } of COMPARE_KPIS) {
      const k = inn.kpis[id];
      const { label, unit } = KPI_TEXT[id];
      rows.push([`  ${label} (${BETTER_TEXT[better]})`, bandText(k.baseline, unit), bandText(k.scenario, unit), bandText(k.difference, unit, true), verdict(k)]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) lines.push(r.map((x, c) => (c === r.length - 1 ? x : x.padEnd(widths[c]))).join('  ').trimEnd());
  return `${lines.join('\n')}\n`;
}
