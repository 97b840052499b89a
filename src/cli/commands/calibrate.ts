/**
 * `idlab calibrate <calibration.json> --dir DIR [--workers W] [--resume]`: fits a simulator's
 * parameters to observed summary statistics by ABC-SMC (src/calibration/abcSmc.ts), on W worker
 * threads, writing each complete generation to DIR as it finishes (calibrationDir.ts). `--resume`
 * continues a run from its last complete generation and gives the same result as a run never
 * stopped; the result does not depend on W either. SIGTERM (or Ctrl-C) drops the generation in
 * progress (it is redone on resume) and exits 143 at once. One line per generation on stderr.
 * A finished run (and a resume of one with nothing left to do) then simulates the posterior
 * predictive on the same workers (predictiveFiles.ts) and writes report.html (reportFile.ts).
 */
import { availableParallelism } from 'node:os';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { numberFlag, parseArgs, type CommandSpec } from '../args.ts';
import { CliError, EXIT } from '../cli-error.ts';
import { readJsonFile } from '../load-scenario.ts';
import { createProgress } from '../progress.ts';
import { version } from '../version.ts';
import { AbcSmcError, continueAbcSmc, simulationsSpent, weightedMoments, type AbcSmcOptions, type Candidate, type GenerationResult, type StopReason } from '../../calibration/abcSmc.ts';
import { PREDICTIVE_DEFAULTS, resolveCalibration, type CalibrationPlan } from '../../calibration/abcSmcPlan.ts';
import { posteriorPredictiveDraws } from '../../calibration/posteriorPredictive.ts';
import { predictiveSummary, type PredictiveSummaryRow } from '../../calibration/predictiveSummary.ts';
import { acquireRunLock } from '../../sweep/node/runLock.ts';
import { SweepError } from '../../sweep/sweepError.ts';
import { SIMULATOR_CONTEXT } from '../calibrate/simulatorContext.ts';
import { calibratePool, SimulationFailedError, type CalibratePool } from '../calibrate/calibratePool.ts';
import { PLAN_FILE, readPlan, readState, writeGeneration, writeOutputs, writePlan } from '../calibrate/calibrationDir.ts';
import { PREDICTIVE_CSV, PREDICTIVE_SUMMARY_CSV, removeFinishedFiles, writePredictive } from '../calibrate/predictiveFiles.ts';
import { REPORT_HTML, writeReport } from '../calibrate/reportFile.ts';
import { fsProblem, fsStep } from './sweep-shared.ts';
import { EXIT_STOPPED } from './sweep-run.ts';

export const CALIBRATE_SPEC: CommandSpec = {
  name: 'calibrate',
  positionals: ['calibration.json'],
  flags: {
    dir: { kind: 'string', value: 'DIR', help: 'the calibration folder: plan.json, generation-<g>.json, posterior.csv, posterior.parquet, generations.csv' },
    workers: { kind: 'string', value: 'W', help: 'worker threads (default: the available CPUs); 1 runs in this thread; the result does not depend on it' },
    resume: { kind: 'boolean', help: 'continue the run in DIR from its last complete generation (abc.generations, abc.budget and predictive.draws may change); on a finished run, write the posterior predictive and report.html again' },
    progress: { kind: 'boolean', help: "show each batch's progress even when stderr is not a terminal (on by default under Slurm and Kubernetes)" },
  },
};

export const CALIBRATE_SUMMARY = 'Fit parameters to observed statistics by ABC-SMC; resumable, on worker threads.';

/** Fields of the ABC options a resumed run may change: how long it goes on, not what it computes. */
const RESUMABLE_CHANGES = ['generations', 'budget'] as const;
/** Fields of the plan outside `abc` a resumed run may change: what follows the last generation. */
const RESUMABLE_FIELDS: readonly string[] = ['abc', 'predictive'];
/** The files of a finished run that a stopped one removes (they would describe an older posterior). */
const FINISHED_FILES = [PREDICTIVE_CSV, PREDICTIVE_SUMMARY_CSV, REPORT_HTML];

function calibrationStep<T>(label: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof AbcSmcError) throw new CliError(error.problems.map((p) => `${label}: ${p}`), EXIT.invalid);
    throw error;
  }
}

/** The fields in which two plans differ that a resume may not change ([] when none). */
function planDifferences(stored: CalibrationPlan, fresh: CalibrationPlan): string[] {
  const keys = Object.keys(fresh) as (keyof CalibrationPlan)[];
  const out: string[] = keys.filter((k) => !RESUMABLE_FIELDS.includes(k) && JSON.stringify(stored[k]) !== JSON.stringify(fresh[k]));
  for (const o of Object.keys(fresh.abc) as (keyof AbcSmcOptions)[]) {
    if (!(RESUMABLE_CHANGES as readonly string[]).includes(o) && stored.abc?.[o] !== fresh.abc[o]) out.push(`abc.${o}`);
  }
  return out;
}

/** ", 12.3 sims/s on 4 workers" for `simulations` done in `seconds` (s); empty when no time passed. */
function rateText(simulations: number, seconds: number, workers: number): string {
  return seconds > 0 ? `, ${(simulations / seconds).toFixed(1)} sims/s on ${workers} worker${workers === 1 ? '' : 's'}` : '';
}

function generationLine(g: GenerationResult, seconds: number, workers: number): string {
  const tolerance = Number.isFinite(g.tolerance) ? g.tolerance.toPrecision(4) : '∞';
  const rate = rateText(g.simulations, seconds, workers);
  return `generation ${g.index}: tolerance ${tolerance}, acceptance ${(100 * g.acceptanceRate).toPrecision(3)} %, ESS ${g.ess.toFixed(0)} of ${g.particles.length}${g.resampled ? ' (resampled)' : ''}, ${g.simulations} simulations in ${seconds.toFixed(1)} s${rate}`;
}

function predictiveLine(rows: readonly PredictiveSummaryRow[], draws: number, seconds: number, workers: number): string {
  const judged = rows.filter((r) => r.inside80 !== null);
  const inside = judged.filter((r) => r.inside80).length;
  const rate = rateText(draws, seconds, workers);
  return `posterior predictive: ${draws} simulations in ${seconds.toFixed(1)} s${rate}; ${inside} of ${judged.length} observed statistics inside their 80 % interval`;
}

/** `pool.evaluate` with a progress line labelled `label`; null when `stop` cut it short. */
async function evaluateWithProgress(pool: CalibratePool, batch: readonly Candidate[], label: string, force: boolean, stop: AbortSignal): Promise<number[][] | null> {
  const progress = createProgress({ label, total: batch.length, force });
  try {
    return await pool.evaluate(batch, (done) => progress.update(done), stop);
  } finally {
    progress.finish();
  }
}

interface PredictiveContext {
  label: string;
  out: string;
  plan: CalibrationPlan;
  pool: CalibratePool;
  workers: number;
  stop: AbortSignal;
  forceProgress: boolean;
}

/**
 * The finished run's posterior predictive, simulated on the run's workers and written (one line on
 * stderr): its draws and per-statistic rows; null when the plan asks for none (an earlier finish's
 * files are removed); 'stopped' when a signal cut it short.
 */
async function posteriorPredictiveStep(ctx: PredictiveContext, last: GenerationResult): Promise<{ draws: number; rows: PredictiveSummaryRow[] } | null | 'stopped'> {
  const { label, out, plan } = ctx;
  const draws = plan.predictive?.draws ?? PREDICTIVE_DEFAULTS.draws;
  if (draws === 0) {
    fsStep(`cannot tidy ${out}`, () => removeFinishedFiles(out, [PREDICTIVE_CSV, PREDICTIVE_SUMMARY_CSV]));
    return null;
  }
  const candidates = posteriorPredictiveDraws(last.particles, draws, plan.abc.seed);
  const mark = performance.now();
  const summaries = await evaluateWithProgress(ctx.pool, candidates, `${label}: posterior predictive, ${draws} simulations`, ctx.forceProgress, ctx.stop);
  if (summaries === null) return 'stopped';
  const rows = predictiveSummary(plan.statistics, plan.observed, summaries);
  fsStep(`cannot write the posterior predictive in ${out}`, () => writePredictive(out, plan, candidates, summaries, rows));
  process.stderr.write(`${label}: ${predictiveLine(rows, draws, (performance.now() - mark) / 1000, ctx.workers)}\n`);
  return { draws, rows };
}

const STOP_TEXT: Record<StopReason, string> = {
  generations: 'all generations done',
  budget: 'simulation budget used',
  stopped: 'stopped',
};

export async function calibrateCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, CALIBRATE_SPEC);
  const problems: string[] = [];
  const workers = numberFlag(args, 'workers', { integer: true, min: 1, max: 1024 }, problems) ?? availableParallelism();
  const dir = args.flags.get('dir');
  if (typeof dir !== 'string') problems.push('missing --dir DIR (the calibration folder to write or resume)');
  if (problems.length) throw new CliError(problems, EXIT.usage);
  const path = args.positionals[0];
  const out = dir as string;
  const resume = args.flags.has('resume');

  const plan = calibrationStep(path, () => resolveCalibration(readJsonFile(path), SIMULATOR_CONTEXT));
  const stored = fsStep(`cannot read ${join(out, PLAN_FILE)}`, () => readPlan(out));
  if (stored && !resume) throw new CliError(`${out} already holds a calibration (${PLAN_FILE}): add --resume to continue it, or choose another --dir`, EXIT.invalid);
  if (!stored && resume) throw new CliError(`--resume: ${out} holds no calibration (no ${PLAN_FILE}); leave out --resume to start one`, EXIT.invalid);
  if (stored) {
    const differences = planDifferences(stored, plan);
    if (differences.length) throw new CliError(`--resume: ${path} differs from ${join(out, PLAN_FILE)} in ${differences.join(', ')} (only abc.${RESUMABLE_CHANGES.join(', abc.')} and predictive may change on a resume)`, EXIT.invalid);
  }
  fsStep(`cannot write the calibration folder ${out}`, () => mkdirSync(out, { recursive: true }));

  // Two runs in one folder would write the same generations: the second refuses (runLock.ts).
  let lock;
  try {
    lock = fsStep(`cannot lock ${out}`, () => acquireRunLock(out, { start: 0, end: 1 }));
  } catch (error) {
    if (!(error instanceof SweepError)) throw error;
    throw new CliError(error.problems.map((p) => p.replace(/^runs 0–0 of (.*?) are being run by/, '$1 is being calibrated by')), EXIT.invalid);
  }

  const label = 'idlab calibrate';
  let stopSignal: string | null = null;
  // A stop gives up the generation in progress (it is redone on --resume), so the batch in flight is
  // dropped at once rather than finished: a cluster's grace period after SIGTERM may be short.
  const stopping = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) process.exit(EXIT_STOPPED); // a second signal: stop now
    stopSignal = signal;
    process.stderr.write(`\n${label}: ${signal}: stopping; the complete generations are kept (again to stop now)\n`);
    stopping.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const pool = calibratePool(plan, workers);
  const forceProgress = args.flags.has('progress') || process.env.SLURM_JOB_ID !== undefined || process.env.KUBERNETES_SERVICE_HOST !== undefined;
  let predictiveStopped = false;
  const started = performance.now();
  let outcome;
  try {
    fsStep(`cannot write ${join(out, PLAN_FILE)}`, () => writePlan(out, plan));
    const state = readState(out, plan, (file) => process.stderr.write(`${label}: ${file} is unreadable; computing it again\n`));
    if (state.generations.length) process.stderr.write(`${label}: resuming ${out} after generation ${state.generations.length - 1} (${simulationsSpent(state)} simulations so far)\n`);
    let mark = performance.now();
    let generation = state.generations.length;
    const evaluate = (batch: readonly Candidate[]) => evaluateWithProgress(pool, batch, `${label}: generation ${generation}, ${batch.length} simulations`, forceProgress, stopping.signal);
    outcome = await continueAbcSmc(state, evaluate, {
      shouldStop: () => stopSignal !== null,
      onGeneration: (s, g) => {
        generation = g.index + 1;
        fsStep(`cannot write a generation in ${out}`, () => writeGeneration(out, s, g));
        const now = performance.now();
        process.stderr.write(`${label}: ${generationLine(g, (now - mark) / 1000, workers)}\n`);
        mark = now;
      },
    });
    fsStep(`cannot write the outputs in ${out}`, () => writeOutputs(out, plan, outcome!.state, version));
    const finished = outcome.stop !== 'stopped' && outcome.state.generations.length > 0;
    if (finished) {
      const { generations } = outcome.state;
      const predictive = await posteriorPredictiveStep({ label, out, plan, pool, workers, stop: stopping.signal, forceProgress }, generations.at(-1)!);
      predictiveStopped = predictive === 'stopped';
      if (predictive !== 'stopped') fsStep(`cannot write ${join(out, REPORT_HTML)}`, () => writeReport(out, { fileName: basename(path), plan, generations, predictive, version }));
    }
    if (!finished || predictiveStopped) fsStep(`cannot tidy ${out}`, () => removeFinishedFiles(out, FINISHED_FILES));
  } catch (error) {
    if (error instanceof SimulationFailedError) throw new CliError(error.message.split('\n'), EXIT.internal);
    if (error instanceof AbcSmcError) throw new CliError(error.problems.map((p) => `${path}: ${p}`), EXIT.invalid);
    throw fsProblem(error, `cannot write in ${out}`, '; the generations written so far are kept — add --resume to continue') ?? error;
  } finally {
    await pool.close();
    lock.release();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }

  const { state, stop, abandoned } = outcome;
  const seconds = (performance.now() - started) / 1000;
  const last = state.generations.at(-1);
  const head = `${label}: ${out}: ${state.generations.length} generation${state.generations.length === 1 ? '' : 's'}, ${simulationsSpent(state)} simulations (${STOP_TEXT[stop]}${abandoned ? `; ${abandoned} simulations of an unfinished generation not kept` : ''}) in ${seconds.toFixed(1)} s`;
  if (stop === 'stopped') {
    process.stderr.write(`${head}: stopped by ${stopSignal}; add --resume to continue\n`);
    return EXIT_STOPPED;
  }
  if (predictiveStopped) {
    process.stderr.write(`${head}; the posterior predictive stopped by ${stopSignal}: add --resume to write it and ${REPORT_HTML}\n`);
    return EXIT_STOPPED;
  }
  process.stderr.write(`${head}\n`);
  if (last) {
    const moments = plan.priors.map((p, k) => {
      const { mean, sd } = weightedMoments(last, k);
      return `${p.name} ${mean.toPrecision(4)} ± ${sd.toPrecision(2)}`;
    });
    process.stdout.write(`posterior (generation ${last.index}, ESS ${last.ess.toFixed(0)}; weighted mean ± SD): ${moments.join(', ')}\n`);
  }
  return EXIT.ok;
}
