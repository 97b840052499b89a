import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/cli/output/csv.ts';

describe('csv cells', () => {
  it('neutralizes text cells that start with = + - @ (formula injection) but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('quotes commas, quotes and newlines; writes empty cells for null and non-finite numbers', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvLine(['枫桥', 1, true, null])).toBe('枫桥,1,1,\n');
  });
});
