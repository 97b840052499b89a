/**
 * Writes a Table as CSV or JSON Lines, to a string (tests, library comparisons) or to a file in
 * chunks of about 1 MB (the panel of a national run is tens of MB).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { tableLines, type TableFormat } from '../../service/io/tableLines.ts';
import type { Table } from './table.ts';

// The line generator is shared with the browser app's exports (src/service/io).
export { tableLines, tableText, type TableFormat } from '../../service/io/tableLines.ts';

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
