/**
 * `idlab sweep plan <sweep.json> --out DIR [--shards N]`: validates a sweep file, builds its design,
 * and writes the plan folder (manifest with version and digests, the resolved sweep, the run list).
 */
import { numberFlag, parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { readJsonFile } from '../load-scenario.ts';
import { loadPresetForExtends } from '../presets.ts';
import { resolveSweep } from '../../sweep/resolveSweep.ts';
import { createPlan } from '../../sweep/plan.ts';
import { planMemoryProblem } from '../../sweep/planMemoryProblem.ts';
import { CLI_MEMORY_LIMIT } from '../../model/simulation/runMemory.ts';
import { writePlanDir } from '../../sweep/node/planDir.ts';
import { fsStep, sweepStep } from './sweep-shared.ts';

export const SWEEP_PLAN_SPEC: CommandSpec = {
  name: 'sweep plan',
  positionals: ['sweep.json'],
  flags: {
    out: { kind: 'string', value: 'DIR', help: 'the plan folder to write (new or empty)' },
    shards: { kind: 'string', value: 'N', help: 'shards for --index / SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX (default 1)' },
    years: { kind: 'string', value: 'Y', help: "override the sweep's years per run (a quick trial of a sweep file)" },
    replicates: { kind: 'string', value: 'R', help: "override the sweep's replicates per point (a quick trial)" },
  },
};

export const SWEEP_PLAN_SUMMARY = 'Validate a sweep file and write its plan folder: manifest, run list with seeds, results/.';

export async function sweepPlanCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SWEEP_PLAN_SPEC);
  const problems: string[] = [];
  const shards = numberFlag(args, 'shards', { integer: true, min: 1, max: 1_000_000 }, problems) ?? 1;
  const years = numberFlag(args, 'years', { above: 0, what: 'years' }, problems);
  const replicates = numberFlag(args, 'replicates', { integer: true, min: 1, max: 10_000 }, problems);
  const out = args.flags.get('out');
  if (typeof out !== 'string') problems.push('missing --out DIR (the plan folder to write)');
  if (problems.length) throw new CliError(problems, EXIT.usage);
  const path = args.positionals[0];

  let file = readJsonFile(path);
  // overrides enter the sweep file before validation, so the plan records them (and its digest changes)
  if (isObject(file) && (years !== null || replicates !== null)) {
    const time = isObject(file.time) ? file.time : {};
    file = { ...file, ...(years !== null && { time: { ...time, years } }), ...(replicates !== null && { replicates }) };
  }
  const { sweep, notes } = sweepStep(() => resolveSweep(file, { loadPreset: loadPresetForExtends }), path);
  for (const note of notes) process.stderr.write(`idlab sweep plan: ${note.message}\n`);
  const plan = createPlan(sweep);
  const tooLarge = planMemoryProblem(plan, CLI_MEMORY_LIMIT, 'cli');
  if (tooLarge) throw new CliError(`${path}: ${tooLarge}`, EXIT.invalid);
  if (shards > plan.runCount) throw new CliError(`invalid --shards: ${shards} (the plan has ${plan.runCount} runs; allowed 1–${plan.runCount})`, EXIT.usage);
  const manifest = sweepStep(() => fsStep(`cannot write the plan folder ${out}`, () => writePlanDir(out as string, plan, shards)), path);

  const lines = [
    `${sweep.title}: ${manifest.runs} runs = ${manifest.points} points (${sweep.design.type} design, ${manifest.factors.length} factors: ${manifest.factors.join(', ')}) × ${manifest.replicates} replicates`,
    `plan ${out}: sweep digest ${manifest.sweepDigest}, version ${manifest.version}, ${shards} shard${shards === 1 ? '' : 's'}`,
    shards > 1
      ? `next: idlab sweep run ${out} --index K (K = 0…${shards - 1}; or SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX), then idlab sweep merge ${out} --out results.csv`
      : `next: idlab sweep run ${out} [--workers W], then idlab sweep merge ${out} --out results.csv`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
