/**
 * A plan folder, the unit a cluster shares (docs/cli.md "Sweeps"):
 *   manifest.json   format, app version, sweep digest, base scenario digest, counts, shards, outputs,
 *                   and the scenario digest of every design point
 *   sweep.json      the resolved sweep (base scenario included): every command rebuilds the plan
 *                   from it and checks the digest
 *   runs.csv        the run list for people: run, point, replicate, seed, factor values, digest
 *   results/        one JSON file per finished run (run-000042.json), written atomically
 * Nothing in it carries a timestamp: planning twice gives the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { APP_VERSION } from '../../model/version.ts';
import { scenarioDigest } from '../../model/scenario/digest.ts';
import { createPlan, sweepDigest, type Plan } from '../plan.ts';
import { SweepError } from '../sweepError.ts';
import type { ResolvedSweep } from '../types.ts';
import { writeFileAtomic } from './atomicWrite.ts';

export const PLAN_FORMAT = 'idlab-sweep-plan/1';
export const MANIFEST_FILE = 'manifest.json';
export const SWEEP_FILE = 'sweep.json';
export const RUNS_FILE = 'runs.csv';
export const RESULTS_DIR = 'results';

export interface Manifest {
  format: string;
  version: string;
  title: string;
  sweepDigest: string;
  baseDigest: string;
  design: ResolvedSweep['design'];
  factors: string[];
  points: number;
  replicates: number;
  runs: number;
  seed: number;
  seeds: ResolvedSweep['seeds'];
  shards: number;
  metrics: string[];
  innovations: string[];
  series: ResolvedSweep['outputs']['series'];
  /** scenario digest per design point */
  scenarios: string[];
}

export interface PlanDir {
  dir: string;
  manifest: Manifest;
  plan: Plan;
}

/**
 * Writes a plan folder; a folder that already holds a different plan is refused. A new plan is
 * written into a temporary sibling folder and renamed into place when complete, so an interrupted
 * `sweep plan` (a full disk, Ctrl-C) leaves no half-written folder that would block planning again.
 */
export function writePlanDir(dir: string, plan: Plan, shards: number): Manifest {
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifest = planManifest(plan, shards);
  if (existsSync(manifestPath)) {
    const old = readManifest(dir);
    if (old.sweepDigest !== plan.digest || old.shards !== shards) {
      throw new SweepError(`${dir} already holds another plan (sweep digest ${old.sweepDigest.slice(0, 12)}…, ${old.shards} shards): plan into a new folder`);
    }
    // the same plan again: its files are rewritten (atomically, each) and its results kept
    writePlanFiles(dir, plan, manifest);
    return manifest;
  }
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new SweepError(`${dir} exists and is not an empty folder: plan into a new folder`);
  }
  const parent = dirname(resolve(dir));
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(resolve(dir))}.plan-${process.pid}.tmp`);
  try {
    rmSync(staging, { recursive: true, force: true });
    writePlanFiles(staging, plan, manifest);
    renameSync(staging, dir); // replaces an empty folder
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return manifest;
}

function planManifest(plan: Plan, shards: number): Manifest {
  const { sweep } = plan;
  return {
    format: PLAN_FORMAT,
    version: APP_VERSION,
    title: sweep.title,
    sweepDigest: plan.digest,
    baseDigest: scenarioDigest(sweep.scenario),
    design: sweep.design,
    factors: sweep.factors.map((f) => f.key),
    points: plan.points.length,
    replicates: sweep.replicates,
    runs: plan.runCount,
    seed: sweep.seed,
    seeds: sweep.seeds,
    shards,
    metrics: sweep.outputs.metrics,
    innovations: sweep.outputs.innovations,
    series: sweep.outputs.series,
    scenarios: plan.points.map((p) => plan.scenarioDigest(p.point)),
  };
}

/** The plan's files in `dir`; the manifest last, so a folder with a manifest has every file. */
function writePlanFiles(dir: string, plan: Plan, manifest: Manifest): void {
  mkdirSync(join(dir, RESULTS_DIR), { recursive: true });
  writeFileAtomic(join(dir, SWEEP_FILE), `${JSON.stringify(plan.sweep, null, 2)}\n`);
  writeFileAtomic(join(dir, RUNS_FILE), runsCsv(plan));
  writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

function runsCsv(plan: Plan): string {
  const keys = plan.sweep.factors.map((f) => f.key);
  const lines = [`run,point,replicate,seed,${keys.join(',')},digest\n`];
  for (let i = 0; i < plan.runCount; i++) {
    const r = plan.run(i);
    const values = plan.points[r.point].values.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : String(v)));
    lines.push(`${r.run},${r.point},${r.replicate},${r.seed},${values.join(',')},${plan.scenarioDigest(r.point)}\n`);
  }
  return lines.join('');
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SweepError(`cannot read ${path}: not a sweep plan folder (missing ${what}; make one with idlab sweep plan)`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SweepError(`${path}: invalid JSON (${(error as Error).message})`);
  }
}

function readManifest(dir: string): Manifest {
  const manifest = readJson(join(dir, MANIFEST_FILE), MANIFEST_FILE) as Manifest;
  if (manifest?.format !== PLAN_FORMAT) throw new SweepError(`${join(dir, MANIFEST_FILE)}: not a plan of format ${PLAN_FORMAT} (got ${JSON.stringify(manifest?.format)})`);
  return manifest;
}

/**
 * Reads a plan folder and rebuilds its plan. A plan made by another app version is refused: its
 * runs would not reproduce (docs/implementation-notes.md, "Contracts": a run is a function of version, scenario and seed).
 */
export function readPlanDir(dir: string): PlanDir {
  const manifest = readManifest(dir);
  if (manifest.version !== APP_VERSION) {
    throw new SweepError(`${dir} was planned by idlab ${manifest.version}; this is idlab ${APP_VERSION}: runs would not reproduce the plan's (re-plan with this version, or run it with idlab ${manifest.version})`);
  }
  const sweep = readJson(join(dir, SWEEP_FILE), SWEEP_FILE) as ResolvedSweep;
  const digest = sweepDigest(sweep);
  if (digest !== manifest.sweepDigest) {
    throw new SweepError(`${join(dir, SWEEP_FILE)} does not match the manifest (digest ${digest.slice(0, 12)}…, manifest ${manifest.sweepDigest.slice(0, 12)}…): the folder was edited; plan again`);
  }
  return { dir, manifest, plan: createPlan(sweep) };
}

/** The result file of a run: results/run-000042.json (6 digits or as many as the largest run needs). */
export function resultPath(dir: string, run: number, runs: number): string {
  const width = Math.max(6, String(Math.max(0, runs - 1)).length);
  return join(dir, RESULTS_DIR, `run-${String(run).padStart(width, '0')}.json`);
}
