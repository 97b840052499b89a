#!/usr/bin/env node
/**
 * `idlab`: the headless command line of Innovation Diffusion Lab. Subcommands live in
 * src/cli/commands/; this file only dispatches and sets the exit code.
 */
import { main } from './main.ts';
import { EXIT } from './cli-error.ts';

// `idlab run bass | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
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
