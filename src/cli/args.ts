/**
 * Command-line arguments: a small parser that reports *every* problem (unknown flag with a
 * suggestion, missing value, repeated flag, wrong number of arguments) rather than stopping at the
 * first, and that turns numbers into numbers with a range check. Values are normalized here, once;
 * commands receive typed options.
 */
import { CliError, EXIT } from './cli-error.ts';
import { suggestion } from './did-you-mean.ts';

export type FlagKind = 'string' | 'boolean';

export interface FlagSpec {
  kind: FlagKind;
  /** placeholder in help and messages ("FILE", "S") */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** positional argument names, all required ("scenario") */
  positionals: readonly string[];
  flags: Readonly<Record<string, FlagSpec>>;
}

export interface ParsedArgs {
  positionals: string[];
  /** flag name (without --) → string value, or true for a boolean flag */
  flags: Map<string, string | true>;
}

/** Parses argv for one command; throws a CliError (usage) listing every problem. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const problems: string[] = [];
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const known = Object.keys(spec.flags).map((f) => `--${f}`);
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    const flag = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined; // not Object.prototype's members
    if (!flag || !arg.startsWith('--')) {
      problems.push(`unknown option ${eq >= 0 ? arg.slice(0, eq) : arg} for 'idlab ${spec.name}'${suggestion(`--${name}`, known)}`);
      continue;
    }
    let value: string | true | undefined = true;
    if (flag.kind === 'boolean') {
      if (eq >= 0) {
        problems.push(`option --${name} takes no value (got '${arg.slice(eq + 1)}')`);
        continue;
      }
    } else {
      value = undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !(argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) value = argv[++i];
      if (value === undefined || value === '') {
        problems.push(`option --${name} needs a value (${flag.value ?? 'value'})`);
        continue;
      }
    }
    if (flags.has(name)) problems.push(`option --${name} given more than once`);
    else flags.set(name, value);
  }

  if (positionals.length < spec.positionals.length) {
    const missing = spec.positionals.slice(positionals.length).map((p) => `<${p}>`);
    problems.push(`missing ${missing.join(' ')} (usage: ${usageLine(spec)})`);
  } else if (positionals.length > spec.positionals.length) {
    problems.push(`unexpected argument${positionals.length - spec.positionals.length > 1 ? 's' : ''} ${positionals.slice(spec.positionals.length).map((p) => `'${p}'`).join(' ')} (usage: ${usageLine(spec)})`);
  }
  if (problems.length) throw new CliError(problems, EXIT.usage);
  return { positionals, flags };
}

/** "idlab run <scenario> [--seed S] …" */
export function usageLine(spec: CommandSpec): string {
  const pos = spec.positionals.map((p) => `<${p}>`);
  const opts = Object.entries(spec.flags).map(([name, f]) => (f.kind === 'boolean' ? `[--${name}]` : `[--${name} ${f.value ?? 'VALUE'}]`));
  return ['idlab', spec.name, ...pos, ...opts].join(' ');
}

/** Help text of one command: the usage line and one line per flag. */
export function commandHelp(spec: CommandSpec, summary: string): string {
  const lines = [`usage: ${usageLine(spec)}`, '', summary, ''];
  const width = Math.max(0, ...Object.entries(spec.flags).map(([n, f]) => n.length + (f.value ? f.value.length + 1 : 0))) + 4;
  for (const [name, f] of Object.entries(spec.flags)) {
    lines.push(`  ${`--${name}${f.value ? ` ${f.value}` : ''}`.padEnd(width)}${f.help}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface NumberRule {
  integer?: boolean;
  /** inclusive lower bound */
  min?: number;
  /** exclusive lower bound */
  above?: number;
  max?: number;
  /** unit or meaning, shown in the message ("years") */
  what?: string;
}

/**
 * Reads a numeric flag: null when absent; a CliError (usage) naming the flag, the value and the
 * allowed range when it is not a finite number in range. Accepts fractions such as "1/12" for --dt.
 */
export function numberFlag(args: ParsedArgs, name: string, rule: NumberRule, problems: string[]): number | null {
  const raw = args.flags.get(name);
  if (raw === undefined || raw === true) return null;
  const value = parseNumber(raw);
  const range = describeRange(rule);
  if (value === null || (rule.integer && !Number.isInteger(value))) {
    problems.push(`invalid --${name}: '${raw}' is not ${rule.integer ? 'an integer' : 'a number'} (${range})`);
    return null;
  }
  const tooLow = (rule.min !== undefined && value < rule.min) || (rule.above !== undefined && value <= rule.above);
  const tooHigh = rule.max !== undefined && value > rule.max;
  if (tooLow || tooHigh) {
    problems.push(`invalid --${name}: ${raw} (${range})`);
    return null;
  }
  return value;
}

function parseNumber(raw: string): number | null {
  const s = raw.trim();
  const fraction = /^([0-9]+(?:\.[0-9]*)?)\/([0-9]+(?:\.[0-9]*)?)$/.exec(s);
  if (fraction) {
    const v = Number(fraction[1]) / Number(fraction[2]);
    return Number.isFinite(v) ? v : null;
  }
  if (!/^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]+)?$/i.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

function describeRange(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.integer) parts.push('integer');
  if (rule.min !== undefined && rule.max !== undefined) parts.push(`${rule.min}–${rule.max}`);
  else if (rule.min !== undefined) parts.push(`≥ ${rule.min}`);
  else if (rule.above !== undefined) parts.push(rule.max !== undefined ? `> ${rule.above} and ≤ ${rule.max}` : `> ${rule.above}`);
  else if (rule.max !== undefined) parts.push(`≤ ${rule.max}`);
  return `allowed ${parts.join(' ')}${rule.what ? ` ${rule.what}` : ''}`;
}
