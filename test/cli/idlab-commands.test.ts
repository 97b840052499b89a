/**
 * `idlab validate`, `presets`, `schema`, and how every command reports bad input: non-zero exit,
 * one line per problem on stderr, never a stack trace.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, buildCli, idlab, tempDir, type CliResult } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  buildCli();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const SMALL = join(FIXTURES, 'small-lattice.json');

function file(name: string, text: string): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
}

/** A failure: the exit code, and stderr as lines (no stack trace, nothing on stdout). */
function failure(r: CliResult, code: number): string[] {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at /m);
  return r.stderr.trimEnd().split('\n');
}

describe('idlab validate', () => {
  it('prints ok with the notes of a valid scenario and exits 0', () => {
    const path = file('unusual.json', JSON.stringify({ extends: 'bass', params: { q: 1.5 } }));
    const r = idlab(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^ok: ${path} — mixed world, 1 innovation \\(bass\\), 30 years from 0, 300 ticks of 0.1 years\n`));
    expect(r.stdout).toMatch(/^note: params.q = 1.5 is outside the plausible range/m);
    expect(idlab(['validate', 'public/scenarios/bass.json']).stdout).toMatch(/^ok: public\/scenarios\/bass.json/);
  });

  it('names each problem with its field path, value and allowed range, one line each, exit 1', () => {
    const bad = file('bad.json', JSON.stringify({ extends: 'bass', params: { q: -1, p: 'high' }, time: { dt: 2 } }));
    const lines = failure(idlab(['validate', bad]), 1);
    expect(lines.length).toBe(3);
    expect(lines.every((l) => l.startsWith(`idlab validate: ${bad}: invalid `))).toBe(true);
    expect(lines.some((l) => l.includes('invalid params.q: -1 ('))).toBe(true);
    expect(lines.some((l) => l.includes('invalid params.p: "high"'))).toBe(true);
    expect(lines.some((l) => l.includes('invalid time.dt: 2'))).toBe(true);
  });

  it('reports invalid JSON with its line and column', () => {
    const broken = file('broken.json', '{\n  "world": { "kind": "lattice" },\n  "time": { "years": 10, }\n}\n');
    expect(failure(idlab(['validate', broken]), 1)).toEqual([
      `idlab validate: ${broken}: invalid JSON at line 3, column 26: unexpected '}', expected a double-quoted property name (trailing comma?)`,
    ]);
  });

  it('reports an unreadable file and an unknown preset with a suggestion', () => {
    expect(failure(idlab(['validate', join(tmp.dir, 'missing.json')]), 1)).toEqual([`idlab validate: cannot read ${join(tmp.dir, 'missing.json')}: no such file`]);
    const [line] = failure(idlab(['validate', 'fengqaio']), 1);
    expect(line).toMatch(/^idlab validate: unknown preset 'fengqaio' \(did you mean 'fengqiao'\?\); presets: bass, /);
  });

  it('reports an unknown preset in extends with a suggestion', () => {
    const path = file('ext.json', JSON.stringify({ extends: 'digital-trapp' }));
    const [line] = failure(idlab(['validate', path]), 1);
    expect(line).toContain('invalid extends: "digital-trapp"');
    expect(line).toContain('did you mean "digital-trap"?');
  });
});

describe('bad command lines', () => {
  it('unknown command, with a suggestion (exit 2)', () => {
    expect(failure(idlab(['rnu']), 2)).toEqual(["idlab: unknown command 'rnu' (did you mean 'run'?) (see idlab --help)"]);
  });

  it('unknown flag, missing value, bad numbers: every problem at once (exit 2)', () => {
    const lines = failure(idlab(['run', SMALL, '--sede', '3', '--years', '--dt', 'abc', '--seed', '-1']), 2);
    expect(lines).toEqual([
      "idlab run: unknown option --sede for 'idlab run' (did you mean '--seed'?)",
      'idlab run: option --years needs a value (Y)',
      "idlab run: unexpected argument '3' (usage: idlab run <scenario> [--seed S] [--years Y] [--dt X] [--out FILE] [--events FILE] [--panel FILE] [--attributes FILE] [--progress])",
    ]);
    expect(failure(idlab(['run', SMALL, '--dt', 'abc', '--seed', '1.5', '--years', '0']), 2)).toEqual([
      "idlab run: invalid --seed: '1.5' is not an integer (allowed integer 0–9007199254740991)",
      'idlab run: invalid --years: 0 (allowed > 0 years)',
      "idlab run: invalid --dt: 'abc' is not a number (allowed > 0 and ≤ 1 years per tick)",
    ]);
  });

  it('rejects an output file with an unknown extension or in a missing folder before running', () => {
    expect(failure(idlab(['run', SMALL, '--out', join(tmp.dir, 'x.txt'), '--events', join(tmp.dir, 'nope', 'e.csv')]), 2)).toEqual([
      `idlab run: invalid --out: '${join(tmp.dir, 'x.txt')}' (allowed file extensions: .csv, .jsonl, .json)`,
      `idlab run: invalid --events: '${join(tmp.dir, 'nope', 'e.csv')}' (folder ${join(tmp.dir, 'nope')} does not exist)`,
    ]);
  });

  it('reports a scope code that names no locality of the world as a scenario problem', () => {
    const path = file('scope.json', JSON.stringify({ extends: 'bass', innovations: [{ id: 'x', complexity: 0, digital: 0, origins: ['nowhere'] }] }));
    const lines = failure(idlab(['run', path]), 1);
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/invalid innovations\[0\]\.origins\[0\]: "nowhere"/);
  });
});

describe('idlab presets and schema', () => {
  it('lists every preset with its title', () => {
    const r = idlab(['presets']);
    expect(r.code).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]);
    const files = readdirSync(join(ROOT, 'public/scenarios'))
      .filter((f) => f.endsWith('.json') && f !== 'index.json')
      .map((f) => f.slice(0, -5));
    expect([...ids].sort()).toEqual([...files].sort());
    expect(r.stdout).toMatch(/^fengqiao\s+Fengqiao Experience/m);
    const json = JSON.parse(idlab(['presets', '--json']).stdout);
    expect(json.find((p: { id: string }) => p.id === 'digital-trap').title.zh).toContain('数字化陷阱');
  });

  it('prints the JSON Schema of scenario files', () => {
    const r = idlab(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['extends', 'world', 'time', 'params', 'levers', 'innovations']));
  });

  it('prints the version and help', () => {
    expect(idlab(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(idlab(['run', '--help']).stdout).toContain('--panel FILE');
  });
});
