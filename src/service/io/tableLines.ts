/**
 * A Table as text lines — CSV (header, then one line per row) or JSON Lines (one object per row) —
 * generated lazily so large tables can be written in chunks. Shared by the CLI (files) and the
 * browser app's exports (one string).
 */
import { csvLine } from './csv.ts';
import type { Table } from './table.ts';

export type TableFormat = 'csv' | 'jsonl';

/** The table as text: a header line then one line per row (CSV), or one JSON object per row. */
export function* tableLines(table: Table, format: TableFormat): Generator<string> {
  if (format === 'csv') {
    yield csvLine(table.columns);
    for (const row of table.rows()) yield csvLine(row);
    return;
  }
  const keys = table.columns.map((c) => JSON.stringify(c));
  for (const row of table.rows()) {
    let line = '{';
    for (let j = 0; j < keys.length; j++) {
      const v = row[j];
      const json = typeof v === 'number' && !Number.isFinite(v) ? 'null' : JSON.stringify(v ?? null);
      line += `${j ? ',' : ''}${keys[j]}:${json}`;
    }
    yield `${line}}\n`;
  }
}

export function tableText(table: Table, format: TableFormat): string {
  let text = '';
  for (const line of tableLines(table, format)) text += line;
  return text;
}
