/**
 * Whatever the user types or points `idlab` at — a command, subcommand or flag named like one of
 * JavaScript's object members, a device that never ends, a full disk on stdout — the answer is one
 * clear line on stderr and a non-zero exit, never a stack trace or an abort.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, buildCli, idlab, type CliResult } from './helpers.ts';

beforeAll(() => buildCli());

/** One line on stderr with the exit code, nothing on stdout, no trace. */
function oneLine(r: CliResult, code: number): string {
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at |internal error|TypeError/m);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.code).toBe(code);
  return r.stderr.trimEnd();
}

describe('names of JavaScript object members are not commands, subcommands or flags', () => {
  it.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])('idlab %s is an unknown command', (name) => {
    expect(oneLine(idlab([name]), 2)).toBe(`idlab: unknown command '${name}' (see idlab --help)`);
    expect(oneLine(idlab([name, '--help']), 2)).toBe(`idlab: unknown command '${name}' (see idlab --help)`);
  });

  it('idlab sweep toString / constructor is an unknown subcommand', () => {
    expect(oneLine(idlab(['sweep', 'toString']), 2)).toBe("idlab sweep: unknown subcommand 'toString' (idlab sweep --help lists them)");
    expect(oneLine(idlab(['sweep', 'constructor', 'x']), 2)).toBe("idlab sweep: unknown subcommand 'constructor' (idlab sweep --help lists them)");
    const help = idlab(['sweep', 'valueOf', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: idlab sweep <subcommand>/);
  });

  it('--toString=1 and --constructor=X are unknown options, not silently accepted', () => {
    expect(oneLine(idlab(['run', 'bass', '--toString=1']), 2)).toBe("idlab run: unknown option --toString for 'idlab run'");
    expect(oneLine(idlab(['validate', 'bass', '--constructor=x']), 2)).toMatch(/^idlab validate: unknown option --constructor for 'idlab validate'/);
  });
});

describe('inputs and outputs that are not ordinary files', () => {
  it('idlab validate /dev/zero and --attributes /dev/zero stop with one line', () => {
    const limit = 'more than 64 MiB, the most an input file may have (is it a device, or the wrong file?)';
    expect(oneLine(idlab(['validate', '/dev/zero']), 1)).toBe(`idlab validate: cannot read /dev/zero: ${limit}`);
    expect(oneLine(idlab(['run', 'bass', '--years', '1', '--attributes', '/dev/zero']), 1)).toBe(`idlab run: cannot read /dev/zero: ${limit}`);
  });

  it('idlab presets > /dev/full says stdout cannot be written, exit 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'presets'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.stderr).toBe('idlab: cannot write to standard output: no space left on the device\n');
      expect(r.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});
