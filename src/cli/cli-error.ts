/**
 * A problem with what the user gave the CLI (flags, files, scenario). It carries one message per
 * problem and the exit code; `main` prints each problem on its own line, never a stack trace.
 */
export class CliError extends Error {
  readonly problems: readonly string[];
  /** 2: the command line itself is wrong (usage); 1: a file or scenario is wrong */
  readonly exitCode: number;

  constructor(problems: string | readonly string[], exitCode = 1) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.name = 'CliError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** Exit codes (docs/cli.md). */
export const EXIT = {
  ok: 0,
  /** invalid input: a scenario, file or preset that is wrong */
  invalid: 1,
  /** usage: unknown command or flag, missing or malformed value */
  usage: 2,
  /** a bug in idlab (reported with a stack trace, unlike bad input) */
  internal: 70,
} as const;
