import { describe, expect, it } from 'vitest';
import { AttributeOverrideError, parseAttributeOverridesCsv } from '../../src/geo/index.ts';

const known = new Set(['330681', '330483', '110101']);

describe('parseAttributeOverridesCsv', () => {
  it('reads code,attribute,value rows', () => {
    const text = 'code,attribute,value\n330681,resources,0.9\r\n110101,pressure,0\n\n330483,digital,1\n';
    expect(parseAttributeOverridesCsv(text, known)).toEqual([
      { code: '330681', attribute: 'resources', value: 0.9 },
      { code: '110101', attribute: 'pressure', value: 0 },
      { code: '330483', attribute: 'digital', value: 1 },
    ]);
    expect(parseAttributeOverridesCsv('code,attribute,value\n', known)).toEqual([]);
  });

  it('collects every problem, each naming its line, into one error', () => {
    const text = [
      'code,attribute,value',
      '330681,resources,0.5',
      '999999,support,0.5',
      '330681,wealth,0.5',
      '330483,digital,1.2',
      '110101,pressure,high',
      '110101,support',
      '330681,resources,0.7',
      '110101,support,-0.1',
    ].join('\n');
    let error: unknown;
    try {
      parseAttributeOverridesCsv(text, known);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AttributeOverrideError);
    const problems = (error as AttributeOverrideError).problems;
    expect(problems).toEqual([
      "line 3: unknown code '999999' (not a locality of this world)",
      "line 4: unknown attribute 'wealth' (expected resources, support, digital, pressure)",
      'line 5: value 1.2 is outside [0, 1]',
      "line 6: value 'high' is not a number (expected a number in [0, 1])",
      'line 7: 2 fields (expected 3: code,attribute,value)',
      'line 8: resources of 330681 is already set on line 2',
      'line 9: value -0.1 is outside [0, 1]',
    ]);
    expect((error as Error).message).toMatch(/^attribute overrides: 7 problems:\n {2}line 3: unknown code/);
  });

  it('rejects a wrong header and an empty file', () => {
    expect(() => parseAttributeOverridesCsv('code,attr,value\n330681,resources,0.5', known)).toThrow(
      "line 1: header is 'code,attr,value' (expected 'code,attribute,value')",
    );
    expect(() => parseAttributeOverridesCsv('', known)).toThrow(/line 1: empty file/);
  });

  it('counts lines across quoted fields that contain newlines', () => {
    expect(() => parseAttributeOverridesCsv('code,attribute,value\n"3306\n81",resources,0.5\n330681,x,0.5', known)).toThrow(
      /line 2: unknown code '3306\n81'[\s\S]*line 4: unknown attribute 'x'/,
    );
  });
});
