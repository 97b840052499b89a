/**
 * Reads SPID's two CSV files (public/data/spid/) into one adoption history per policy: text in,
 * histories out, no file access. Every malformed row stops the read with an error that names the
 * file, the line, the field and the value; the metadata's adoption count and last year must agree
 * with the adoptions, so a truncated or edited file is caught. Its first year is not checked: for
 * `gambling_casino` it says 1977 while Nevada's adoption is dated 1931. First and last years are
 * taken from the adoptions.
 */
import { csvRows, type CsvRow } from './csvRows.ts';
import { US_STATE_INDEX, US_STATES } from './usStates.ts';

export interface SpidPolicy {
  /** SPID's policy key, e.g. `aborparc` */
  id: string;
  description: string;
  /** the Comparative Agendas Project major topic, e.g. `Law and Crime` */
  topic: string;
  /** who coded it, e.g. `Boehmke-Skinner` */
  source: string;
  /** adoption year of each state, in the order of US_STATES; null where it never adopted (by 2017) */
  years: (number | null)[];
  /** first and last adoption year, from the adoptions */
  firstYear: number;
  lastYear: number;
  /** number of states that adopted it */
  adopters: number;
}

export const SPID_POLICIES_FILE = 'spid_policies.csv';
export const SPID_METADATA_FILE = 'spid_metadata.csv';
const POLICY_COLUMNS = ['statenam', 'policy', 'adopt_year'];
const METADATA_COLUMNS = ['policy', 'source', 'first_year', 'last_year', 'adopt_count', 'description', 'majortopic'];

/** A malformed SPID file: where (file, line, field) and what (value, what is allowed). */
export class SpidFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly value: string,
    allowed: string,
  ) {
    super(`${file} line ${line}, ${field}: ${JSON.stringify(value)} — ${allowed}`);
    this.name = 'SpidFormatError';
  }
}

/** The rows after the header, as objects keyed by column; checks the header and each row's width. */
function records(text: string, file: string, columns: string[]): { line: number; get: (c: string) => string }[] {
  let rows: CsvRow[];
  try {
    rows = csvRows(text, file);
  } catch (e) {
    throw new SpidFormatError(file, 0, 'text', '', (e as Error).message);
  }
  const header = rows[0];
  if (!header || header.fields.join(',') !== columns.join(',')) {
    throw new SpidFormatError(file, header?.line ?? 1, 'header', header?.fields.join(',') ?? '', `expected the columns ${columns.join(',')}`);
  }
  return rows.slice(1).map((row) => {
    if (row.fields.length !== columns.length) {
      throw new SpidFormatError(file, row.line, 'row', row.fields.join(','), `expected ${columns.length} fields, found ${row.fields.length}`);
    }
    return { line: row.line, get: (c: string) => row.fields[columns.indexOf(c)] };
  });
}

/** A year or count field: a whole number in [min, max]. */
function integer(file: string, line: number, field: string, value: string, min: number, max: number): number {
  const v = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!(v >= min && v <= max)) throw new SpidFormatError(file, line, field, value, `must be a whole number from ${min} to ${max}`);
  return v;
}

const YEAR_MIN = 1600;
const YEAR_MAX = 2100;

export function spidHistories(policiesCsv: string, metadataCsv: string): SpidPolicy[] {
  const F = SPID_METADATA_FILE;
  const P = SPID_POLICIES_FILE;
  const policies: SpidPolicy[] = [];
  const byId = new Map<string, { policy: SpidPolicy; line: number; count: number; lastYear: number }>();
  for (const r of records(metadataCsv, F, METADATA_COLUMNS)) {
    const id = r.get('policy');
    if (id === '') throw new SpidFormatError(F, r.line, 'policy', id, 'a policy needs a key');
    if (byId.has(id)) throw new SpidFormatError(F, r.line, 'policy', id, `already listed on line ${byId.get(id)!.line}`);
    const firstYear = integer(F, r.line, 'first_year', r.get('first_year'), YEAR_MIN, YEAR_MAX);
    const lastYear = integer(F, r.line, 'last_year', r.get('last_year'), firstYear, YEAR_MAX);
    const count = integer(F, r.line, 'adopt_count', r.get('adopt_count'), 1, US_STATES.length);
    const policy: SpidPolicy = {
      id,
      description: r.get('description'),
      topic: r.get('majortopic'),
      source: r.get('source'),
      years: US_STATES.map(() => null),
      firstYear: Infinity,
      lastYear: -Infinity,
      adopters: 0,
    };
    policies.push(policy);
    byId.set(id, { policy, line: r.line, count, lastYear });
  }
  for (const r of records(policiesCsv, P, POLICY_COLUMNS)) {
    const state = US_STATE_INDEX.get(r.get('statenam'));
    if (state === undefined) throw new SpidFormatError(P, r.line, 'statenam', r.get('statenam'), 'not one of the 50 states (full name, e.g. "New York")');
    const entry = byId.get(r.get('policy'));
    if (!entry) throw new SpidFormatError(P, r.line, 'policy', r.get('policy'), `not a policy of ${F}`);
    const year = integer(P, r.line, 'adopt_year', r.get('adopt_year'), YEAR_MIN, YEAR_MAX);
    const { policy } = entry;
    if (policy.years[state] !== null) {
      throw new SpidFormatError(P, r.line, 'statenam', r.get('statenam'), `adopted ${policy.id} twice (${policy.years[state]} and ${year})`);
    }
    policy.years[state] = year;
    policy.adopters++;
    policy.firstYear = Math.min(policy.firstYear, year);
    policy.lastYear = Math.max(policy.lastYear, year);
  }
  // the metadata's summary of each policy must describe its adoptions
  for (const { policy, line, count, lastYear } of byId.values()) {
    const check = (field: string, stated: number, found: number) => {
      if (stated !== found) throw new SpidFormatError(F, line, field, String(stated), `${P} gives ${found} for ${policy.id}`);
    };
    check('adopt_count', count, policy.adopters);
    check('last_year', lastYear, policy.lastYear);
  }
  return policies;
}
