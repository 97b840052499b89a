/**
 * `idlab compare <baseline> <scenario> [--pairs N] [--seed S] [--years Y] [--workers W] [--out FILE.json|.csv|.html]`:
 * N pairs of runs, pair i of both arms with the same seed (common random numbers), so a pair's
 * difference measures what the scenario changes rather than luck. Each arm is a preset id or a
 * scenario file (usually one that `extends` the baseline's preset). Writes the JSON document or the
 * tidy CSV (compare-output.ts), the HTML report (src/compare/report), or prints the summary. Every problem with the flags, files and arms
 * is found before the first run; progress goes to stderr.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { numberFlag, parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { createProgress } from '../progress.ts';
import { resolveRequest } from '../execute-run.ts';
import { outputFlag } from '../output-flag.ts';
import { outputConflicts } from '../output-conflicts.ts';
import { scenarioInputPath } from '../presets.ts';
import { writeStaged } from '../output/write-staged.ts';
import { writeTableFile } from '../output/write-table.ts';
import { comparisonJson, comparisonTable, comparisonText, type CompareProvenance } from '../compare-output.ts';
import { compareReportMap } from '../compare-report-map.ts';
import { buildCompareReport } from '../../compare/report/compareReport.ts';
import { MAX_SEED } from '../../model/scenario/seedSchema.ts';
import { scenarioDigest } from '../../model/scenario/digest.ts';
import { APP_VERSION } from '../../model/version.ts';
import { CompareError, planComparison } from '../../compare/comparePlan.ts';
import { runComparison } from '../../compare/node/runComparison.ts';
import { CLI_MEMORY_LIMIT } from '../../model/simulation/runMemory.ts';

export const COMPARE_SPEC: CommandSpec = {
  name: 'compare',
  positionals: ['baseline', 'scenario'],
  flags: {
    pairs: { kind: 'string', value: 'N', help: 'pairs of runs (default 50); pair i of both arms runs with the same seed' },
    seed: { kind: 'string', value: 'S', help: 'base seed of the pairs\' seeds, an integer ≥ 0 (default 1)' },
    years: { kind: 'string', value: 'Y', help: "override both scenarios' time.years" },
    workers: { kind: 'string', value: 'W', help: 'worker threads (default: the available CPUs); 1 runs in this thread' },
    out: { kind: 'string', value: 'FILE', help: 'write the comparison: .json (bands, shares better, pair seeds), .csv (tidy rows) or .html (the report to print or share: levers changed, KPI table, fan charts, maps, provenance)' },
    progress: { kind: 'boolean', help: 'show progress on stderr even when it is not a terminal' },
  },
};

export const COMPARE_SUMMARY = 'Compare a scenario with its baseline over pairs of runs with common seeds; print or write the differences.';

const DEFAULT_PAIRS = 50;
/** Pairs at most (10,000 pairs of a China run keep ≈ 0.2 GB of first-adoption times per innovation; larger worlds are limited by comparisonMemoryProblem). */
const MAX_PAIRS = 10_000;

export async function compareCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, COMPARE_SPEC);
  const problems: string[] = [];
  const pairs = numberFlag(args, 'pairs', { integer: true, min: 1, max: MAX_PAIRS }, problems) ?? DEFAULT_PAIRS;
  const seed = numberFlag(args, 'seed', { integer: true, min: 0, max: MAX_SEED }, problems) ?? 1;
  const years = numberFlag(args, 'years', { above: 0, what: 'years' }, problems);
  const workers = numberFlag(args, 'workers', { integer: true, min: 1, max: 1024 }, problems) ?? availableParallelism();
  const out = outputFlag(args, 'out', ['json', 'csv', 'html'], problems);
  const [baselineArg, scenarioArg] = args.positionals;
  if (out) problems.push(...outputConflicts([{ what: '--out', path: out.path }], [{ what: 'the baseline', path: scenarioInputPath(baselineArg) }, { what: 'the scenario', path: scenarioInputPath(scenarioArg) }]));
  if (problems.length) throw new CliError(problems, EXIT.usage);

  let notes = 0;
  const baseline = resolveRequest({ scenario: baselineArg, years, onNote: () => notes++ });
  const scenario = resolveRequest({ scenario: scenarioArg, years, onNote: () => notes++ });
  if (notes > 0) process.stderr.write(`idlab compare: ${notes} note${notes === 1 ? '' : 's'} on the scenarios (values outside their plausible range …): idlab validate lists them\n`);
  let plan;
  try {
    plan = planComparison({ baseline: baseline.scenario, scenario: scenario.scenario, pairs, seed, fitIn: { limit: CLI_MEMORY_LIMIT, where: 'cli' } });
  } catch (error) {
    if (error instanceof CompareError) throw new CliError(`cannot compare ${scenarioArg} with ${baselineArg}: ${error.message}`, EXIT.invalid);
    throw error;
  }

  const progress = createProgress({ label: 'idlab compare', total: plan.taskCount, force: args.flags.has('progress') });
  const started = performance.now();
  let result;
  try {
    result = await runComparison({ world: baseline.world, plan, workers, onProgress: (done) => progress.update(done) });
  } catch (error) {
    throw new CliError(String((error as Error).message).split('\n'), EXIT.internal);
  } finally {
    progress.finish();
  }
  if (!result) throw new Error('the comparison stopped without a stop request');
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`idlab compare: ${plan.taskCount} runs (${pairs} pairs) in ${seconds.toFixed(1)} s on ${Math.min(workers, plan.taskCount)} worker${workers === 1 ? '' : 's'}\n`);

  const provenance: CompareProvenance = {
    version: APP_VERSION,
    seed,
    baseline: { source: baselineArg, digest: scenarioDigest(baseline.scenario), scenario: baseline.scenario },
    scenario: { source: scenarioArg, digest: scenarioDigest(scenario.scenario), scenario: scenario.scenario },
  };
  if (out?.format === 'json') writeStaged([{ path: out.path, write: (tmp) => writeFileSync(tmp, `${JSON.stringify(comparisonJson(result, provenance), null, 1)}\n`) }]);
  else if (out?.format === 'html') {
    const report = buildCompareReport({ result, baseline: provenance.baseline, scenario: provenance.scenario, seed, version: APP_VERSION, date: new Date().toISOString(), madeBy: { en: 'idlab compare', zh: 'idlab compare 命令' }, map: compareReportMap(baseline.scenario.world) });
    writeStaged([{ path: out.path, write: (tmp) => writeFileSync(tmp, report) }]);
  } else if (out) writeStaged([{ path: out.path, write: (tmp) => writeTableFile(tmp, comparisonTable(result, provenance), 'csv') }]);
  else process.stdout.write(comparisonText(result, provenance));
  return EXIT.ok;
}
