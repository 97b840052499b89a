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

/**
 * writeSync may write only part of its data (a file-size limit, a nearly full disk) and say so in
 * its result, not with an error: write the rest until it is all written or the system says why not.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

export function writeTableFile(path: string, table: Table, format: TableFormat): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    for (const line of tableLines(table, format)) {
      buffer += line;
      if (buffer.length >= CHUNK) {
        writeAll(fd, buffer);
        buffer = '';
      }
    }
    if (buffer) writeAll(fd, buffer);
  } finally {
    closeSync(fd);
  }
}
