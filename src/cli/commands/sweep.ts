/**
 * `idlab sweep <plan|run|merge|verify|analyze>`: parameter sweeps with replicates (docs/cli.md
 * "Sweeps"). Dispatches to the subcommands and prints their help.
 */
import { commandHelp, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { suggestion } from '../did-you-mean.ts';
import { SWEEP_PLAN_SPEC, SWEEP_PLAN_SUMMARY, sweepPlanCommand } from './sweep-plan.ts';
import { SWEEP_RUN_SPEC, SWEEP_RUN_SUMMARY, sweepRunCommand } from './sweep-run.ts';
import { SWEEP_MERGE_SPEC, SWEEP_MERGE_SUMMARY, sweepMergeCommand } from './sweep-merge.ts';
import { SWEEP_VERIFY_SPEC, SWEEP_VERIFY_SUMMARY, sweepVerifyCommand } from './sweep-verify.ts';
import { SWEEP_ANALYZE_SPEC, SWEEP_ANALYZE_SUMMARY, sweepAnalyzeCommand } from './sweep-analyze.ts';

interface Subcommand {
  spec: CommandSpec;
  summary: string;
  run: (argv: readonly string[]) => Promise<number>;
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  plan: { spec: SWEEP_PLAN_SPEC, summary: SWEEP_PLAN_SUMMARY, run: sweepPlanCommand },
  run: { spec: SWEEP_RUN_SPEC, summary: SWEEP_RUN_SUMMARY, run: sweepRunCommand },
  merge: { spec: SWEEP_MERGE_SPEC, summary: SWEEP_MERGE_SUMMARY, run: sweepMergeCommand },
  verify: { spec: SWEEP_VERIFY_SPEC, summary: SWEEP_VERIFY_SUMMARY, run: sweepVerifyCommand },
  analyze: { spec: SWEEP_ANALYZE_SPEC, summary: SWEEP_ANALYZE_SUMMARY, run: sweepAnalyzeCommand },
};

export const SWEEP_SPEC: CommandSpec = { name: 'sweep', positionals: ['plan|run|merge|verify|analyze'], flags: {} };
export const SWEEP_SUMMARY = 'Parameter sweeps with replicates: plan, run (workers, shards), merge, verify, analyze.';

/** The subcommand a user named (own keys only: 'toString' is not a subcommand). */
function subcommand(name: string | undefined): Subcommand | undefined {
  return name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
}

/** Help for `idlab sweep --help` and `idlab sweep <sub> --help`. */
export function sweepHelp(argv: readonly string[]): string {
  const sub = subcommand(argv[0]);
  if (sub) return commandHelp(sub.spec, sub.summary);
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((s) => s.length)) + 2;
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(width)}${s.summary}`);
  return `usage: idlab sweep <subcommand> [options]    (idlab sweep <subcommand> --help for its options)\n\n${SWEEP_SUMMARY}\n\n${lines.join('\n')}\n\ndocs/cli.md "Sweeps" has worked examples for GNU parallel, Slurm and Kubernetes.\n`;
}

export async function sweepCommand(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new CliError(`missing subcommand (usage: idlab sweep <${Object.keys(SUBCOMMANDS).join('|')}> …; idlab sweep --help)`, EXIT.usage);
  const sub = subcommand(name);
  if (!sub) throw new CliError(`unknown subcommand '${name}'${suggestion(name, Object.keys(SUBCOMMANDS))} (idlab sweep --help lists them)`, EXIT.usage);
  return sub.run(rest);
}
