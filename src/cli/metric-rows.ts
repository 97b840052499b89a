// Shared with the browser app's CSV export (same columns, same bytes); lives in src/service/io.
export { metricRowsTable } from '../service/io/metricRows.ts';
