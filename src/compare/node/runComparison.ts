/**
 * A comparison's runs on Node worker threads (the sweep's pool, src/sweep/node/threadPool.ts), or
 * in this thread with one worker, summarized once every run is back. Results are placed by task
 * and summarized in pair order, so the comparison is the same whatever the worker count.
 */
import type { World } from '../../model/world.ts';
import { runThreadPool, workerEntry } from '../../sweep/node/threadPool.ts';
import { baselineRunsOf, compareTask, pairsOf, startingRuns, type ComparePlan } from '../comparePlan.ts';
import { executeCompareRun } from '../executeCompareRun.ts';
import { summarizeComparison } from '../summarizeComparison.ts';
import type { CompareRunResult, ComparisonResult } from '../types.ts';
import type { CompareRunMessage, CompareWorkerInit } from './messages.ts';

export interface NodeComparisonOptions {
  world: World;
  plan: ComparePlan;
  workers: number;
  /** runs done so far, of 2 × pairs */
  onProgress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
  /** the baseline's runs of an earlier comparison with the same baseline and seeds (pair order): not redone */
  reuseBaseline?: readonly CompareRunResult[];
  /** receives the baseline's runs (pair order) once every run is done, to pass back as `reuseBaseline` */
  onBaselineRuns?: (runs: CompareRunResult[]) => void;
}

/** The comparison, or null when it was stopped before every run was done. */
export async function runComparison(o: NodeComparisonOptions): Promise<ComparisonResult | null> {
  const { plan } = o;
  const scenarios = { baseline: plan.baseline, scenario: plan.scenario };
  const { results, tasks } = startingRuns(plan, o.reuseBaseline);
  let done = plan.taskCount - tasks.length;
  const init: Omit<CompareWorkerInit, 'stop'> = { world: o.world, scenarios, spec: plan.spec };
  const outcome = await runThreadPool<CompareRunResult>({
    entry: workerEntry('compare-run', import.meta.url),
    workerData: { ...init },
    workers: o.workers,
    count: tasks.length,
    message: (i): CompareRunMessage => {
      const { arm, seed } = compareTask(plan, tasks[i]);
      return { arm, seed };
    },
    inThread: (i) => {
      const { arm, seed } = compareTask(plan, tasks[i]);
      return executeCompareRun(o.world, scenarios[arm], seed, plan.spec);
    },
    onResult: (i, result) => {
      results[tasks[i]] = result;
      o.onProgress?.(++done, plan.taskCount);
    },
    shouldStop: o.shouldStop ?? (() => false),
    failed: (i, detail) => {
      const { arm, pair, seed } = compareTask(plan, tasks[i]);
      return new Error(`the ${arm} run of pair ${pair} (seed ${seed}) failed inside the simulation (a bug; please report it with both scenarios):\n${detail}`);
    },
  });
  if (outcome.stopped) return null;
  o.onBaselineRuns?.(baselineRunsOf(plan, results));
  return summarizeComparison(pairsOf(plan, results));
}
