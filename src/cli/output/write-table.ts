/**
 * Writes a Table as CSV or JSON Lines, to a string (tests, library comparisons) or to a file in
 * chunks of about 1 MB (the panel of a national run is tens of MB).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
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

const CHUNK = 1 << 20;

export function writeTableFile(path: string, table: Table, format: TableFormat): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    for (const line of tableLines(table, format)) {
      buffer += line;
      if (buffer.length >= CHUNK) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}
