import { describe, expect, it } from 'vitest';
import { ASSUMPTION_DEFS, LEVER_DEFS, PARAMETERS, SCOPED_LEVER_DEFS } from '../../../src/model/params/index.ts';

/**
 * The levers panel speaks to a county official: labels (levers and assumptions) and the levers' help
 * carry no model symbols — no Greek letter, no subscript (δ_load, λ52's digits after a letter,
 * β_E[2]), no formula (a product dot, e^, exp, clamp). The symbols live in each row's "advanced" note, which must name them.
 */
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
const SUBSCRIPT = /[\u2080-\u209c]|[A-Za-z]_|[A-Za-z]\[\d\]|[a-z]\d{2}\b/;
const FORMULA = /·|\be\^|\bexp\(|\bclamp\(/;

const rows = [...PARAMETERS, ...SCOPED_LEVER_DEFS];
const leverRows = [...LEVER_DEFS, ...SCOPED_LEVER_DEFS];

function expectPlain(texts: readonly string[], key: string) {
  for (const text of texts) {
    expect(text, key).not.toMatch(GREEK);
    expect(text, key).not.toMatch(SUBSCRIPT);
    expect(text, key).not.toMatch(FORMULA);
  }
}

describe('plain labels and help', () => {
  it('no label, lever or assumption, in either language, holds a Greek letter, a subscript or a formula', () => {
    for (const d of rows) expectPlain([d.label.en, d.label.zh], d.key);
  });

  it("no lever's help holds a Greek letter, a subscript or a formula", () => {
    for (const d of leverRows) expectPlain([d.help.en, d.help.zh], d.key);
  });

  it('every lever has an advanced note, in both languages, naming its scenario key and its symbol', () => {
    for (const d of leverRows) {
      for (const text of [d.advanced.en, d.advanced.zh]) {
        expect(text, d.key).toContain(`levers.${d.key}`);
        if ('symbol' in d) expect(text, d.key).toContain(d.symbol);
      }
    }
  });

  it('every assumption has an advanced note, in both languages, naming its scenario key and its symbol', () => {
    for (const d of ASSUMPTION_DEFS) {
      for (const text of [d.advanced.en, d.advanced.zh]) {
        expect(text, d.key).toContain(`params.${d.key}`);
        expect(text, d.key).toContain(d.symbol);
      }
    }
  });

  it('every lever help says what a value means in practice (it quotes at least one value)', () => {
    for (const d of LEVER_DEFS) {
      for (const text of [d.help.en, d.help.zh]) expect(text, d.key).toMatch(d.type === 'boolean' ? /\bOn\b|开启/ : /\d/);
    }
  });
});
