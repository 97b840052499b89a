/**
 * The `.json` export of a run: provenance (version, digest, seed), the resolved scenario, the
 * summary, the metric column names and the rows as objects — one self-describing file.
 */
import { APP_VERSION } from '../../model/version.ts';
import type { RunResult } from '../execute-run.ts';
import { metricRowsTable } from '../metric-rows.ts';

export function runJson(run: RunResult): string {
  const table = metricRowsTable(run.sim);
  const rows: Record<string, unknown>[] = [];
  for (const row of table.rows()) {
    const obj: Record<string, unknown> = {};
    table.columns.forEach((c, j) => (obj[c] = row[j]));
    rows.push(obj);
  }
  return `${JSON.stringify({
    version: APP_VERSION,
    digest: run.digest,
    seed: run.seed,
    scenario: run.scenario,
    summary: run.summary,
    columns: table.columns,
    rows,
  })}\n`;
}
