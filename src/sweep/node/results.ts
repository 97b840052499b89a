/**
 * Result files of a plan folder: which runs are done, reading them back in run order, and the
 * completeness check of the merge step (naming the missing runs and the shards that own them).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { RunRecord } from '../runRecord.ts';
import { shardRange } from '../shard.ts';
import { SweepError, rangesText } from '../sweepError.ts';
import type { PlanDir } from './planDir.ts';
import { resultPath } from './planDir.ts';

/**
 * The record of a run if its file exists and belongs to this plan (same run, seed and scenario
 * digest); null otherwise. A file that does not parse or does not match is treated as not done.
 */
export function readRecord(pd: PlanDir, run: number): RunRecord | null {
  const path = resultPath(pd.dir, run, pd.plan.runCount);
  if (!existsSync(path)) return null;
  let record: RunRecord;
  try {
    record = JSON.parse(readFileSync(path, 'utf8')) as RunRecord;
  } catch {
    return null;
  }
  const expected = pd.plan.run(run);
  const ok = record?.run === run && record.seed === expected.seed && record.digest === pd.manifest.scenarios[expected.point] && typeof record.hash === 'string';
  return ok ? record : null;
}

export function isDone(pd: PlanDir, run: number): boolean {
  return readRecord(pd, run) !== null;
}

/** Every run's record in run order; a SweepError naming the missing runs when any is not done. */
export function readAllRecords(pd: PlanDir): RunRecord[] {
  const records: RunRecord[] = [];
  const missing: number[] = [];
  for (let run = 0; run < pd.plan.runCount; run++) {
    const r = readRecord(pd, run);
    if (r) records.push(r);
    else missing.push(run);
  }
  if (missing.length > 0) throw new SweepError(missingText(pd, missing));
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
