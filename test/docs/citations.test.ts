/**
 * Everything a user or maintainer reads must be in the repository: no source, test, script, doc or
 * shipped file may send its reader to a document that is not in it (the design and reference notes
 * the project was started from, a folder beside the checkout) or to a tracker's issue number. Write
 * the docs/ section instead ("docs/model.md §6"), or the reason itself.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Headings of a Markdown file, as written (without the leading #s). */
function headings(file: string): string[] {
  return [...readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => m[1]);
}

/**
 * Citations of docs/ that do not resolve: a page that does not exist, a `docs/model.md §N` with no
 * section N, a `docs/implementation-notes.md, "Heading"` with no such heading.
 */
export function danglingDocCitations(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bdocs\/([\w.-]+\.md)/g)) {
    if (!existsSync(join(REPO_ROOT, 'docs', m[1]))) found.push(`docs/${m[1]} does not exist`);
  }
  for (const m of text.matchAll(/docs\/model\.md,? (§\d+(?:\s*[–,-]\s*§\d+)*)/g)) {
    for (const n of m[1].match(/\d+/g) ?? []) {
      if (!MODEL_SECTIONS.has(n)) found.push(`docs/model.md has no §${n}`);
    }
  }
  for (const m of text.matchAll(/docs\/implementation-notes\.md, "([^"]+)"/g)) {
    if (!NOTES_HEADINGS.has(m[1].toLowerCase())) found.push(`docs/implementation-notes.md has no heading "${m[1]}"`);
  }
  return found;
}
const MODEL_SECTIONS = new Set(headings('docs/model.md').flatMap((h) => /^(\d+)\. /.exec(h)?.[1] ?? []));
const NOTES_HEADINGS = new Set(headings('docs/implementation-notes.md').map((h) => h.toLowerCase()));

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

  it('every citation of a docs/ page, a section of model.md or a heading of the implementation notes resolves', () => {
    expect(danglingDocCitations('docs/model.md §6–§7, docs/model.md §1, §10, docs/implementation-notes.md, "Contracts"')).toEqual([]);
    expect(danglingDocCitations('docs/nothing.md; docs/model.md §99; docs/implementation-notes.md, "No such part"')).toHaveLength(3);
    const problems: string[] = [];
    // test/docs holds deliberate counter-examples
    for (const file of files.filter((f) => !relative(REPO_ROOT, f).startsWith(join('test', 'docs')))) {
      for (const p of danglingDocCitations(readFileSync(file, 'utf8'))) problems.push(`${relative(REPO_ROOT, file)}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});
