/**
 * `idlab sweep analyze DIR --metric M [--innovation ID] [--null-as V] [--bootstrap B] [--level L]
 * [--out FILE]`: Sobol' first- and total-order indices (sobol designs) or Morris μ, μ*, σ (morris
 * designs) of one kept metric, with percentile-bootstrap confidence intervals; a table on stdout,
 * tidy rows with --out (.csv or .jsonl).
 */
import { extname } from 'node:path';
import { numberFlag, parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { writeStaged } from '../output/write-staged.ts';
import { analysisWarnings } from '../analysis-warnings.ts';
import { outputConflicts } from '../output-conflicts.ts';
import { writeTableFile } from '../output/write-table.ts';
import type { Table } from '../output/table.ts';
import { analyzeSweep, type Analysis } from '../../sweep/sensitivity/analyze.ts';
import { readAllRecords } from '../../sweep/node/results.ts';
import { openPlan, planFolders, planInputs, sweepStep } from './sweep-shared.ts';

export const SWEEP_ANALYZE_SPEC: CommandSpec = {
  name: 'sweep analyze',
  positionals: ['dir'],
  flags: {
    metric: { kind: 'string', value: 'M', help: 'the kept summary metric to analyze, e.g. t50' },
    innovation: { kind: 'string', value: 'ID', help: 'the innovation (default: the first kept)' },
    'null-as': { kind: 'string', value: 'V', help: 'the value a null metric stands for (e.g. the horizon for a t50 never reached); without it nulls are an error' },
    bootstrap: { kind: 'string', value: 'B', help: 'bootstrap resamples for the confidence intervals (default 1000)' },
    level: { kind: 'string', value: 'L', help: 'confidence level (default 0.95)' },
    out: { kind: 'string', value: 'FILE', help: 'write the indices as tidy rows: .csv or .jsonl' },
  },
};

export const SWEEP_ANALYZE_SUMMARY = "Sobol' (sobol design) or Morris (morris design) sensitivity indices of a metric, with bootstrap CIs.";

export async function sweepAnalyzeCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SWEEP_ANALYZE_SPEC);
  const problems: string[] = [];
  const metric = args.flags.get('metric');
  if (typeof metric !== 'string') problems.push('missing --metric M (a kept summary metric, e.g. t50)');
  const innovation = args.flags.get('innovation');
  const nullAs = numberFlag(args, 'null-as', {}, problems);
  const resamples = numberFlag(args, 'bootstrap', { integer: true, min: 10, max: 100_000 }, problems) ?? 1000;
  const level = numberFlag(args, 'level', { above: 0, max: 0.999 }, problems) ?? 0.95;
  const out = args.flags.get('out');
  const format = typeof out === 'string' ? extname(out).slice(1).toLowerCase() : null;
  if (format !== null && format !== 'csv' && format !== 'jsonl') problems.push(`invalid --out: '${out}' (allowed file extensions: .csv, .jsonl)`);
  if (problems.length) throw new CliError(problems, EXIT.usage);

  const pd = openPlan(args.positionals[0]);
  if (typeof out === 'string') {
    const conflicts = outputConflicts([{ what: '--out', path: out }], planInputs(pd), planFolders(pd));
    if (conflicts.length) throw new CliError(conflicts, EXIT.usage);
  }
  const records = sweepStep(() => readAllRecords(pd));
  let analysis: Analysis;
  try {
    analysis = analyzeSweep(pd.plan, records, {
      metric: metric as string,
      innovation: typeof innovation === 'string' ? innovation : undefined,
      nullAs,
      resamples,
      level,
    });
  } catch (error) {
    throw new CliError((error as Error).message, EXIT.invalid);
  }
  process.stdout.write(analysisText(analysis));
  for (const line of analysisWarnings(analysis, pd.plan.sweep.factors.length)) process.stderr.write(`idlab sweep analyze: ${line}\n`);
  if (typeof out === 'string') {
    writeStaged([{ path: out, write: (tmp) => writeTableFile(tmp, analysisTable(analysis), format as 'csv' | 'jsonl') }]);
  }
  return EXIT.ok;
}

function analysisTable(a: Analysis): Table {
  return {
    columns: ['method', 'metric', 'innovation', 'factor', 'index', 'estimate', 'low', 'high', 'level', 'resamples', 'units', 'replicates'],
    *rows() {
      for (const r of a.rows) yield [a.method, a.metric, a.innovation, r.factor, r.index, r.estimate, r.low, r.high, a.level, a.resamples, a.units, a.replicates];
    },
  };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3).padStart(8) : '     n/a');

function analysisText(a: Analysis): string {
  const what = a.method === 'sobol' ? `Sobol' indices (Saltelli/Jansen), ${a.units} base samples` : `Morris elementary effects, ${a.units} trajectories (per unit of normalized range)`;
  const lines = [
    `${what} of ${a.metric} (${a.innovation}); mean over ${a.replicates} replicate${a.replicates === 1 ? '' : 's'} per point${a.nulls ? `; ${a.nulls} null values replaced` : ''}`,
    `${Math.round(a.level * 100)} % percentile-bootstrap intervals, ${a.resamples} resamples`,
    '',
  ];
  const width = Math.max(6, ...a.rows.map((r) => r.factor.length));
  const indices = [...new Set(a.rows.map((r) => r.index))];
  lines.push(`${'factor'.padEnd(width)}  ${indices.map((i) => `${i.padStart(8)} ${'[low'.padStart(8)} ${'high]'.padStart(8)}`).join('  ')}`);
  for (const factor of [...new Set(a.rows.map((r) => r.factor))]) {
    const cells = indices.map((i) => {
      const r = a.rows.find((x) => x.factor === factor && x.index === i)!;
      return `${fmt(r.estimate)} ${fmt(r.low)} ${fmt(r.high)}`;
    });
    lines.push(`${factor.padEnd(width)}  ${cells.join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}
