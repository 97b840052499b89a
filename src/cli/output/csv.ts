// The CSV cell writer is shared with the browser app's exports (one implementation of the formula
// neutralization); it lives in src/service/io.
export { csvCell, csvLine, type Cell } from '../../service/io/csv.ts';
