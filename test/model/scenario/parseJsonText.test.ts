import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonText } from '../../../src/model/scenario/parseJsonText.ts';
import { presetMap, problems } from './helpers.ts';

function nested(levels: number, open = '[', close = ']'): string {
  return open.repeat(levels) + close.repeat(levels);
}

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, {"b": "x\\"[{"}]}')).toEqual({ ok: true, value: { a: [1, { b: 'x"[{' }] } });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"extends": "bass"}')).toEqual({ ok: true, value: { extends: 'bass' } });
  });

  it('reports a syntax error with line and column counted after a byte-order mark', () => {
    const r = parseJsonText('\uFEFF{\n  "a": 1,\n}');
    expect(r).toMatchObject({ ok: false, problems: [{ kind: 'syntax', line: 3, column: 1 }] });
    if (!r.ok) expect(r.problems[0].message).toBe("invalid JSON at line 3, column 1: unexpected '}', expected a double-quoted property name (trailing comma?)");
  });

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses one more, naming line, column and path`, () => {
    expect(parseJsonText(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    const r = parseJsonText(`{\n "a": ${nested(MAX_JSON_DEPTH)}}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'depth', line: 2, column: 7 + MAX_JSON_DEPTH - 1 });
    expect(r.problems[0].message).toBe(
      `too deeply nested JSON at line 2, column ${7 + MAX_JSON_DEPTH - 1}: a[0][0][0]…[0][0][0][0] is nested more than 64 levels deep (allowed at most 64 levels of objects and arrays)`,
    );
  });

  it('reports 5,000 and 1,000,000 levels (valid or not) as one depth problem, without overflowing the stack', () => {
    for (const text of [nested(5000), nested(5000, '{"x":', '}'), '['.repeat(1_000_000)]) {
      const r = parseJsonText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.kind)).toEqual(['depth']);
    }
  });

  it('reports __proto__, constructor and prototype keys with their path, line and column', () => {
    const text = '{"extends": "bass",\n "__proto__": {"q": 1},\n "params": {"constructor": 1, "list": [{"prototype": 2}]}, "x": "constructor"}';
    const r = parseJsonText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message)).toEqual([
      'reserved key __proto__ at line 2, column 2 ("__proto__", "constructor" and "prototype" are not allowed as keys)',
      'reserved key params.constructor at line 3, column 13 ("__proto__", "constructor" and "prototype" are not allowed as keys)',
      'reserved key params.list[0].prototype at line 3, column 41 ("__proto__", "constructor" and "prototype" are not allowed as keys)',
    ]);
  });

  it('finds a reserved key spelt with escapes', () => {
    const r = parseJsonText('{"\\u005f_proto__": 1}');
    expect(r).toMatchObject({ ok: false, problems: [{ kind: 'reserved-key', path: '__proto__' }] });
  });

  it('does not take string values or escaped quotes for keys', () => {
    expect(parseJsonText('{"a": "constructor", "b": ["prototype", "__proto__"], "c\\"": {"d": "\\\\"}}').ok).toBe(true);
  });
});

describe('resolveScenario on values that did not come through parseJsonText', () => {
  it('reports reserved keys instead of dropping them', () => {
    const file = JSON.parse('{"extends": "base", "__proto__": {"params": {"q": 2}}, "params": {"constructor": 1, "q": 0.3}}');
    expect(problems(file, presetMap({ base: { innovations: [{ id: 'k', complexity: 0.3, digital: 0.1 }] } }))).toEqual([
      'reserved key __proto__ ("__proto__", "constructor" and "prototype" are not allowed as keys)',
      'reserved key params.constructor ("__proto__", "constructor" and "prototype" are not allowed as keys)',
    ]);
  });

  it('refuses nesting deeper than the limit with a path, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const [message] = problems({ meta: { title: deep } });
    expect(message).toBe(`invalid meta.title${'[0]'.repeat(MAX_JSON_DEPTH - 2)}: "[…]" (nested more than 64 levels deep; allowed at most 64 levels of objects and arrays)`);
  });
});
