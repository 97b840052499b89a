/**
 * What the `idlab sweep` subcommands share: turning sweep-layer errors into CLI errors (one line per
 * problem, no stack trace), reading a plan folder, and loading its world with the CLI's loader.
 */
import { join } from 'node:path';
import { CliError, EXIT } from '../cli-error.ts';
import { loadWorld } from '../load-world.ts';
import { describeFsError } from '../load-scenario.ts';
import { ScenarioError } from '../../model/scenario/issues.ts';
import type { World } from '../../model/world.ts';
import { SweepError } from '../../sweep/sweepError.ts';
import { MANIFEST_FILE, RESULTS_DIR, RUNS_FILE, SWEEP_FILE, readPlanDir, type PlanDir } from '../../sweep/node/planDir.ts';
import type { NamedPath } from '../output-conflicts.ts';

/** Runs `step`, turning a SweepError or ScenarioError into a CliError (exit 1). */
export function sweepStep<T>(step: () => T, label?: string): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof SweepError) throw new CliError(error.problems, EXIT.invalid);
    if (error instanceof ScenarioError) throw new CliError(error.issues.map((i) => (label ? `${label}: ${i.message}` : i.message)), EXIT.invalid);
    throw error;
  }
}

/**
 * A file-system error (a full disk, a file-size limit, no permission) as one CliError line —
 * `${what}: ${reason}${after}` — or null for any other error (a bug, which must keep its trace).
 */
export function fsProblem(error: unknown, what: string, after = ''): CliError | null {
  if (typeof (error as NodeJS.ErrnoException)?.code !== 'string') return null;
  return new CliError(`${what}: ${describeFsError(error)}${after}`, EXIT.invalid);
}

/** Runs `step`, turning a file-system error into one CliError line (fsProblem). */
export function fsStep<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw fsProblem(error, what) ?? error;
  }
}

export function openPlan(dir: string): PlanDir {
  return sweepStep(() => readPlanDir(dir));
}

export function planWorld(pd: PlanDir): World {
  return loadWorld(pd.plan.sweep.scenario.world);
}

/** The files of a plan folder that no output may replace. */
export function planInputs(pd: PlanDir): NamedPath[] {
  return [MANIFEST_FILE, SWEEP_FILE, RUNS_FILE].map((f) => ({ what: `the plan's ${f}`, path: join(pd.dir, f) }));
}

/** The folder of a plan's result files, where no output may go. */
export function planFolders(pd: PlanDir): NamedPath[] {
  return [{ what: "the plan's results folder", path: join(pd.dir, RESULTS_DIR) }];
}
