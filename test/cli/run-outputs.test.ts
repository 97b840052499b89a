/**
 * `idlab run` never destroys a file it reads and never leaves a truncated output: an output that is
 * an input (by any spelling: symbolic links, hard links) or another output is refused before the
 * run, and outputs are written all or nothing (a file-size limit leaves the old file as it was).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, buildCli, idlab, tempDir } from './helpers.ts';

let tmp: ReturnType<typeof tempDir>;
let scenario: string;
let scenarioText: string;
beforeAll(() => {
  buildCli();
  tmp = tempDir();
  scenario = join(tmp.dir, 'v.json');
  copyFileSync(join(FIXTURES, 'small-lattice.json'), scenario);
  scenarioText = readFileSync(scenario, 'utf8');
});
afterAll(() => tmp.cleanup());

const at = (name: string) => join(tmp.dir, name);

/** A refusal before the run: usage exit, one line per problem, no stack trace, the inputs untouched. */
function refused(args: string[]): string[] {
  const r = idlab(args, { cwd: tmp.dir });
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(readFileSync(scenario, 'utf8')).toBe(scenarioText);
  return r.stderr.trimEnd().split('\n');
}

describe('idlab run refuses outputs that would overwrite an input or each other', () => {
  it('--out naming the scenario file itself, also through a symbolic link or a hard link', () => {
    expect(refused(['run', 'v.json', '--out', 'v.json'])).toEqual([`idlab run: invalid --out: 'v.json' is the scenario (v.json); write the output to another file`]);
    symlinkSync(scenario, at('link.json'));
    expect(refused(['run', 'v.json', '--out', 'link.json'])[0]).toMatch(/invalid --out: 'link.json' is the scenario/);
    linkSync(scenario, at('hard.json'));
    expect(refused(['run', scenario, '--out', at('hard.json')])[0]).toMatch(/invalid --out: '.*hard.json' is the scenario/);
  });

  it('--events or --panel naming the --attributes file', () => {
    const attributes = at('attributes.csv');
    writeFileSync(attributes, 'code,attribute,value\n');
    const lines = refused(['run', 'v.json', '--attributes', 'attributes.csv', '--events', 'attributes.csv', '--panel', './attributes.csv']);
    expect(lines).toEqual([
      `idlab run: invalid --events: 'attributes.csv' is the --attributes file (attributes.csv); write the output to another file`,
      `idlab run: invalid --panel: './attributes.csv' is the --attributes file (attributes.csv); write the output to another file`,
    ]);
    expect(readFileSync(attributes, 'utf8')).toBe('code,attribute,value\n');
  });

  it('two outputs that reach the same new file through a linked folder', () => {
    mkdirSync(at('out'));
    symlinkSync(at('out'), at('out-link'));
    expect(refused(['run', 'v.json', '--out', 'out/x.csv', '--events', 'out-link/x.csv'])).toEqual([
      `idlab run: invalid --events: 'out-link/x.csv' is the same file as --out ('out/x.csv'); give each output its own file`,
    ]);
    expect(readdirSync(at('out'))).toEqual([]);
  });
});

describe('idlab run writes its outputs all or nothing', () => {
  it('a file-size limit reached while writing leaves the previous files intact and no temporary file', () => {
    const dir = at('limited');
    mkdirSync(dir);
    writeFileSync(join(dir, 'rows.csv'), 'previous rows\n');
    // 20 KiB: the metric rows (≈ 14 KB) fit, the event log (≈ 50 KB) does not. SIGXFSZ is ignored so
    // that the write fails with EFBIG, as it does on a full disk (ENOSPC).
    const r = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 20; exec "$@"`, 'bash', process.execPath, BIN, 'run', scenario, '--out', 'rows.csv', '--events', 'events.csv'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('idlab run: cannot write events.csv: file too large (a file-size limit was reached)\n');
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, 'rows.csv'), 'utf8')).toBe('previous rows\n');
    expect(existsSync(join(dir, 'events.csv'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['rows.csv']);
  });
});
