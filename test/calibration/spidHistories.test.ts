/**
 * The SPID loader on the committed files (every policy, adoption and state arrives, with the right
 * year in the right state's slot) and on malformed text (each error names file, line, field, value).
 */
import { describe, expect, it } from 'vitest';
import { csvRows, spidHistories, SpidFormatError, US_STATES } from '../../src/calibration/index.ts';
import { metadataCsv, policiesCsv, spid } from './spidData.ts';

const META_HEADER = '"policy","source","first_year","last_year","adopt_count","description","majortopic"';
const POL_HEADER = '"statenam","policy","adopt_year"';
const meta = (...rows: string[]) => [META_HEADER, ...rows].join('\n') + '\n';
const pols = (...rows: string[]) => [POL_HEADER, ...rows].join('\n') + '\n';
const META_OK = meta('"abc","Walker",1990,1995,2,"A policy, with a comma","Health"');
const POLS_OK = pols('"Ohio","abc",1990', '"Utah","abc",1995');

/** The SpidFormatError that `f` throws. */
function errorOf(f: () => unknown): SpidFormatError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SpidFormatError);
    return e as SpidFormatError;
  }
  throw new Error('no error thrown');
}

describe('spidHistories on the committed SPID v1.0 files', () => {
  it('reads 728 policies and 17,835 adoptions by all 50 states, 1691–2017', () => {
    expect(spid).toHaveLength(728);
    expect(spid.reduce((s, p) => s + p.adopters, 0)).toBe(17835);
    const states = new Set(spid.flatMap((p) => p.years.flatMap((y, i) => (y === null ? [] : [i]))));
    expect(states.size).toBe(50);
    expect(Math.min(...spid.map((p) => p.firstYear))).toBe(1691);
    expect(Math.max(...spid.map((p) => p.lastYear))).toBe(2017);
    expect(spid.every((p) => p.years.length === 50 && p.topic !== '' && p.description !== '')).toBe(true);
  });

  it('puts each adoption year in its state’s slot (USPS and FIPS from the table)', () => {
    const deathPenalty = spid.find((p) => p.id === 'aboldeapen')!;
    expect(deathPenalty.description).toBe('Death Penalty Reform');
    expect(deathPenalty.topic).toBe('Law and Crime');
    const year = (usps: string) => deathPenalty.years[US_STATES.findIndex((s) => s.usps === usps)];
    expect(year('MI')).toBe(1846); // Michigan abolished the death penalty first
    expect(year('ME')).toBe(1887);
    expect(year('TX')).toBeNull();
    expect(US_STATES.find((s) => s.name === 'New York')).toEqual({ name: 'New York', usps: 'NY', fips: '36' });
    expect(new Set(US_STATES.map((s) => s.fips)).size).toBe(50);
  });

  it('reads policy keys that hold commas (quoted fields)', () => {
    const act = spid.find((p) => p.id === 'debt-management services act, 2005')!;
    expect(act.adopters).toBe(7);
    expect(act.source).toBe('Uniform Law');
  });

  it('takes first years from the adoptions (gambling_casino: Nevada 1931, the metadata says 1977)', () => {
    const casino = spid.find((p) => p.id === 'gambling_casino')!;
    expect(casino.firstYear).toBe(1931);
    expect(metadataCsv).toContain('"gambling_casino","Caughey-Warshaw",1977,');
    expect(policiesCsv).toContain('"Nevada","gambling_casino",1931');
  });
});

describe('spidHistories on malformed text', () => {
  it('reads a minimal well-formed pair', () => {
    const [p] = spidHistories(POLS_OK, META_OK);
    expect(p).toMatchObject({ id: 'abc', description: 'A policy, with a comma', firstYear: 1990, lastYear: 1995, adopters: 2 });
  });

  it.each([
    ['a state that is not one of the 50', pols('"Puerto Rico","abc",1990', '"Utah","abc",1995'), META_OK, 'spid_policies.csv', 2, 'statenam', 'Puerto Rico'],
    ['a year that is not a whole number', pols('"Ohio","abc",19x0', '"Utah","abc",1995'), META_OK, 'spid_policies.csv', 2, 'adopt_year', '19x0'],
    ['an empty year', pols('"Ohio","abc",', '"Utah","abc",1995'), META_OK, 'spid_policies.csv', 2, 'adopt_year', ''],
    ['a policy missing from the metadata', pols('"Ohio","xyz",1990'), META_OK, 'spid_policies.csv', 2, 'policy', 'xyz'],
    ['a state adopting twice', pols('"Ohio","abc",1990', '"Ohio","abc",1995'), META_OK, 'spid_policies.csv', 3, 'statenam', 'Ohio'],
    ['a row with a missing field', pols('"Ohio","abc"', '"Utah","abc",1995'), META_OK, 'spid_policies.csv', 2, 'row', 'Ohio,abc'],
    ['a wrong header', 'state,policy,year\n', META_OK, 'spid_policies.csv', 1, 'header', 'state,policy,year'],
    ['a count the adoptions contradict', POLS_OK, meta('"abc","Walker",1990,1995,3,"A","Health"'), 'spid_metadata.csv', 2, 'adopt_count', '3'],
    ['a last year the adoptions contradict', POLS_OK, meta('"abc","Walker",1990,1994,2,"A","Health"'), 'spid_metadata.csv', 2, 'last_year', '1994'],
    ['a policy listed twice', POLS_OK, meta('"abc","W",1990,1995,2,"A","H"', '"abc","W",1990,1995,2,"A","H"'), 'spid_metadata.csv', 3, 'policy', 'abc'],
  ])('names file, line, field and value: %s', (_what, policies, metadata, file, line, field, value) => {
    const e = errorOf(() => spidHistories(policies, metadata));
    expect({ file: e.file, line: e.line, field: e.field, value: e.value }).toEqual({ file, line, field, value });
    expect(e.message).toContain(`${file} line ${line}, ${field}: ${JSON.stringify(value)}`);
  });

  it('counts lines inside quoted line breaks, and rejects a stray quote', () => {
    const rows = csvRows('a,"b\nc",d\n"x ""y""",,\n\nlast', 'f.csv');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b\nc', 'd'] },
      { line: 3, fields: ['x "y"', '', ''] },
      { line: 5, fields: ['last'] },
    ]);
    expect(() => csvRows('a,b"c\n', 'f.csv')).toThrow(/f\.csv line 1/);
    expect(() => csvRows('a\n"open', 'f.csv')).toThrow(/f\.csv line 2/);
  });
});
