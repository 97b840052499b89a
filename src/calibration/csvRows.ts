/**
 * Rows of an RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line breaks), each
 * with the 1-based line it starts on so that errors can name it. Empty lines are dropped, a leading
 * byte-order mark is ignored. Pure: text in, rows out.
 */
export interface CsvRow {
  /** 1-based line number of the row's first character */
  line: number;
  fields: string[];
}

/** One field and the character that ends it: a quoted or a plain field, then a comma, a line end or the end. */
const FIELD = /(?:"((?:[^"]|"")*)"|([^,"\r\n]*))(,|\r\n|\n|\r|$)/y;

export function csvRows(text: string, source: string): CsvRow[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let row: CsvRow = { line, fields: [] };
  FIELD.lastIndex = 0;
  let separator = '';
  while (FIELD.lastIndex < body.length) {
    const m = FIELD.exec(body);
    if (!m) {
      throw new Error(`${source} line ${line}: a quote opens or ends a field in the wrong place`);
    }
    const quoted = m[1];
    row.fields.push(quoted !== undefined ? quoted.replace(/""/g, '"') : m[2]);
    if (quoted !== undefined) line += (quoted.match(/\r\n|\n|\r/g) ?? []).length;
    separator = m[3];
    if (separator !== ',') {
      if (row.fields.length > 1 || row.fields[0] !== '') rows.push(row);
      if (m[3] !== '') line++;
      row = { line, fields: [] };
      if (m[3] === '') break;
    }
  }
  if (separator === ',') row.fields.push(''); // the text ends in a comma: one more, empty field
  if (row.fields.length > 0) rows.push(row);
  return rows;
}
