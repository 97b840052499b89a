/**
 * Everything a user or maintainer reads must be in the repository: no source, test, script, doc or
 * shipped file may send its reader to a document that is not in it (the design and reference notes
 * the project was started from, a folder beside the checkout) or to a tracker's issue number. Write
 * the docs/ section instead ("docs/model.md §6"), or the reason itself.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { REPO_ROOT, textFiles } from './repoFiles.ts';

// Built from parts so that this file does not cite what it forbids.
const OUTSIDE_DOCS = ['DESIGN', 'REFERENCES', 'DATA', 'STYLE'].map((name) => `${name}.md`);
const FORBIDDEN: { what: string; re: RegExp }[] = [
  ...OUTSIDE_DOCS.map((name) => ({ what: name, re: new RegExp(`\\b${name.replace('.', '\\.')}`) })),
  { what: 'a folder outside the repository', re: /\.\.\/shared\b/ },
  // the word issue (or issues) followed by a number, with or without "#" and a point number
  { what: 'an issue number', re: /\bissues?\s+#?\d/i },
];

/** Every forbidden citation in `text`, as "line N: what (excerpt)". */
export function citationsIn(text: string): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    for (const { what, re } of FORBIDDEN) {
      const m = re.exec(lines[n]);
      if (m) found.push(`line ${n + 1}: ${what} (…${lines[n].slice(Math.max(0, m.index - 30), m.index + 40).trim()}…)`);
    }
  }
  return found;
}

const SCANNED = ['src', 'docs', 'test', 'scripts', 'workers', 'public', 'README.md', 'index.html'];

describe('docs cite only what is in the repository', () => {
  const files = textFiles(SCANNED);

  it('scans the tree (sources, tests, scripts, docs, shipped files)', () => {
    const rel = files.map((f) => relative(REPO_ROOT, f).split('\\').join('/'));
    for (const expected of ['README.md', 'docs/model.md', 'src/model/index.ts', 'workers/service-worker.ts', 'public/schema/scenario.schema.json']) {
      expect(rel).toContain(expected);
    }
  });

  it('finds each kind of citation it forbids', () => {
    const samples = [...OUTSIDE_DOCS.map((d) => `see ${d} §2.5`), `read ${'..'}/shared/x`, `issue ${3} point ${7}`, `(Issue #${6})`];
    for (const s of samples) expect(citationsIn(s), s).toHaveLength(1);
    for (const s of ['docs/model.md §6', 'public/data/ATTRIBUTION.md', 'no issue here', 'an issue of 3 kinds', 'docs/map-data.md']) {
      expect(citationsIn(s), s).toEqual([]);
    }
  });

  it('no file mentions a design note, reference note, map-data note or style note outside the repository, the folder beside the checkout, or an issue number', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const p of citationsIn(readFileSync(file, 'utf8'))) problems.push(`${relative(REPO_ROOT, file)} ${p}`);
    }
    expect(problems).toEqual([]);
  });
});
