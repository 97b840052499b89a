/** `idlab schema`: the JSON Schema of scenario files, to stdout (for editors and validators). */
import { parseArgs, type CommandSpec } from '../args.ts';
import { EXIT } from '../cli-error.ts';
import { scenarioJsonSchema } from '../../model/scenario/jsonSchema.ts';

export const SCHEMA_SPEC: CommandSpec = { name: 'schema', positionals: [], flags: {} };

export const SCHEMA_SUMMARY = 'Print the JSON Schema of scenario files.';

export async function schemaCommand(argv: readonly string[]): Promise<number> {
  parseArgs(argv, SCHEMA_SPEC);
  process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
