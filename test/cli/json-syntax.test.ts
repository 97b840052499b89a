import { describe, expect, it } from 'vitest';
import { findJsonError, parseJson } from '../../src/cli/json-syntax.ts';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a":}', 1, 6, "unexpected '}', expected a value"],
    ['{\n  "a": 1,\n}', 3, 1, "unexpected '}', expected a double-quoted property name (trailing comma?)"],
    ['{\n  "a": tru\n}', 2, 8, "unexpected 't', expected a value"],
    ['{"a" 1}', 1, 6, "unexpected '1', expected ':' after a property name"],
    ['[1, 2,]', 1, 7, "unexpected ']', expected a value (trailing comma?)"],
    ['{"a": 1} x', 1, 10, "unexpected 'x' after the end of the JSON value"],
    ['{"a": "b', 1, 9, 'unterminated string'],
    ['', 1, 1, 'unexpected end of input, expected a value'],
    ["{'a': 1}", 1, 2, "unexpected ''', expected a double-quoted property name"],
  ])('locates the error in %j at line %i, column %i', (text, line, column, reason) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    expect(findJsonError(text)).toEqual({ line, column, reason });
  });
});
