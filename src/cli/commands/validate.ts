/**
 * `idlab validate <file>`: resolves a scenario file (or preset id) and prints "ok" with its notes
 * (values outside the plausible range, events after the end …), or fails with one line per problem.
 */
import { parseArgs, type CommandSpec } from '../args.ts';
import { readScenarioSource, resolveSource } from '../load-scenario.ts';
import { EXIT } from '../cli-error.ts';
import { tickCount } from '../../model/scenario/checks.ts';

export const VALIDATE_SPEC: CommandSpec = {
  name: 'validate',
  positionals: ['file'],
  flags: {},
};

export const VALIDATE_SUMMARY = 'Check a scenario file (or a preset id): prints "ok" and any notes, or one line per problem (exit 1).';

export async function validateCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, VALIDATE_SPEC);
  const source = readScenarioSource(args.positionals[0]);
  const { scenario, notes } = resolveSource(source.file, source.label);
  const ids = scenario.innovations.map((k) => k.id).join(', ');
  const out = [`ok: ${source.label} — ${scenario.world.kind} world, ${scenario.innovations.length} innovation${scenario.innovations.length === 1 ? '' : 's'} (${ids}), ${scenario.time.years} years from ${scenario.time.startYear}, ${tickCount(scenario.time)} ticks of ${scenario.time.dt} years`];
  for (const note of notes) out.push(note.message.startsWith('note:') ? note.message : `note: ${note.message}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}
