/**
 * `idlab sweep verify DIR [--sample N] [--workers W]`: re-runs a seeded random sample of the finished
 * runs in this process and compares each result hash with the stored one — the check that a plan's
 * results reproduce on this machine (docs/implementation-notes.md, "Contracts"). First every stored
 * result is checked against its own hash and shape: a corrupt one fails verification, named by run.
 */
import { availableParallelism } from 'node:os';
import { numberFlag, parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { createStream } from '../../model/rng/stream.ts';
import { MAX_SEED } from '../../model/scenario/seedSchema.ts';
import type { RunRecord } from '../../sweep/runRecord.ts';
import { corruptLines, readResult } from '../../sweep/node/results.ts';
import { runTask } from '../../sweep/node/runShard.ts';
import { runPool } from '../../sweep/node/runPool.ts';
import { openPlan, planWorld, sweepStep } from './sweep-shared.ts';

export const SWEEP_VERIFY_SPEC: CommandSpec = {
  name: 'sweep verify',
  positionals: ['dir'],
  flags: {
    sample: { kind: 'string', value: 'N', help: 'how many finished runs to re-run (default 10; all if fewer are done)' },
    seed: { kind: 'string', value: 'S', help: 'seed of the sample choice (default: the sweep seed)' },
    workers: { kind: 'string', value: 'W', help: 'worker threads (default: the available CPUs)' },
  },
};

export const SWEEP_VERIFY_SUMMARY = 'Re-run a seeded sample of finished runs and compare their result hashes.';

export const VERIFY_STREAM = 'sweep-verify';

export async function sweepVerifyCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SWEEP_VERIFY_SPEC);
  const problems: string[] = [];
  const sample = numberFlag(args, 'sample', { integer: true, min: 1 }, problems) ?? 10;
  const seedFlag = numberFlag(args, 'seed', { integer: true, min: 0, max: MAX_SEED }, problems);
  const workers = numberFlag(args, 'workers', { integer: true, min: 1, max: 1024 }, problems) ?? availableParallelism();
  if (problems.length) throw new CliError(problems, EXIT.usage);
  const pd = openPlan(args.positionals[0]);

  const stored = new Map<number, RunRecord>();
  const corrupt: { run: number; reason: string }[] = [];
  for (let run = 0; run < pd.plan.runCount; run++) {
    const r = readResult(pd, run);
    if (r.state === 'done') stored.set(run, r.record);
    else if (r.state === 'corrupt') corrupt.push({ run, reason: r.reason });
  }
  // A corrupt stored result fails verification whatever the sample: it cannot reproduce anything.
  if (corrupt.length > 0) throw new CliError([`${corrupt.length} stored result${corrupt.length === 1 ? ' is' : 's are'} corrupt:`, ...corruptLines(pd, corrupt), `run them again with idlab sweep run ${pd.dir} (it replaces corrupt results)`], EXIT.invalid);
  if (stored.size === 0) throw new CliError(`${pd.dir}: no finished runs to verify (run idlab sweep run ${pd.dir} first)`, EXIT.invalid);
  // a seeded partial Fisher–Yates shuffle of the finished runs
  const done = [...stored.keys()];
  const random = createStream(seedFlag ?? pd.plan.sweep.seed, VERIFY_STREAM);
  const n = Math.min(sample, done.length);
  for (let j = 0; j < n; j++) {
    const k = j + Math.floor(random() * (done.length - j));
    [done[j], done[k]] = [done[k], done[j]];
  }
  const chosen = done.slice(0, n).sort((a, b) => a - b);

  const mismatches: string[] = [];
  await runPool({
    world: planWorld(pd),
    outputs: pd.plan.sweep.outputs,
    workers,
    tasks: chosen,
    task: (run) => sweepStep(() => runTask(pd, run)),
    onRecord: (record) => {
      const old = stored.get(record.run)!;
      if (old.hash !== record.hash) mismatches.push(`run ${record.run}: stored hash ${old.hash.slice(0, 16)}…, re-run ${record.hash.slice(0, 16)}…`);
    },
    shouldStop: () => false,
  });
  mismatches.sort();
  if (mismatches.length > 0) {
    throw new CliError([`${mismatches.length} of ${n} re-run runs differ from their stored results:`, ...mismatches], EXIT.invalid);
  }
  process.stdout.write(`verified ${n} of ${stored.size} finished runs (runs ${chosen.join(', ')}): every result hash matches\n`);
  return EXIT.ok;
}
