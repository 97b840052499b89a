import { version } from './version.ts';

const USAGE = `idlab ${version}: Innovation Diffusion Lab (创新扩散实验室), headless

usage: idlab <command> [options]

  --version      print the version
  --help         print this help
`;

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  process.stderr.write(`idlab: unknown command '${command}' (see idlab --help)\n`);
  return 2;
}
