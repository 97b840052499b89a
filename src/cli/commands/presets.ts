/** `idlab presets`: the shipped presets, one per line: id, title, description (English, then 中文). */
import { parseArgs, type CommandSpec } from '../args.ts';
import { listPresets } from '../presets.ts';
import { EXIT } from '../cli-error.ts';

export const PRESETS_SPEC: CommandSpec = {
  name: 'presets',
  positionals: [],
  flags: { json: { kind: 'boolean', help: 'print the list as JSON (id, title, description in both languages)' } },
};

export const PRESETS_SUMMARY = 'List the preset scenarios: id, title and description.';

export async function presetsCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, PRESETS_SPEC);
  const presets = listPresets();
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(presets, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(2, ...presets.map((p) => p.id.length));
  const lines = presets.map((p) => {
    const title = p.title.zh && p.title.zh !== p.title.en ? `${p.title.en} · ${p.title.zh}` : p.title.en;
    return `${p.id.padEnd(width)}  ${title}${p.description.en ? ` — ${p.description.en}` : ''}`;
  });
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  return EXIT.ok;
}
