/**
 * The held-out check of the shipped SPID calibration: `npx tsx scripts/calibration/holdout.ts
 * [--posterior FILE] [--draws N] [--seed S]` prints, as markdown, each statistic's 80 % posterior
 * predictive interval on the policies first adopted after 1995 (which the fit never saw) and on the
 * 1950–1995 policies it was fitted to, and whether the observed value lies inside. θ is drawn from
 * the weighted posterior of `idlab calibrate public/calibration/spid-1950-1995.json` (default: the
 * committed public/calibration/spid-1950-1995.posterior.csv), one simulation per draw (default 200,
 * seed 1). Deterministic: the same posterior, draws and seed give the same table.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildUsStatesWorld, parseUsStates } from '../../src/geo/index.ts';
import { spidHistories, usStatesContiguity } from '../../src/calibration/index.ts';
import { planSimulator, resolveCalibration, type CalibrationPlan } from '../../src/calibration/abcSmcPlan.ts';
import { posteriorParticles } from '../../src/calibration/posteriorParticles.ts';
import { posteriorPredictive } from '../../src/calibration/posteriorPredictive.ts';
import { predictiveCheck, shareInside, type PredictiveRow } from '../../src/calibration/predictiveCheck.ts';
import { usPolicyHoldoutPlan } from '../../src/calibration/usPolicyHoldout.ts';

export const CALIBRATION_FILE = 'public/calibration/spid-1950-1995.json';
export const POSTERIOR_FILE = 'public/calibration/spid-1950-1995.posterior.csv';
export const HOLDOUT_DEFAULTS = { draws: 200, seed: 1, level: 0.8 } as const;

export interface HoldoutReport {
  /** policies simulated per draw: held out, fitted */
  policies: { heldOut: number; fitted: number };
  heldOut: PredictiveRow[];
  fitted: PredictiveRow[];
  draws: number;
  seed: number;
}

/** Both checks from the repository at `root` and the posterior CSV at `posterior` (a repository path or an absolute one). */
export function holdoutReport(root: string, posterior = POSTERIOR_FILE, draws: number = HOLDOUT_DEFAULTS.draws, seed: number = HOLDOUT_DEFAULTS.seed): HoldoutReport {
  const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
  const usStates = JSON.parse(read('public/data/us-states.json'));
  const spid = spidHistories(read('public/data/spid/spid_policies.csv'), read('public/data/spid/spid_metadata.csv'));
  const context = {
    loadWorld: (spec: { attributeSeed?: number }) => buildUsStatesWorld(parseUsStates(usStates), { attributeSeed: spec.attributeSeed ?? 1 }),
    readText: (path: readonly string[]) => read(join(...path)),
  };
  const fit = resolveCalibration(JSON.parse(read(CALIBRATION_FILE)), context);
  const heldOut = usPolicyHoldoutPlan(fit, spid, usStatesContiguity(usStates));
  const particles = posteriorParticles(read(posterior), fit.priors.map((p) => p.name), posterior);
  const check = (plan: CalibrationPlan) => predictiveCheck(plan.statistics, plan.observed, posteriorPredictive(particles, planSimulator(plan, context), draws, seed), HOLDOUT_DEFAULTS.level);
  const count = (plan: CalibrationPlan) => (plan.options.firstYears as number[]).length;
  return { policies: { heldOut: count(heldOut), fitted: count(fit) }, heldOut: check(heldOut), fitted: check(fit), draws, seed };
}

const LABELS: Record<string, string> = {
  t50_q1: 'years to 50 %: q1',
  t50_median: 'years to 50 %: median',
  t50_q3: 'years to 50 %: q3',
  t90_q1: 'years to 90 %: q1',
  t90_median: 'years to 90 %: median',
  t90_q3: 'years to 90 %: q3',
  adopters_q1: 'eventual adopters: q1',
  adopters_median: 'eventual adopters: median',
  adopters_q3: 'eventual adopters: q3',
  split_half: 'split-half correlation',
  neighbour_10y: 'neighbour coefficient, first 10 years',
};

/** Whole numbers as they are, correlations to 3 decimals, years and states to at most 2 (no trailing zeros). */
const num = (x: number | null) => (x === null || Number.isNaN(x) ? '–' : String(Number(x.toFixed(Math.abs(x) < 2 ? 3 : 2))));
const cells = (r: PredictiveRow) => [num(r.observed), `${num(r.lo)}–${num(r.hi)} (${num(r.median)})${r.undefinedDraws ? ` [${r.undefinedDraws} undefined]` : ''}`, r.inside ? 'yes' : '**no**'];
const percent = (rows: readonly PredictiveRow[]) => `${rows.filter((r) => r.inside).length} of ${rows.length} (${Math.round(100 * shareInside(rows))} %)`;

/** The report as the markdown table docs/validation-data.md holds. */
export function holdoutMarkdown(r: HoldoutReport): string {
  const lines = [
    `| statistic | observed, after 1995 (${r.policies.heldOut}) | 80 % predictive (median) | inside | observed, 1950–1995 (${r.policies.fitted}) | 80 % predictive (median) | inside |`,
    '|---|---|---|---|---|---|---|',
    ...r.heldOut.map((h, k) => `| ${LABELS[h.statistic] ?? h.statistic} | ${[...cells(h), ...cells(r.fitted[k])].join(' | ')} |`),
    `| **inside** | | | **${percent(r.heldOut)}** | | | **${percent(r.fitted)}** |`,
  ];
  return `${lines.join('\n')}\n`;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(import.meta.dirname, '../..');
  const argv = process.argv.slice(2);
  const draws = Number(flag(argv, '--draws') ?? HOLDOUT_DEFAULTS.draws);
  const seed = Number(flag(argv, '--seed') ?? HOLDOUT_DEFAULTS.seed);
  if (!Number.isInteger(draws) || draws < 10 || !Number.isInteger(seed)) {
    process.stderr.write(`holdout: --draws ${draws}, --seed ${seed} (allowed: whole numbers, at least 10 draws)\n`);
    process.exit(2);
  }
  const started = performance.now();
  const report = holdoutReport(root, flag(argv, '--posterior') ?? POSTERIOR_FILE, draws, seed);
  process.stdout.write(holdoutMarkdown(report));
  process.stderr.write(`holdout: ${draws} draws (seed ${seed}) on ${report.policies.heldOut} + ${report.policies.fitted} policies in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
