/**
 * `idlab sweep run DIR [--shard i/n | --index k [--shards n]] [--workers W]`: runs the plan's runs
 * of one shard that have no result yet, on W worker threads, each written atomically to its own
 * file. The shard comes from the flags, else SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX (0-based),
 * else every run. SIGTERM (or Ctrl-C) lets the runs in flight finish and be written, then exits 143;
 * the same command resumes. Progress goes to stderr.
 */
import { availableParallelism } from 'node:os';
import { numberFlag, parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { createProgress } from '../progress.ts';
import { selectShard, shardRange } from '../../sweep/shard.ts';
import { runShard } from '../../sweep/node/runShard.ts';
import { RunFailedError } from '../../sweep/node/runPool.ts';
import { corruptLines } from '../../sweep/node/results.ts';
import { acquireRunLock } from '../../sweep/node/runLock.ts';
import { fsProblem, fsStep, openPlan, planWorld, sweepStep } from './sweep-shared.ts';

export const SWEEP_RUN_SPEC: CommandSpec = {
  name: 'sweep run',
  positionals: ['dir'],
  flags: {
    shard: { kind: 'string', value: 'i/n', help: 'run shard i of n (1-based), e.g. --shard 2/4' },
    index: { kind: 'string', value: 'K', help: 'run shard K (0-based) of the plan\'s shards (or of --shards N)' },
    shards: { kind: 'string', value: 'N', help: 'the shard count for --index and the environment variables (default: the plan\'s)' },
    workers: { kind: 'string', value: 'W', help: 'worker threads (default: the available CPUs); 1 runs in this thread' },
    progress: { kind: 'boolean', help: 'show progress even when stderr is not a terminal (on by default under Slurm and Kubernetes)' },
  },
};

export const SWEEP_RUN_SUMMARY = 'Run the unfinished runs of a plan (or of one shard) on worker threads; resumable.';

/** Exit code of a shard stopped by SIGTERM/SIGINT after saving its finished runs (128 + 15). */
export const EXIT_STOPPED = 143;

export async function sweepRunCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SWEEP_RUN_SPEC);
  const problems: string[] = [];
  const index = numberFlag(args, 'index', { integer: true, min: 0 }, problems);
  const shards = numberFlag(args, 'shards', { integer: true, min: 1 }, problems);
  const workers = numberFlag(args, 'workers', { integer: true, min: 1, max: 1024 }, problems) ?? availableParallelism();
  if (problems.length) throw new CliError(problems, EXIT.usage);
  const dir = args.positionals[0];
  const pd = openPlan(dir);
  const shardFlag = args.flags.get('shard');
  const shard = sweepStep(() => {
    try {
      return selectShard({ shard: typeof shardFlag === 'string' ? shardFlag : null, index, shards, planShards: pd.manifest.shards, env: process.env });
    } catch (error) {
      throw new CliError((error as Error).message, EXIT.usage);
    }
  });
  const range = shardRange(pd.plan.runCount, shard);
  const world = planWorld(pd);

  // Two calls on overlapping runs of one folder would do them twice: the second refuses (runLock.ts).
  const lock = sweepStep(() => fsStep(`cannot lock runs ${range.start}–${range.end - 1} in ${dir}`, () => acquireRunLock(pd.dir, range)));

  const label = 'idlab sweep run';
  const onCluster = process.env.SLURM_JOB_ID !== undefined || process.env.KUBERNETES_SERVICE_HOST !== undefined;
  let progress: ReturnType<typeof createProgress> | null = null;
  let stopSignal: string | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(EXIT_STOPPED); // a second signal: stop now
    stopSignal = signal;
    process.stderr.write(`\n${label}: ${signal}: finishing the runs in flight, then stopping (again to stop now)\n`);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const started = performance.now();
  let result;
  try {
    result = await runShard({
      pd,
      world,
      range,
      workers,
      shouldStop: () => stopSignal !== null,
      onCorrupt: (corrupt) => {
        for (const line of corruptLines(pd, corrupt)) process.stderr.write(`${label}: ${line}; running it again\n`);
      },
      onProgress: (done, pending) => {
        if (!progress) {
          progress = createProgress({ label: `${label} ${shard.index + 1}/${shard.count}`, total: pending, force: args.flags.has('progress') || onCluster });
        }
        progress.update(done);
      },
    });
  } catch (error) {
    if (error instanceof RunFailedError) throw new CliError(error.message.split('\n'), EXIT.internal);
    throw fsProblem(error, `cannot write a result in ${dir}`, '; the runs written so far are kept — run the same command to resume') ?? error;
  } finally {
    lock.release();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    (progress as ReturnType<typeof createProgress> | null)?.finish();
  }
  const seconds = (performance.now() - started) / 1000;
  const todo = result.total - result.skipped;
  const head = `${label}: shard ${shard.index + 1}/${shard.count} (${shard.source}): runs ${range.start}–${range.end - 1} of ${pd.plan.runCount}`;
  const rate = result.completed > 0 ? `, ${(result.completed / seconds).toFixed(2)} runs/s on ${Math.min(workers, Math.max(1, todo))} worker${workers === 1 ? '' : 's'}` : '';
  if (result.stopped) {
    const left = todo - result.completed;
    process.stderr.write(`${head}: stopped by ${stopSignal} after ${result.completed} runs in ${seconds.toFixed(1)} s; ${left} left — run the same command to resume\n`);
    return EXIT_STOPPED;
  }
  process.stderr.write(`${head}: ${result.completed} run${result.completed === 1 ? '' : 's'} in ${seconds.toFixed(1)} s${rate}${result.skipped ? ` (${result.skipped} already done)` : ''}\n`);
  return EXIT.ok;
}
