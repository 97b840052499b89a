/**
 * A result table as Apache Parquet (hyparquet-writer): typed columns — run ids INT32, seeds INT64,
 * metrics DOUBLE (null where undefined), text UTF-8 — and the sweep's provenance in the file's
 * key–value metadata. No timestamps: the same rows give the same bytes. Pure (no Node APIs), so
 * `idlab sweep merge` and the browser's Sweep panel write the same file.
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import type { ColumnType, ResultTable } from './resultTable.ts';

const BASIC: Record<ColumnType, ColumnSource['type']> = {
  int: 'INT32',
  seed: 'INT64',
  double: 'DOUBLE',
  string: 'STRING',
  boolean: 'BOOLEAN',
};

export function parquetBytes(table: ResultTable, metadata: Record<string, string> = {}): Uint8Array {
  const data: unknown[][] = table.columns.map(() => []);
  for (const row of table.rows()) {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      data[j].push(v === null || v === undefined ? null : table.types[j] === 'seed' ? BigInt(v as number) : v);
    }
  }
  const columnData: ColumnSource[] = table.columns.map((name, j) => ({
    name,
    data: data[j] as ColumnSource['data'],
    type: BASIC[table.types[j]],
    nullable: true,
  }));
  const buffer = parquetWriteBuffer({
    columnData,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'idlab (hyparquet-writer)',
  });
  return new Uint8Array(buffer);
}

/** The provenance `idlab sweep merge` and the Sweep panel put into a results file's metadata. */
export function sweepParquetMetadata(p: { version: string; sweepDigest: string; baseDigest: string }): Record<string, string> {
  return { 'idlab.version': p.version, 'idlab.sweepDigest': p.sweepDigest, 'idlab.baseDigest': p.baseDigest };
}
