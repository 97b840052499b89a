// Tables and provenance columns are shared with the browser app's exports; they live in src/service/io.
export { PROVENANCE_COLUMNS, withProvenance, type Provenance, type Table } from '../../service/io/table.ts';
