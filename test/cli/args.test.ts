import { describe, expect, it } from 'vitest';
import { numberFlag, parseArgs, type CommandSpec } from '../../src/cli/args.ts';
import { CliError } from '../../src/cli/cli-error.ts';

const spec: CommandSpec = {
  name: 'run',
  positionals: ['scenario'],
  flags: {
    seed: { kind: 'string', value: 'S', help: 'seed' },
    out: { kind: 'string', value: 'FILE', help: 'output' },
    progress: { kind: 'boolean', help: 'progress' },
  },
};

function problems(argv: string[]): readonly string[] {
  try {
    parseArgs(argv, spec);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as CliError).problems;
  }
  throw new Error('expected a CliError');
}

describe('parseArgs', () => {
  it('reads positionals, --flag value, --flag=value and boolean flags', () => {
    const a = parseArgs(['bass', '--seed', '7', '--out=x.csv', '--progress'], spec);
    expect(a.positionals).toEqual(['bass']);
    expect(a.flags.get('seed')).toBe('7');
    expect(a.flags.get('out')).toBe('x.csv');
    expect(a.flags.get('progress')).toBe(true);
  });

  it('accepts a negative-looking value after a flag', () => {
    expect(parseArgs(['bass', '--seed', '-3'], spec).flags.get('seed')).toBe('-3');
  });

  it('reports every problem at once, one line each, with a suggestion for a misspelt flag', () => {
    const list = problems(['bass', '--sed', '3', '--out', '--progress=yes']);
    expect(list).toEqual([
      "unknown option --sed for 'idlab run' (did you mean '--seed'?)",
      'option --out needs a value (FILE)',
      "option --progress takes no value (got 'yes')",
      "unexpected argument '3' (usage: idlab run <scenario> [--seed S] [--out FILE] [--progress])",
    ]);
  });

  it('rejects a missing positional and a repeated flag', () => {
    expect(problems(['--seed', '1', '--seed', '2'])).toEqual([
      'option --seed given more than once',
      'missing <scenario> (usage: idlab run <scenario> [--seed S] [--out FILE] [--progress])',
    ]);
  });

  it('usage problems exit with code 2', () => {
    try {
      parseArgs([], spec);
    } catch (e) {
      expect((e as CliError).exitCode).toBe(2);
    }
  });
});

describe('numberFlag', () => {
  const read = (value: string, rule: Parameters<typeof numberFlag>[2]) => {
    const list: string[] = [];
    const v = numberFlag({ positionals: [], flags: new Map([['dt', value]]) }, 'dt', rule, list);
    return { v, list };
  };

  it('parses decimals, exponents and fractions', () => {
    expect(read('0.25', { above: 0 }).v).toBe(0.25);
    expect(read('1e-1', { above: 0 }).v).toBe(0.1);
    expect(read('1/12', { above: 0 }).v).toBe(1 / 12);
  });

  it('names the flag, the value and the allowed range', () => {
    expect(read('abc', { above: 0, max: 1, what: 'years' }).list).toEqual(["invalid --dt: 'abc' is not a number (allowed > 0 and ≤ 1 years)"]);
    expect(read('0', { above: 0, max: 1, what: 'years' }).list).toEqual(['invalid --dt: 0 (allowed > 0 and ≤ 1 years)']);
    expect(read('1.5', { integer: true, min: 0 }).list).toEqual(["invalid --dt: '1.5' is not an integer (allowed integer ≥ 0)"]);
    expect(read('12abc', { min: 0 }).v).toBeNull();
    expect(read('Infinity', { min: 0 }).v).toBeNull();
  });
});
