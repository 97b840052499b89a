// Shared with the browser app's CSV export (same columns, same bytes); lives in src/service/io.
export { EVENT_COLUMNS, eventTable } from '../service/io/eventTable.ts';
