/**
 * docs/references.md gives the evidence for every parameter and lever the code has: a row added to
 * the parameter table (src/model/params) without its default, range and source there fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../src/model/params/schema.ts';
import { REPO_ROOT } from './repoFiles.ts';

/** The keys a references page names in its table rows, written as code (`key`). */
export function keysInTables(markdown: string): Set<string> {
  const keys = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    for (const m of line.matchAll(/`([A-Za-z][A-Za-z0-9]*)`/g)) keys.add(m[1]);
  }
  return keys;
}

describe('docs/references.md', () => {
  const named = keysInTables(readFileSync(join(REPO_ROOT, 'docs/references.md'), 'utf8'));

  it('reads keys from table rows only', () => {
    expect([...keysInTables('| q | `q` | 0.25 |\nprose `notAKey`\n')]).toEqual(['q']);
  });

  it('has a row for every assumption and lever of the parameter table', () => {
    const missing = [...ASSUMPTION_DEFS, ...LEVER_DEFS].map((d) => d.key).filter((key) => !named.has(key));
    expect(missing).toEqual([]);
  });
});
