/**
 * `idlab sweep run` without the command line: the runs of one shard that have no result yet, run on
 * a pool, each written atomically to its own file as it finishes. Finished runs are skipped, so a
 * shard that was stopped (SIGTERM, preemption, a time limit) resumes where it stopped; a corrupt
 * result (results.ts) is run again and replaced.
 */
import type { World } from '../../model/world.ts';
import type { RunRecord, RunTask } from '../runRecord.ts';
import { SweepError } from '../sweepError.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { resultPath, type PlanDir } from './planDir.ts';
import { readResult } from './results.ts';
import { runPool } from './runPool.ts';

export interface ShardRunOptions {
  pd: PlanDir;
  world: World;
  /** runs [start, end) */
  range: { start: number; end: number };
  workers: number;
  shouldStop?: () => boolean;
  /** called with the runs done so far (of `pending`) after each run */
  onProgress?: (done: number, pending: number) => void;
  /** told, before any run starts, of the stored results that are corrupt (they are run again) */
  onCorrupt?: (corrupt: readonly { run: number; reason: string }[]) => void;
}

export interface ShardRunResult {
  /** runs in the shard */
  total: number;
  /** already done before this call */
  skipped: number;
  completed: number;
  stopped: boolean;
}

/** The task of a run: its point's scenario, checked against the digest the plan recorded. */
export function runTask(pd: PlanDir, run: number): RunTask {
  const r = pd.plan.run(run);
  const scenario = pd.plan.scenario(r.point);
  const digest = pd.plan.scenarioDigest(r.point);
  if (digest !== pd.manifest.scenarios[r.point]) {
    throw new SweepError(`point ${r.point}: its scenario digest ${digest.slice(0, 12)}… differs from the plan's ${String(pd.manifest.scenarios[r.point]).slice(0, 12)}…: the plan folder was edited; plan again`);
  }
  return { ...r, scenario, digest };
}

export function writeRecord(pd: PlanDir, record: RunRecord): void {
  writeFileAtomic(resultPath(pd.dir, record.run, pd.plan.runCount), `${JSON.stringify(record)}\n`);
}

export async function runShard(o: ShardRunOptions): Promise<ShardRunResult> {
  const pending: number[] = [];
  const corrupt: { run: number; reason: string }[] = [];
  for (let run = o.range.start; run < o.range.end; run++) {
    const stored = readResult(o.pd, run);
    if (stored.state === 'done') continue;
    pending.push(run);
    if (stored.state === 'corrupt') corrupt.push({ run, reason: stored.reason });
  }
  o.onCorrupt?.(corrupt);
  const total = o.range.end - o.range.start;
  let done = 0;
  const result = await runPool({
    world: o.world,
    outputs: o.pd.plan.sweep.outputs,
    workers: o.workers,
    tasks: pending,
    task: (run) => runTask(o.pd, run),
    onRecord: (record) => {
      writeRecord(o.pd, record);
      o.onProgress?.(++done, pending.length);
    },
    shouldStop: o.shouldStop ?? (() => false),
  });
  return { total, skipped: total - pending.length, completed: result.completed, stopped: result.stopped };
}
