#!/usr/bin/env node
/**
 * `idlab`: the headless command line of Innovation Diffusion Lab. Subcommands are added in
 * src/cli/commands/; this file only dispatches.
 */
import { main } from './main.ts';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad input: bad input is reported by the commands as one line per problem.
    process.stderr.write(`idlab: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
