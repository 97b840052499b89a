/**
 * The files of a browser sweep — the same bytes `idlab sweep merge` writes for the same runs: the
 * results table (one row per run and innovation, in run order) as CSV, JSON Lines or Parquet, and
 * the sweep file itself, which `idlab sweep plan` turns back into the same plan. A stopped sweep
 * exports the runs it finished (the merge step would refuse it; its rows are the CLI's rows for
 * those runs).
 */
import { scenarioDigest } from '../../model/scenario/digest.ts';
import { APP_VERSION } from '../../model/version.ts';
import { tableText } from '../../service/io/tableLines.ts';
import type { Plan } from '../plan.ts';
import { resultTable } from '../resultTable.ts';
import type { RunRecord } from '../runRecord.ts';
import type { SweepFile } from '../types.ts';

export type ResultsFormat = 'csv' | 'jsonl' | 'parquet';

/** Records in run order (the order of every result table), one per run. */
export function recordsInRunOrder(records: Iterable<RunRecord>): RunRecord[] {
  const byRun = new Map<number, RunRecord>();
  for (const r of records) byRun.set(r.run, r);
  return [...byRun.values()].sort((a, b) => a.run - b.run);
}

/** The results table as CSV or JSON Lines text. */
export function resultsText(plan: Plan, records: Iterable<RunRecord>, format: 'csv' | 'jsonl'): string {
  return tableText(resultTable(plan, recordsInRunOrder(records)), format);
}

/** The results table as Parquet, with the sweep's provenance in the file's metadata. */
export async function resultsParquet(plan: Plan, records: Iterable<RunRecord>): Promise<Uint8Array> {
  // loaded on demand: the Parquet writer is only needed when someone asks for Parquet
  const { parquetBytes, sweepParquetMetadata } = await import('../writeParquet.ts');
  const metadata = sweepParquetMetadata({ version: APP_VERSION, sweepDigest: plan.digest, baseDigest: scenarioDigest(plan.sweep.scenario) });
  return parquetBytes(resultTable(plan, recordsInRunOrder(records)), metadata);
}

/** The sweep file as `idlab sweep plan` reads it. */
export function sweepFileText(file: SweepFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** File names: `sweep-<first 12 hex of the sweep digest>[-partial].<ext>`. */
export function sweepFileName(plan: Plan, what: 'results' | 'sweep', ext: string, complete = true): string {
  return `sweep-${plan.digest.slice(0, 12)}${what === 'results' ? `-results${complete ? '' : '-partial'}` : ''}.${ext}`;
}
