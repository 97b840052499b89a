/**
 * Dispatches `idlab <command>`. Bad input (a CliError) is printed as one line per problem on stderr
 * with a non-zero exit code (docs/cli.md); anything else is a bug and propagates to idlab.ts.
 */
import { version } from './version.ts';
import { CliError, EXIT } from './cli-error.ts';
import { commandHelp, type CommandSpec } from './args.ts';
import { suggestion } from './did-you-mean.ts';
import { RUN_SPEC, RUN_SUMMARY, runCommand } from './commands/run.ts';
import { VALIDATE_SPEC, VALIDATE_SUMMARY, validateCommand } from './commands/validate.ts';
import { PRESETS_SPEC, PRESETS_SUMMARY, presetsCommand } from './commands/presets.ts';
import { SCHEMA_SPEC, SCHEMA_SUMMARY, schemaCommand } from './commands/schema.ts';
import { SWEEP_SPEC, SWEEP_SUMMARY, sweepCommand, sweepHelp } from './commands/sweep.ts';
import { CALIBRATE_SPEC, CALIBRATE_SUMMARY, calibrateCommand } from './commands/calibrate.ts';
import { COMPARE_SPEC, COMPARE_SUMMARY, compareCommand } from './commands/compare.ts';
import { TORNADO_SPEC, TORNADO_SUMMARY, tornadoCommand } from './commands/tornado.ts';

interface Command {
  spec: CommandSpec;
  summary: string;
  run: (argv: readonly string[]) => Promise<number>;
  /** help of a command with subcommands (`idlab sweep plan --help`) */
  help?: (argv: readonly string[]) => string;
}

const COMMANDS: Record<string, Command> = {
  run: { spec: RUN_SPEC, summary: RUN_SUMMARY, run: runCommand },
  validate: { spec: VALIDATE_SPEC, summary: VALIDATE_SUMMARY, run: validateCommand },
  presets: { spec: PRESETS_SPEC, summary: PRESETS_SUMMARY, run: presetsCommand },
  schema: { spec: SCHEMA_SPEC, summary: SCHEMA_SUMMARY, run: schemaCommand },
  compare: { spec: COMPARE_SPEC, summary: COMPARE_SUMMARY, run: compareCommand },
  tornado: { spec: TORNADO_SPEC, summary: TORNADO_SUMMARY, run: tornadoCommand },
  sweep: { spec: SWEEP_SPEC, summary: SWEEP_SUMMARY, run: sweepCommand, help: sweepHelp },
  calibrate: { spec: CALIBRATE_SPEC, summary: CALIBRATE_SUMMARY, run: calibrateCommand },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
  return `idlab ${version}: Innovation Diffusion Lab (创新扩散实验室), headless

usage: idlab <command> [options]    (idlab <command> --help for its options)

${lines.join('\n')}

  --version  print the version
  --help     print this help

docs/cli.md describes every command, flag, output column and exit code.
`;
}

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return EXIT.ok;
  }
  // Own keys only: 'constructor' or 'toString' must not find Object.prototype's members.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`idlab: unknown command '${name}'${suggestion(name, Object.keys(COMMANDS))} (see idlab --help)\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help ? command.help(rest) : commandHelp(command.spec, command.summary));
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(error.problems.map((p) => `idlab ${name}: ${p}\n`).join(''));
    return error.exitCode;
  }
}
