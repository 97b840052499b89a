/**
 * Tidy result tables of a sweep (one row per run × innovation; the series: one row per run ×
 * innovation × sampled tick), as column names plus a row generator — the shape the CLI's CSV and
 * JSON Lines writers and the Parquet writer take. Rows follow run order, then the outputs'
 * innovation order, then tick, so the merged bytes do not depend on how the runs were scheduled.
 * Provenance (seed, scenario digest, version) is in constant trailing columns (docs/implementation-notes.md, "Contracts").
 */
import type { FactorValue, ResolvedSweep } from './types.ts';
import type { Plan } from './plan.ts';
import type { RunRecord } from './runRecord.ts';

export type ResultCell = FactorValue | null;

export interface ResultTable {
  readonly columns: readonly string[];
  /** the logical type of each column, for typed writers (Parquet) */
  readonly types: readonly ColumnType[];
  rows(): Iterable<readonly ResultCell[]>;
}

export type ColumnType = 'int' | 'seed' | 'double' | 'string' | 'boolean';

const ID_COLUMNS = ['run', 'point', 'replicate'] as const;
const PROVENANCE = ['seed', 'digest', 'version'] as const;

function factorTypes(sweep: ResolvedSweep): ColumnType[] {
  return sweep.factors.map((f) => {
    if (f.kind !== 'values') return f.integer ? 'int' : 'double';
    const v = f.values[0];
    return typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : f.integer ? 'int' : 'double';
  });
}

/** Metric rows: run, point, replicate, factors…, innovation, metrics…, seed, digest, version. */
export function resultTable(plan: Plan, records: Iterable<RunRecord>): ResultTable {
  const { sweep } = plan;
  const metrics = sweep.outputs.metrics;
  return {
    columns: [...ID_COLUMNS, ...sweep.factors.map((f) => f.key), 'innovation', ...metrics, ...PROVENANCE],
    types: ['int', 'int', 'int', ...factorTypes(sweep), 'string', ...metrics.map((): ColumnType => 'double'), 'seed', 'string', 'string'],
    *rows() {
      for (const r of records) {
        const values = plan.points[r.point].values;
        for (const inn of r.innovations) {
          yield [r.run, r.point, r.replicate, ...values, inn.id, ...metrics.map((m) => inn.metrics[m] ?? null), r.seed, r.digest, r.version];
        }
      }
    },
  };
}

/** Series rows: run, point, replicate, factors…, innovation, tick, year, columns…, seed, digest, version. */
export function seriesTable(plan: Plan, records: Iterable<RunRecord>): ResultTable {
  const { sweep } = plan;
  const columns = sweep.outputs.series?.columns ?? [];
  return {
    columns: [...ID_COLUMNS, ...sweep.factors.map((f) => f.key), 'innovation', 'tick', 'year', ...columns, ...PROVENANCE],
    types: ['int', 'int', 'int', ...factorTypes(sweep), 'string', 'int', 'double', ...columns.map((): ColumnType => 'int'), 'seed', 'string', 'string'],
    *rows() {
      for (const r of records) {
        if (!r.series) continue;
        const values = plan.points[r.point].values;
        for (const inn of r.innovations) {
          for (let j = 0; j < r.series.ticks.length; j++) {
            yield [r.run, r.point, r.replicate, ...values, inn.id, r.series.ticks[j], r.series.years[j], ...columns.map((c) => r.series!.columns[c][inn.id][j]), r.seed, r.digest, r.version];
          }
        }
      }
    },
  };
}
