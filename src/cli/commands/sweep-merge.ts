/**
 * `idlab sweep merge DIR --out results.csv|.jsonl|.parquet [--series FILE]`: checks that every run
 * has a result (naming the missing runs and their shards otherwise) and writes one tidy table in
 * run order — byte-identical whatever the shard split and worker count.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { writeTableFile } from '../output/write-table.ts';
import { resultTable, seriesTable, type ResultTable } from '../../sweep/resultTable.ts';
import { readAllRecords } from '../../sweep/node/results.ts';
import { parquetBytes, sweepParquetMetadata } from '../../sweep/writeParquet.ts';
import { writeStaged } from '../output/write-staged.ts';
import { outputConflicts } from '../output-conflicts.ts';
import type { PlanDir } from '../../sweep/node/planDir.ts';
import { openPlan, planFolders, planInputs, sweepStep } from './sweep-shared.ts';

export const SWEEP_MERGE_SPEC: CommandSpec = {
  name: 'sweep merge',
  positionals: ['dir'],
  flags: {
    out: { kind: 'string', value: 'FILE', help: 'the results table: .csv, .jsonl or .parquet (one row per run and innovation)' },
    series: { kind: 'string', value: 'FILE', help: 'the per-tick series (when the sweep keeps them): .csv, .jsonl or .parquet' },
  },
};

export const SWEEP_MERGE_SUMMARY = 'Check that every run is done and write the results (and series) as CSV, JSON Lines or Parquet.';

const FORMATS = ['csv', 'jsonl', 'parquet'] as const;
type Format = (typeof FORMATS)[number];

export async function sweepMergeCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SWEEP_MERGE_SPEC);
  const problems: string[] = [];
  const out = outputFlag(args.flags.get('out'), 'out', problems, true);
  const series = outputFlag(args.flags.get('series'), 'series', problems, false);
  if (problems.length) throw new CliError(problems, EXIT.usage);
  const pd = openPlan(args.positionals[0]);
  const conflicts = outputConflicts(
    [out, series].flatMap((o, k) => (o ? [{ what: k === 0 ? '--out' : '--series', path: o.path }] : [])),
    planInputs(pd),
    planFolders(pd),
  );
  if (conflicts.length) throw new CliError(conflicts, EXIT.usage);
  if (series && !pd.plan.sweep.outputs.series) throw new CliError('invalid --series: this sweep keeps no per-tick series (add outputs.series to the sweep file)', EXIT.usage);
  const records = sweepStep(() => readAllRecords(pd));
  const table = resultTable(pd.plan, records);
  write(out!, table, pd);
  let rows = 0;
  for (const _ of table.rows()) rows++;
  if (series) write(series, seriesTable(pd.plan, records), pd);
  process.stderr.write(`idlab sweep merge: ${records.length} runs, ${rows} rows → ${out!.path}${series ? `; series → ${series.path}` : ''}\n`);
  return EXIT.ok;
}

function outputFlag(value: string | true | undefined, name: string, problems: string[], required: boolean): { path: string; format: Format } | null {
  if (typeof value !== 'string') {
    if (required) problems.push(`missing --${name} FILE (.csv, .jsonl or .parquet)`);
    return null;
  }
  const ext = extname(value).slice(1).toLowerCase();
  if (!(FORMATS as readonly string[]).includes(ext)) {
    problems.push(`invalid --${name}: '${value}' (allowed file extensions: .csv, .jsonl, .parquet)`);
    return null;
  }
  return { path: value, format: ext as Format };
}

function write(target: { path: string; format: Format }, table: ResultTable, pd: PlanDir): void {
  writeStaged([
    {
      path: target.path,
      write: (tmp) => (target.format === 'parquet' ? writeFileSync(tmp, parquetBytes(table, sweepParquetMetadata(pd.manifest))) : writeTableFile(tmp, table, target.format)),
    },
  ]);
}
