/**
 * The outputs of `idlab tornado`: the JSON document (--out FILE.json), the table (--out FILE.csv: one
 * row per lever, in rank order) and the ranked table printed on stdout without --out. Differences are
 * pair by pair (the lever's end − the current scenario, same seed); undefined figures are null in
 * JSON and empty cells in CSV.
 */
import type { Band } from '../compare/types.ts';
import type { TornadoResult, TornadoRow } from '../compare/tornado/types.ts';
import type { ParamValue } from '../model/params/index.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import { bandText, KPI_TEXT, number, SEED_RULE, type Unit } from './compare-output.ts';
import type { Cell } from './output/csv.ts';
import type { Table } from './output/table.ts';

/** Where the tornado came from. */
export interface TornadoProvenance {
  version: string;
  seed: number;
  source: string;
  digest: string;
  scenario: ResolvedScenario;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
const bandJson = (b: Band) => ({ median: finite(b.median), p10: finite(b.p10), p90: finite(b.p90) });

export function tornadoJson(t: TornadoResult, p: TornadoProvenance): unknown {
  return {
    version: p.version,
    scenario: { source: p.source, title: p.scenario.meta.title, digest: p.digest },
    seed: p.seed,
    seedRule: SEED_RULE,
    pairSeeds: t.seeds,
    pairs: t.pairs,
    kpi: t.kpi,
    better: t.better,
    innovation: t.innovation,
    current: bandJson(t.current),
    levers: t.rows.map((r, i) => ({
      rank: i + 1,
      key: r.key,
      label: r.label,
      current: r.current,
      low: r.low,
      high: r.high,
      lowDifference: bandJson(r.lowDifference),
      highDifference: bandJson(r.highDifference),
      swing: finite(r.swing),
      swingDifference: bandJson(r.swingDifference),
      swingInterval: r.swingInterval.map(finite),
      pairs: r.pairs,
    })),
  };
}

/** One row per lever in rank order; values as JSON scalars, differences in the KPI's own unit (shares 0–1, years). */
export function tornadoTable(t: TornadoResult, p: TornadoProvenance): Table {
  const columns = [
    'rank', 'lever', 'label_en', 'label_zh', 'current', 'low', 'high',
    'low_median', 'low_p10', 'low_p90', 'high_median', 'high_p10', 'high_p90',
    'swing', 'swing_median', 'swing_p10', 'swing_p90', 'swing_ci_low', 'swing_ci_high', 'pairs',
    'kpi', 'innovation', 'seed', 'digest', 'version',
  ];
  const cell = (x: number): Cell => (Number.isFinite(x) ? x : null);
  const bandCells = (b: Band): Cell[] => [cell(b.median), cell(b.p10), cell(b.p90)];
  return {
    columns,
    *rows() {
      for (const [i, r] of t.rows.entries()) {
        yield [
          i + 1, r.key, r.label.en, r.label.zh, valueCell(r.current), valueCell(r.low), valueCell(r.high),
          ...bandCells(r.lowDifference), ...bandCells(r.highDifference),
          cell(r.swing), ...bandCells(r.swingDifference), cell(r.swingInterval[0]), cell(r.swingInterval[1]), r.pairs,
          t.kpi, t.innovation, p.seed, p.digest, p.version,
        ];
      }
    },
  };
}

function valueCell(v: ParamValue): Cell {
  return typeof v === 'boolean' ? String(v) : v;
}

function valueText(v: ParamValue): string {
  return typeof v === 'number' ? String(Number(v.toFixed(4))) : typeof v === 'boolean' ? (v ? 'on' : 'off') : v;
}

/** The ranked table for stdout. */
export function tornadoText(t: TornadoResult, p: TornadoProvenance): string {
  const { label, unit } = KPI_TEXT[t.kpi];
  const s = p.scenario;
  const lines = [
    `which lever matters most for ${label} (${t.better} is better) of ${t.innovation} in ${p.source} (${s.meta.title.en})`,
    `each lever moved alone to the ends of its plausible range; ${t.pairs} pairs with common seeds (seed ${p.seed}), ${s.time.years} years from ${s.time.startYear}; digest ${p.digest.slice(0, 12)}…, version ${p.version}`,
    `current scenario: ${bandText(t.current, unit)}; differences pair by pair, median [10th, 90th percentile]; ranked by |median of high − low|, shown with its 95 % interval; ${unit === 'years' ? 'years' : 'percentage points'}`,
  ];
  const rows: string[][] = [['#', 'lever', 'low → high (now)', 'low − now', 'high − now', 'high − low']];
  for (const [i, r] of t.rows.entries()) {
    rows.push([
      String(i + 1),
      r.label.en,
      `${valueText(r.low)} → ${valueText(r.high)} (${valueText(r.current)})`,
      bandText(r.lowDifference, unit, true),
      bandText(r.highDifference, unit, true),
      swingText(r, unit),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) lines.push(r.map((x, c) => (c === r.length - 1 ? x : c === 0 ? x.padStart(widths[c]) : x.padEnd(widths[c]))).join('  ').trimEnd());
  return `${lines.join('\n')}\n`;
}

/** The signed median of high − low (its absolute value ranks) with the interval of that median. */
function swingText(r: TornadoRow, unit: Unit): string {
  return `${number(r.swingDifference.median, unit, true)} [${number(r.swingInterval[0], unit, true)}, ${number(r.swingInterval[1], unit, true)}]`;
}
