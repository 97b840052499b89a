#!/usr/bin/env node
/**
 * `idlab`: the headless command line of Innovation Diffusion Lab. Subcommands live in
 * src/cli/commands/; this file only dispatches and sets the exit code.
 */
import { main } from './main.ts';
import { EXIT } from './cli-error.ts';
import { describeFsError } from './load-scenario.ts';

// `idlab run bass | head` closes stdout early: that is the reader's choice, not an error. Any other
// failure to write stdout (a full disk: `idlab presets > /dev/full`) is one line and exit 1.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`idlab: cannot write to standard output: ${describeFsError(err)}\n`);
  process.exit(EXIT.invalid);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad input: bad input is reported by the commands as one line per problem.
    process.stderr.write(`idlab: internal error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = EXIT.internal;
  },
);
