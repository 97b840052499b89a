/**
 * A table of output rows (metric rows, event log, panel) as column names plus a row generator, so one
 * definition feeds CSV and JSON Lines alike and large tables are written in chunks, not built as one
 * string.
 */
import type { Cell } from './csv.ts';

export interface Table {
  readonly columns: readonly string[];
  /** yields each row's cells in column order; a row array may be reused between yields */
  rows(): Iterable<readonly Cell[]>;
}

/**
 * The provenance every export carries (docs/implementation-notes.md, "Contracts"): version, scenario digest and seed, written as
 * constant trailing columns, never a timestamp.
 */
export interface Provenance {
  seed: number;
  digest: string;
  version: string;
}

export const PROVENANCE_COLUMNS = ['seed', 'digest', 'version'] as const;

/** Appends the provenance columns to a table. */
export function withProvenance(table: Table, provenance: Provenance): Table {
  const extra: Cell[] = [provenance.seed, provenance.digest, provenance.version];
  return {
    columns: [...table.columns, ...PROVENANCE_COLUMNS],
    *rows() {
      const width = table.columns.length;
      const out: Cell[] = new Array(width + extra.length);
      for (let j = 0; j < extra.length; j++) out[width + j] = extra[j];
      for (const row of table.rows()) {
        for (let j = 0; j < width; j++) out[j] = row[j];
        yield out;
      }
    },
  };
}
