/**
 * `idlab run <scenario.json | preset-id>`: runs a scenario with a seed and writes the metric rows
 * (--out .csv/.json/.jsonl), the event log (--events) and the locality-year panel (--panel), or prints
 * the summary table when there is no --out. Every problem with the flags or files is found before
 * the run starts, so a long run never fails at the end for a typo in an output path.
 */
import { writeFileSync } from 'node:fs';
import { numberFlag, parseArgs, type CommandSpec, type ParsedArgs } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { createProgress } from '../progress.ts';
import { runOutlookNotes } from '../run-outlook-notes.ts';
import { executeRun } from '../execute-run.ts';
import { metricRowsTable } from '../metric-rows.ts';
import { eventTable } from '../event-table.ts';
import { withProvenance } from '../output/table.ts';
import { writeTableFile, type TableFormat } from '../output/write-table.ts';
import { runJson } from '../output/run-json.ts';
import { summaryText } from '../summary-text.ts';
import { MAX_SEED } from '../../model/scenario/seedSchema.ts';
import { writeStaged, type StagedOutput } from '../output/write-staged.ts';
import { outputConflicts, type NamedPath } from '../output-conflicts.ts';
import { scenarioInputPath } from '../presets.ts';
import { outputFlag, type OutputSpec } from '../output-flag.ts';

export const RUN_SPEC: CommandSpec = {
  name: 'run',
  positionals: ['scenario'],
  flags: {
    seed: { kind: 'string', value: 'S', help: 'random seed, an integer ≥ 0 (default 1); the same seed gives the same bytes' },
    years: { kind: 'string', value: 'Y', help: "override the scenario's time.years" },
    dt: { kind: 'string', value: 'X', help: "override the scenario's time.dt, years per tick (e.g. 0.1 or 1/12)" },
    out: { kind: 'string', value: 'FILE', help: 'metric rows: .csv, .jsonl (one object per row) or .json (rows, summary, scenario, digest, seed, version)' },
    events: { kind: 'string', value: 'FILE', help: 'the event log (.csv or .jsonl)' },
    panel: { kind: 'string', value: 'FILE', help: 'the locality-year panel for event-history analysis (.csv or .jsonl)' },
    attributes: { kind: 'string', value: 'FILE', help: 'per-locality attribute overrides (CSV: code,attribute,value), added to the scenario' },
    progress: { kind: 'boolean', help: 'show progress on stderr even when it is not a terminal' },
  },
};

export const RUN_SUMMARY = 'Run a scenario file or preset; write metric rows, the event log and the panel, or print the summary.';

export async function runCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, RUN_SPEC);
  const problems: string[] = [];
  const seed = numberFlag(args, 'seed', { integer: true, min: 0, max: MAX_SEED }, problems) ?? 1;
  const years = numberFlag(args, 'years', { above: 0, what: 'years' }, problems);
  const dt = numberFlag(args, 'dt', { above: 0, max: 1, what: 'years per tick' }, problems);
  const out = outputFlag(args, 'out', ['csv', 'jsonl', 'json'], problems);
  const events = outputFlag(args, 'events', ['csv', 'jsonl'], problems);
  const panel = outputFlag(args, 'panel', ['csv', 'jsonl'], problems);
  const attributes = args.flags.get('attributes');
  problems.push(...outputConflicts(outputSpecs({ out, events, panel }), runInputs(args.positionals[0], attributes)));
  if (problems.length) throw new CliError(problems, EXIT.usage);

  const progressWanted = args.flags.has('progress');
  // Notes (values outside the plausible range …) are normal in presets that switch mechanisms off;
  // the run mentions how many, and `idlab validate` lists them.
  let notes = 0;
  const run = executeRun({
    scenario: args.positionals[0],
    seed,
    years,
    dt,
    attributesCsv: typeof attributes === 'string' ? attributes : null,
    panel: panel !== null,
    onNote: () => notes++,
    progress: (total) => createProgress({ label: 'idlab run', total, force: progressWanted }),
    onStart: (outlook) => {
      const panelOutput = panel ? { path: panel.path, format: panel.format as 'csv' | 'jsonl' } : null;
      for (const note of runOutlookNotes(outlook, panelOutput, years !== null)) process.stderr.write(`idlab run: ${note}\n`);
    },
  });

  if (notes > 0) process.stderr.write(`idlab run: ${notes} note${notes === 1 ? '' : 's'} on the scenario (values outside their plausible range …): idlab validate ${args.positionals[0]} lists them\n`);

  const provenance = { seed: run.seed, digest: run.digest, version: run.version };
  const staged: StagedOutput[] = [];
  if (out) {
    if (out.format === 'json') staged.push({ path: out.path, write: (tmp) => writeFileSync(tmp, runJson(run)) });
    else staged.push({ path: out.path, write: (tmp) => writeTableFile(tmp, withProvenance(metricRowsTable(run.sim), provenance), out.format as TableFormat) });
  }
  if (events) staged.push({ path: events.path, write: (tmp) => writeTableFile(tmp, withProvenance(eventTable(run.sim), provenance), events.format as TableFormat) });
  if (panel && run.panel) {
    const table = run.panel;
    staged.push({ path: panel.path, write: (tmp) => writeTableFile(tmp, withProvenance(table, provenance), panel.format as TableFormat) });
  }
  writeStaged(staged);
  if (!out) {
    const s = run.scenario;
    const header = `${s.meta.title.en} — ${s.world.kind} world, ${run.sim.n} localities, ${s.time.years} years from ${s.time.startYear}, seed ${run.seed}\nversion ${run.version}, scenario digest ${run.digest}`;
    process.stdout.write(summaryText(run.summary, header));
  }
  return EXIT.ok;
}

/** The outputs that were given, named by their flags. */
function outputSpecs(specs: Record<string, OutputSpec | null>): NamedPath[] {
  return Object.entries(specs).flatMap(([flag, o]) => (o ? [{ what: `--${flag}`, path: o.path }] : []));
}

/** The files a run reads: the scenario file (or the preset's file) and the attribute overrides. */
function runInputs(scenario: string, attributes: string | true | undefined): NamedPath[] {
  const inputs: NamedPath[] = [{ what: 'the scenario', path: scenarioInputPath(scenario) }];
  if (typeof attributes === 'string') inputs.push({ what: 'the --attributes file', path: attributes });
  return inputs;
}
