/**
 * Every relative link in README.md and docs/ leads to a file in the repository, and every
 * `#anchor` to a heading of the page it names, so a reader never follows a link into nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, textFiles } from './repoFiles.ts';

/** The text outside fenced code blocks (a link or heading inside one is not one). */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** The link targets of a Markdown text: inline links and images, and reference definitions. */
export function linkTargets(markdown: string): string[] {
  const text = withoutCodeBlocks(markdown);
  const out: string[] = [];
  for (const m of text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) out.push(m[1]);
  return out;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file offers (duplicates numbered as GitHub numbers them). */
function anchorsOf(markdown: string): Set<string> {
  const text = withoutCodeBlocks(markdown);
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = headingSlug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  return anchors;
}

/** Problems with one link of `file`, or null when it resolves. External links are not followed. */
function checkLink(file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const path = decodeURIComponent(pathPart.split('?')[0]);
  const dest = path === '' ? file : resolve(dirname(file), path);
  const inside = relative(REPO_ROOT, dest);
  if (inside.startsWith('..') || inside.startsWith(sep)) return `${target} leaves the repository`;
  if (!existsSync(dest)) return `${target} names no file`;
  if (anchor && dest.endsWith('.md') && !anchorsOf(readFileSync(dest, 'utf8')).has(anchor)) {
    return `${target}: no heading #${anchor} in ${relative(REPO_ROOT, dest)}`;
  }
  return null;
}

describe('links in the docs', () => {
  const pages = textFiles(['README.md', 'docs']).filter((f) => f.endsWith('.md'));

  it('reads the README and the docs', () => {
    const rel = pages.map((f) => relative(REPO_ROOT, f).split(sep).join('/'));
    expect(rel).toEqual(expect.arrayContaining(['README.md', 'docs/model.md', 'docs/cli.md', 'docs/implementation-notes.md']));
  });

  it('recognizes links, anchors and what is not a link', () => {
    expect(linkTargets('see [a](docs/a.md#b-c) and ![i](x.png "t")\n[ref]: ./y.md\n```\n[no](z.md)\n```\n')).toEqual([
      'docs/a.md#b-c',
      'x.png',
      './y.md',
    ]);
    expect(headingSlug('12. Presets · 预设情景')).toBe('12-presets--预设情景');
    expect(headingSlug('In the browser: the Sweep panel')).toBe('in-the-browser-the-sweep-panel');
    const here = join(REPO_ROOT, 'README.md');
    expect(checkLink(here, 'docs/no-such-page.md')).toMatch(/names no file/);
    expect(checkLink(here, '../outside/x.md')).toMatch(/leaves the repository/);
    expect(checkLink(here, 'docs/cli.md#no-such-heading')).toMatch(/no heading/);
    expect(checkLink(here, 'https://example.org/x')).toBeNull();
  });

  it('every relative link resolves to a file in the repository (and its anchor to a heading)', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const target of linkTargets(readFileSync(page, 'utf8'))) {
        const p = checkLink(page, target);
        if (p) problems.push(`${relative(REPO_ROOT, page)}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
