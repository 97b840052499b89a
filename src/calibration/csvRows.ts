/**
 * The rows of a CSV text (the geo layer's RFC 4180 reader, geo/csv.ts), with the file's name in front
 * of a parse error so that it names the file as well as the line.
 */
import { parseCsv, type CsvRecord } from '../geo/csv.ts';

/** A row with the 1-based line it starts on. */
export type CsvRow = CsvRecord;

export function csvRows(text: string, source: string): CsvRow[] {
  try {
    return parseCsv(text);
  } catch (e) {
    throw new Error(`${source} ${(e as Error).message}`);
  }
}
