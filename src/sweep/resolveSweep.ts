/**
 * resolveSweep: a sweep file → a ResolvedSweep, or a ScenarioError listing every problem with its
 * path in the sweep file (`factors[1].range.max`, `scenario.params.q`, `design.samples`).
 *   1. the shape, with the valibot schema (schema.ts);
 *   2. the base scenario: a preset id or a scenario object, `time` overrides applied, resolved by the
 *      model's scenario resolver (problems prefixed with `scenario.`);
 *   3. each factor against its parameter row (resolveFactor.ts); designs' needs (a grid needs values
 *      or levels for each factor);
 *   4. outputs: metric names, innovation ids, series columns; the run count cap.
 */
import * as v from 'valibot';
import { ScenarioError, invalid, missing, type ScenarioIssue, type ScenarioNote } from '../model/scenario/issues.ts';
import { issuesFromValibot } from '../model/scenario/fromValibot.ts';
import { resolveScenarioWithNotes } from '../model/scenario/resolve.ts';
import { didYouMean } from '../model/scenario/suggest.ts';
import { REPORTERS } from '../model/metrics/reporters.ts';
import type { ResolvedScenario } from '../model/scenario/types.ts';
import { sweepFileSchema, MAX_RUNS } from './schema.ts';
import { resolveFactor } from './resolveFactor.ts';
import { SWEEP_METRIC_NAMES } from './metrics.ts';
import { pointCount } from './design/pointCount.ts';
import type { ResolvedDesign, ResolvedFactor, ResolvedOutputs, ResolvedSweep, SweepFile } from './types.ts';

export interface SweepResolveOptions {
  /** Returns the parsed JSON of a preset by id (as for resolveScenario). */
  loadPreset: (id: string) => unknown;
}

export interface SweepResolution {
  sweep: ResolvedSweep;
  /** notes on the base scenario (values outside the plausible range …), paths prefixed `scenario.` */
  notes: ScenarioNote[];
}

export const DEFAULT_MORRIS_LEVELS = 4;

export function resolveSweep(file: unknown, options: SweepResolveOptions): SweepResolution {
  const parsed = v.safeParse(sweepFileSchema, file, { abortEarly: false });
  const issues: ScenarioIssue[] = parsed.success ? [] : issuesFromValibot(parsed.issues);
  if (!isObject(file)) throw new ScenarioError(issues);
  const input = file as unknown as SweepFile;
  // Check every part whose shape is right, so one pass reports every problem.
  const shapeOk = (prefix: string) => !issues.some((i) => i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`));
  const base = resolveBase(input, options, issues);

  const factors: ResolvedFactor[] = [];
  const firstPath = new Map<string, number>();
  const factorsOk = Array.isArray(input.factors);
  if (factorsOk) {
    input.factors.forEach((f, i) => {
      if (!shapeOk(`factors[${i}]`)) return;
      const first = firstPath.get(f.path);
      if (first !== undefined) issues.push(invalid(['factors', i, 'path'], f.path, `duplicate of factors[${first}].path`));
      firstPath.set(f.path, i);
      const factor = resolveFactor(f, ['factors', i], issues);
      if (factor) factors.push(factor);
    });
  }
  const design = factorsOk && shapeOk('design') ? resolveDesign(input, factors, issues) : null;
  const outputs = shapeOk('outputs') ? resolveOutputs(input, base?.scenario ?? null, issues) : null;
  if (issues.length > 0 || !base || !design || !outputs) throw new ScenarioError(issues);

  const replicates = input.replicates ?? 1;
  const sweep: ResolvedSweep = {
    title: input.title ?? base.scenario.meta.title.en,
    description: input.description ?? '',
    scenario: base.scenario,
    factors,
    design,
    replicates,
    seed: input.seed ?? 1,
    seeds: input.seeds ?? 'independent',
    outputs,
  };
  const runs = pointCount(sweep) * replicates;
  if (runs > MAX_RUNS) {
    throw new ScenarioError([invalid(['design'], input.design, `${runs} runs (points × ${replicates} replicates); allowed at most ${MAX_RUNS}`)]);
  }
  return { sweep, notes: base.notes };
}

function resolveBase(input: SweepFile, options: SweepResolveOptions, issues: ScenarioIssue[]): { scenario: ResolvedScenario; notes: ScenarioNote[] } | null {
  const scenario = input.scenario;
  let file: Record<string, unknown>;
  if (scenario === undefined) {
    issues.push(missing(['scenario'], 'a preset id such as "fengqiao", or a scenario object'));
    return null;
  } else if (typeof scenario === 'string') file = { extends: scenario };
  else if (isObject(scenario)) file = scenario;
  else {
    issues.push(invalid(['scenario'], scenario, 'expected a preset id such as "fengqiao", or a scenario object'));
    return null;
  }
  const time = isObject(input.time) ? input.time : {};
  if (time.years !== undefined || time.dt !== undefined) {
    const own = isObject(file.time) ? file.time : {};
    file = { ...file, time: { ...own, ...(time.years !== undefined && { years: time.years }), ...(time.dt !== undefined && { dt: time.dt }) } };
  }
  try {
    const { scenario: resolved, notes } = resolveScenarioWithNotes(file, { loadPreset: options.loadPreset });
    return { scenario: resolved, notes: notes.map(prefixed) };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    issues.push(...error.issues.map(prefixed));
    return null;
  }
}

/** `invalid params.q: …` → `invalid scenario.params.q: …` */
function prefixed(issue: ScenarioIssue): ScenarioIssue {
  const path = issue.path === 'scenario' ? 'scenario' : `scenario.${issue.path}`;
  const at = issue.message.indexOf(` ${issue.path}`);
  const message = issue.path === 'scenario' || at < 0 ? `scenario: ${issue.message}` : `${issue.message.slice(0, at)} ${path}${issue.message.slice(at + 1 + issue.path.length)}`;
  return { path, message };
}

function resolveDesign(input: SweepFile, factors: ResolvedFactor[], issues: ScenarioIssue[]): ResolvedDesign {
  const d = input.design;
  switch (d.type) {
    case 'grid':
      input.factors.forEach((f, i) => {
        const factor = factors.find((x) => x.path === f.path);
        if (!factor) return;
        if (factor.kind === 'distribution') issues.push(invalid(['factors', i, 'distribution'], f.distribution?.type, 'a grid takes values or a range with levels, not a distribution'));
        if (factor.kind === 'range') {
          factor.levels ??= d.levels ?? null;
          if (factor.levels === null) issues.push(missing(['factors', i, 'levels'], 'a grid needs the number of levels of each range (here or as design.levels), or a list of values'));
        }
      });
      return { type: 'grid' };
    case 'morris':
      return { type: 'morris', trajectories: d.trajectories, levels: d.levels ?? DEFAULT_MORRIS_LEVELS };
    default:
      input.factors.forEach((f, i) => {
        if (f.levels !== undefined) issues.push(invalid(['factors', i, 'levels'], f.levels, `levels are for grid designs; a ${d.type} design samples the range`));
      });
      return { ...d };
  }
}

/** Checks what it can without a scenario (metric names); null when the scenario did not resolve. */
function resolveOutputs(input: SweepFile, scenario: ResolvedScenario | null, issues: ScenarioIssue[]): ResolvedOutputs | null {
  const o = input.outputs ?? {};
  const metrics = o.metrics ?? [...SWEEP_METRIC_NAMES];
  metrics.forEach((m, j) => {
    if (!SWEEP_METRIC_NAMES.includes(m)) issues.push(invalid(['outputs', 'metrics', j], m, knownText(m, SWEEP_METRIC_NAMES)));
  });
  if (!scenario) return null;
  const ids = scenario.innovations.map((k) => k.id);
  const innovations = o.innovations ?? ids;
  innovations.forEach((id, j) => {
    if (!ids.includes(id)) issues.push(invalid(['outputs', 'innovations', j], id, knownText(id, ids, 'innovations of the scenario')));
  });
  let series: ResolvedOutputs['series'] = null;
  if (o.series) {
    const names = REPORTERS.map((r) => r.name);
    o.series.columns.forEach((c, j) => {
      if (!names.includes(c)) issues.push(invalid(['outputs', 'series', 'columns', j], c, knownText(c, names, 'per-tick metric columns')));
    });
    const every = o.series.every ?? 1;
    if (every < scenario.time.dt) issues.push(invalid(['outputs', 'series', 'every'], every, `allowed ≥ dt = ${scenario.time.dt} years`));
    series = { columns: [...o.series.columns], every };
  }
  return { metrics: [...metrics], innovations: [...innovations], series };
}

function knownText(name: string, known: readonly string[], what = 'known'): string {
  const guess = didYouMean(name, known);
  return guess ? `did you mean "${guess}"?` : `${what}: ${known.join(', ')}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
