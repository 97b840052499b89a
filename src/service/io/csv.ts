/**
 * CSV cells (RFC 4180) with spreadsheet-formula neutralization (docs/implementation-notes.md, "Contracts"): a *text*
 * cell starting with = + - @ (or tab / carriage return, which spreadsheets also treat as formula
 * starts) is prefixed with ' so a spreadsheet shows it as text; numbers stay numbers, so "-0.5" as a
 * number is written unchanged. Numbers use JavaScript's shortest round-trip form, so values survive a
 * write and read bit for bit.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line with its terminating \n. */
export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i ? ',' : '') + csvCell(cells[i]);
  return `${line}\n`;
}
