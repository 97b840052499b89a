/**
 * `idlab tornado <scenario> [--kpi K] [--innovation ID] [--pairs M] [--seed S] [--years Y] [--workers W] [--out FILE.json|.csv]`:
 * which lever matters most. Every lever of the scenario is moved alone to the low and to the high
 * end of its plausible range (switches: off and on), each variant compared with the scenario over
 * M pairs of runs with common seeds (`idlab compare`'s engine and threads; the scenario's own runs
 * are done once and shared), and the levers are ranked by the swing of the chosen KPI. Writes the
 * JSON document or the CSV table (tornado-output.ts), or prints the ranked table.
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
import { tornadoJson, tornadoTable, tornadoText, type TornadoProvenance } from '../tornado-output.ts';
import { MAX_SEED } from '../../model/scenario/seedSchema.ts';
import { scenarioDigest } from '../../model/scenario/digest.ts';
import { APP_VERSION } from '../../model/version.ts';
import { CLI_MEMORY_LIMIT } from '../../model/simulation/runMemory.ts';
import { CompareError, planComparison } from '../../compare/comparePlan.ts';
import { COMPARE_KPIS } from '../../compare/compareKpis.ts';
import type { CompareKpiId } from '../../compare/types.ts';
import { runTornadoOnThreads } from '../run-tornado-on-threads.ts';
import { COMPARE_SPEC } from './compare.ts';
import { summarizeTornado } from '../../compare/tornado/summarizeTornado.ts';
import { tornadoLevers, tornadoVariants, variantScenario } from '../../compare/tornado/tornadoLevers.ts';

export const TORNADO_SPEC: CommandSpec = {
  name: 'tornado',
  positionals: ['scenario'],
  flags: {
    kpi: { kind: 'string', value: 'K', help: `the KPI the levers are ranked by: ${COMPARE_KPIS.map((k) => k.id).join(', ')} (default timeTo50)` },
    innovation: { kind: 'string', value: 'ID', help: "the innovation whose KPI is ranked (default: the scenario's first)" },
    pairs: { kind: 'string', value: 'M', help: 'pairs of runs per variant (default 20); pair i of every variant runs with the same seed as the scenario\'s' },
    // the same seeds, worker threads and progress as idlab compare's
    seed: COMPARE_SPEC.flags.seed,
    years: { kind: 'string', value: 'Y', help: "override the scenario's time.years" },
    workers: COMPARE_SPEC.flags.workers,
    out: { kind: 'string', value: 'FILE', help: 'write the tornado: .json (every lever\'s differences and swing, pair seeds) or .csv (one row per lever)' },
    progress: COMPARE_SPEC.flags.progress,
  },
};

export const TORNADO_SUMMARY = 'Which lever matters most: move each lever alone over its plausible range, paired with the scenario, and rank their effects on a KPI.';

/** 20 pairs: the 6th and 15th of the 20 sorted paired differences bound their median with 95.9 % confidence (docs/model.md). */
const DEFAULT_PAIRS = 20;
const MAX_PAIRS = 10_000;

export async function tornadoCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, TORNADO_SPEC);
  const problems: string[] = [];
  const pairs = numberFlag(args, 'pairs', { integer: true, min: 1, max: MAX_PAIRS }, problems) ?? DEFAULT_PAIRS;
  const seed = numberFlag(args, 'seed', { integer: true, min: 0, max: MAX_SEED }, problems) ?? 1;
  const years = numberFlag(args, 'years', { above: 0, what: 'years' }, problems);
  const workers = numberFlag(args, 'workers', { integer: true, min: 1, max: 1024 }, problems) ?? availableParallelism();
  const out = outputFlag(args, 'out', ['json', 'csv'], problems);
  const kpiFlag = args.flags.get('kpi');
  const kpi = (typeof kpiFlag === 'string' ? kpiFlag : 'timeTo50') as CompareKpiId;
  if (!COMPARE_KPIS.some((k) => k.id === kpi)) problems.push(`invalid --kpi: '${kpi}' (allowed: ${COMPARE_KPIS.map((k) => k.id).join(', ')})`);
  const [scenarioArg] = args.positionals;
  const input = scenarioInputPath(scenarioArg);
  if (out) problems.push(...outputConflicts([{ what: '--out', path: out.path }], [{ what: 'the scenario', path: input }]));
  if (problems.length) throw new CliError(problems, EXIT.usage);

  let notes = 0;
  const { scenario: current, world } = resolveRequest({ scenario: scenarioArg, years, onNote: () => notes++ });
  if (notes > 0) process.stderr.write(`idlab tornado: ${notes} note${notes === 1 ? '' : 's'} on the scenario (values outside their plausible range …): idlab validate lists them\n`);
  const innovationFlag = args.flags.get('innovation');
  const innovation = typeof innovationFlag === 'string' ? innovationFlag : current.innovations[0].id;
  if (!current.innovations.some((x) => x.id === innovation)) {
    throw new CliError(`invalid --innovation: '${innovation}' (the scenario's innovations: ${current.innovations.map((x) => x.id).join(', ')})`, EXIT.usage);
  }
  const levers = tornadoLevers(current);
  const variants = tornadoVariants(levers);
  try {
    planComparison({ baseline: current, scenario: variantScenario(current, variants[0]), pairs, seed, fitIn: { limit: CLI_MEMORY_LIMIT, where: 'cli' } });
  } catch (error) {
    if (error instanceof CompareError) throw new CliError(`cannot run a tornado of ${scenarioArg}: ${error.message}`, EXIT.invalid);
    throw error;
  }

  const total = pairs * (1 + variants.length);
  const progress = createProgress({ label: 'idlab tornado', total, force: args.flags.has('progress') });
  const started = performance.now();
  let data;
  try {
    data = await runTornadoOnThreads({ world, current, levers, pairs, seed, workers, onProgress: ({ done }) => progress.update(done) });
  } catch (error) {
    throw new CliError(String((error as Error).message).split('\n'), EXIT.internal);
  } finally {
    progress.finish();
  }
  if (!data) throw new Error('the tornado stopped without a stop request');
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`idlab tornado: ${total} runs (${variants.length} variants of ${levers.length} levers and the scenario, ${pairs} pairs each) in ${seconds.toFixed(1)} s on ${Math.min(workers, 2 * pairs)} worker${workers === 1 ? '' : 's'}\n`);

  const result = summarizeTornado(data, kpi, innovation);
  const provenance: TornadoProvenance = { version: APP_VERSION, seed, source: scenarioArg, digest: scenarioDigest(current), scenario: current };
  if (out?.format === 'json') writeStaged([{ path: out.path, write: (tmp) => writeFileSync(tmp, `${JSON.stringify(tornadoJson(result, provenance), null, 1)}\n`) }]);
  else if (out) writeStaged([{ path: out.path, write: (tmp) => writeTableFile(tmp, tornadoTable(result, provenance), 'csv') }]);
  else process.stdout.write(tornadoText(result, provenance));
  return EXIT.ok;
}
