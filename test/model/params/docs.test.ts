import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../../src/model/params/schema.ts';
import { paramsTableMarkdown, withParamsTable, PARAMS_BEGIN, PARAMS_END } from '../../../scripts/docs/params-table.ts';

const doc = readFileSync(join(resolve(__dirname, '../../..'), 'docs/model.md'), 'utf8');

describe('docs/model.md', () => {
  it('has the parameter tables generated from the parameter table (regenerate with npm run docs)', () => {
    expect(withParamsTable(doc)).toBe(doc);
    expect(doc).toContain(paramsTableMarkdown());
  });

  it('documents every parameter and lever with its key', () => {
    const block = doc.slice(doc.indexOf(PARAMS_BEGIN), doc.indexOf(PARAMS_END));
    for (const d of PARAMETERS) expect(block, d.key).toContain(`.${d.key}\``);
  });

  it('has bilingual section headings, including the locality attributes section', () => {
    const headings = doc.split('\n').filter((l) => /^## /.test(l));
    expect(headings.length).toBeGreaterThanOrEqual(10);
    for (const h of headings) expect(h, h).toMatch(/ · .*[\u4e00-\u9fff]/);
    expect(headings).toContain('## 13. Locality attributes · 地方属性');
    expect(doc).toContain('(logit scale)');
    expect(doc).toContain('ATTRIBUTE_PROXIES');
  });
});
