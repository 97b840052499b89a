/**
 * Result files of a plan folder: which runs are done, reading them back in run order, and the
 * completeness check of the merge step (naming the corrupt results, the missing runs and the shards
 * that own them).
 */
import { readFileSync } from 'node:fs';
import { recordProblem, type RunRecord } from '../runRecord.ts';
import { nativeSha256Hex } from './nativeSha256.ts';
import { shardRange } from '../shard.ts';
import { SweepError, rangesText } from '../sweepError.ts';
import type { PlanDir } from './planDir.ts';
import { resultPath } from './planDir.ts';

/** What a run's result file holds: nothing yet, a record of this plan, or something else. */
export type StoredResult = { state: 'missing' } | { state: 'done'; record: RunRecord } | { state: 'corrupt'; reason: string };

/**
 * The state of a run's result file. A file that is there but is not this run's record — truncated,
 * not JSON, edited, another plan's — is corrupt (with the reason), never taken for "not run yet".
 */
export function readResult(pd: PlanDir, run: number): StoredResult {
  const path = resultPath(pd.dir, run, pd.plan.runCount);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'corrupt', reason: `cannot be read (${(error as Error).message})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: 'corrupt', reason: text.length === 0 ? 'the file is empty' : 'not valid JSON (truncated or overwritten?)' };
  }
  const planned = pd.plan.run(run);
  const expected = { ...planned, digest: pd.manifest.scenarios[planned.point] };
  const problem = recordProblem(value, expected, pd.plan.sweep.outputs, nativeSha256Hex);
  return problem === null ? { state: 'done', record: value as RunRecord } : { state: 'corrupt', reason: problem };
}

/** Lines naming each corrupt result by run, its file and what is wrong (at most `limit`, then a count). */
export function corruptLines(pd: PlanDir, corrupt: readonly { run: number; reason: string }[], limit = 20): string[] {
  const lines = corrupt.slice(0, limit).map((c) => `corrupt result of run ${c.run} (${resultPath(pd.dir, c.run, pd.plan.runCount)}): ${c.reason}`);
  if (corrupt.length > limit) lines.push(`… and ${corrupt.length - limit} more corrupt results`);
  return lines;
}

/**
 * Every run's record in run order; a SweepError naming the corrupt results (by run, with the reason)
 * and the missing runs when any run has no valid record.
 */
export function readAllRecords(pd: PlanDir): RunRecord[] {
  const records: RunRecord[] = [];
  const missing: number[] = [];
  const corrupt: { run: number; reason: string }[] = [];
  for (let run = 0; run < pd.plan.runCount; run++) {
    const r = readResult(pd, run);
    if (r.state === 'done') records.push(r.record);
    else if (r.state === 'missing') missing.push(run);
    else corrupt.push({ run, reason: r.reason });
  }
  if (corrupt.length > 0 || missing.length > 0) {
    const lines = corruptLines(pd, corrupt);
    if (missing.length > 0) lines.push(missingText(pd, missing));
    else lines.push(`run them again with idlab sweep run ${pd.dir} (it replaces corrupt results)`);
    throw new SweepError(lines);
  }
  return records;
}

function missingText(pd: PlanDir, missing: readonly number[]): string {
  const runs = pd.plan.runCount;
  let shards = '';
  const n = pd.manifest.shards;
  if (n > 1) {
    const owners: number[] = [];
    for (let k = 0; k < n; k++) {
      const { start, end } = shardRange(runs, { index: k, count: n });
      if (missing.some((r) => r >= start && r < end)) owners.push(k);
    }
    shards = `; they belong to shard index ${rangesText(owners)} of ${n} (0-based; --shard ${rangesText(owners.map((k) => k + 1))}/${n})`;
  }
  return `incomplete sweep: ${missing.length} of ${runs} runs have no result: runs ${rangesText(missing)}${shards}; run them with idlab sweep run ${pd.dir}`;
}
