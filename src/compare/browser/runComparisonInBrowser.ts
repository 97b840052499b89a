/**
 * `runComparisonInBrowser(options)`: the app's paired comparison, run on the browser's worker pool.
 *
 *   const outcome = await runComparisonInBrowser({
 *     baseline: { presetId: 'fengqiao' },
 *     scenario: { presetId: 'fengqiao', changes: { levers: { reward: 3 } } },
 *     pairs: 50, seed: 1, years: undefined,           // years: optional horizon override, both arms
 *     connect, workers,                               // one compare worker per call of connect (workers/compare.worker.ts)
 *     presets, dataBaseUrl,                           // the page's PresetStore; the app's public root for the workers
 *     signal, onProgress,                             // AbortSignal (Stop); onProgress({ done, total }) in runs
 *     reuseBaseline: previous?.baselineRuns,          // skip the baseline runs when they are still valid
 *   });
 *   if (outcome.status === 'done') show(outcome.result);
 *
 * The arms are resolved on the page (resolveArms.ts: a CompareArmError names the arm and the
 * schema's messages; a CompareError says why the arms cannot be compared: another world or time
 * span, no shared innovation, or a comparison too large for a browser tab). Pair i of both arms runs with seed `result.seeds[i]` — the app's
 * own run of that arm's scenario with that seed (and `idlab run --seed`) gives the same run, so the
 * representative pair can be opened on the main map. The workers each take the next run as soon as
 * they finish one; results are placed by task and summarized in pair order, so the result is the
 * same for any number of workers. Stop (the signal) resolves `{ status: 'stopped' }`; a worker
 * that hangs or fails is replaced (runSweepPool); a run that errors rejects with a SweepPoolError.
 *
 * `baselineRuns` in the outcome are the baseline's runs with the key of what they depend on
 * (baseline scenario digest, seeds, kept innovations): pass them back as `reuseBaseline` after a
 * lever change of the scenario arm, and only the scenario's runs are done again. Runs whose key does
 * not match are ignored (and redone).
 */
import { scenarioDigest } from '../../model/scenario/digest.ts';
import type { PresetStore } from '../../service/presetStore.ts';
import { runSweepPool, type SweepRestart, type SweepWorker } from '../../sweep/browser/runSweepPool.ts';
import { baselineRunsOf, pairsOf, planComparison, startingRuns, type ComparePlan } from '../comparePlan.ts';
import { APP_MEMORY_LIMIT } from '../../model/simulation/runMemory.ts';
import { APP_VERSION } from '../../model/version.ts';
import { summarizeComparison } from '../summarizeComparison.ts';
import type { CompareProgress, CompareRunResult, ComparisonResult } from '../types.ts';
import { resolveArm } from './resolveArms.ts';
import type { CompareArmSource, CompareService } from './types.ts';

export interface BrowserComparisonOptions {
  baseline: CompareArmSource;
  scenario: CompareArmSource;
  pairs: number;
  seed: number;
  /** overrides time.years of both arms */
  years?: number;
  /** starts one compare worker */
  connect: () => SweepWorker<CompareService>;
  /** pool size (at most one worker per run) */
  workers: number;
  /** the page's presets (for `extends` and preset ids) */
  presets: PresetStore;
  /** the app's public root, with a trailing slash, for the workers' world files */
  dataBaseUrl?: string;
  signal?: AbortSignal;
  onProgress?: (progress: CompareProgress) => void;
  onRestart?: (restart: SweepRestart) => void;
  reuseBaseline?: BaselineRuns;
}

/** The baseline's runs of a comparison, keyed by what they depend on. */
export interface BaselineRuns {
  key: string;
  /** pair order */
  runs: CompareRunResult[];
}

export type BrowserComparison = { status: 'done'; result: ComparisonResult; baselineRuns: BaselineRuns } | { status: 'stopped' };

export async function runComparisonInBrowser(o: BrowserComparisonOptions): Promise<BrowserComparison> {
  const [baseline, scenario] = await Promise.all([resolveArm('baseline', o.baseline, o.presets, o.years), resolveArm('scenario', o.scenario, o.presets, o.years)]);
  const plan = planComparison({ baseline, scenario, pairs: o.pairs, seed: o.seed, fitIn: { limit: APP_MEMORY_LIMIT, where: 'app' } });
  const key = baselineKey(plan);
  const { results, tasks } = startingRuns(plan, o.reuseBaseline?.key === key ? o.reuseBaseline.runs : undefined);
  let done = plan.taskCount - tasks.length;
  o.onProgress?.({ done, total: plan.taskCount });
  const outcome = await runSweepPool({
    connect: o.connect,
    workers: o.workers,
    init: { baseline, scenario, pairs: o.pairs, seed: o.seed, ...(o.dataBaseUrl ? { dataBaseUrl: o.dataBaseUrl } : {}) },
    runs: tasks,
    onRecord: (record: CompareRunResult, task: number) => {
      results[task] = record;
      o.onProgress?.({ done: ++done, total: plan.taskCount });
    },
    onRestart: o.onRestart,
    signal: o.signal,
  });
  if (outcome.stopped) return { status: 'stopped' };
  const result = summarizeComparison(pairsOf(plan, results));
  return { status: 'done', result, baselineRuns: { key, runs: baselineRunsOf(plan, results) } };
}

/** What the baseline's runs depend on: the app version, its resolved scenario, the pairs' seeds and the kept innovations. */
function baselineKey(plan: ComparePlan): string {
  return JSON.stringify([APP_VERSION, scenarioDigest(plan.baseline), plan.seeds, plan.spec.innovations]);
}
