import { describe, expect, it } from 'vitest';
import { parseChinaAdjacency, parseChinaUnits, parseCsv, UNIT_CSV_COLUMNS } from '../../src/geo/index.ts';
import { unitsText } from './committed-data.ts';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, commas, CRLF and a BOM, with line numbers', () => {
    const rows = parseCsv('\ufeffa,b\r\n"x, ""y""",2\n\n"multi\nline",3');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', '2'] },
      { line: 4, fields: ['multi\nline', '3'] },
    ]);
    expect(() => parseCsv('a\n"open')).toThrow('line 2: unterminated quoted field');
  });
});

describe('parseChinaUnits', () => {
  const header = UNIT_CSV_COLUMNS.join(',');
  it('reads the committed file with typed columns', () => {
    const [first] = parseChinaUnits(unitsText);
    expect(first).toMatchObject({ code: '110101', name: '东城区', region: 'east', urbanType: 'district', provinceCode: '11' });
    expect(typeof first.lon).toBe('number');
    expect(first.geometryCodes).toEqual(['110101']);
  });

  it('names the line of every bad row', () => {
    const good = unitsText.split('\n')[1];
    const bad1 = good.replace(',east,', ',south,');
    const bad2 = good.replace(/^110101/, '1101');
    expect(() => parseChinaUnits([header, good, bad1, bad2, 'x,y'].join('\n'))).toThrow(
      /3 problem\(s\):\n {2}line 3: region 'south' \(expected east, central, west, northeast\)\n {2}line 4: code '1101' is not a 6-digit code\n {2}line 5: 2 fields/,
    );
    expect(() => parseChinaUnits('code,name\n')).toThrow(/line 1: header is 'code,name'/);
  });
});

describe('parseChinaAdjacency', () => {
  it('accepts text or parsed JSON and checks the pairs', () => {
    expect(parseChinaAdjacency('{"land":[["a","b"]],"sea":[]}')).toEqual({ land: [['a', 'b']], sea: [] });
    expect(parseChinaAdjacency({ land: [] })).toEqual({ land: [], sea: [] });
    expect(() => parseChinaAdjacency({ land: [['a']] })).toThrow('land[0] is ["a"] (expected [code, code])');
    expect(() => parseChinaAdjacency({})).toThrow(/land must be an array/);
  });
});
