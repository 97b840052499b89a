// The Parquet writer is pure (hyparquet-writer runs in Node and the browser); it lives in
// src/sweep/writeParquet.ts so the browser's Sweep panel exports the same bytes as `idlab sweep merge`.
export { parquetBytes, sweepParquetMetadata } from '../writeParquet.ts';
