/**
 * `npm run history-match [-- --points N --seeds R --waves 1|2 --shipped-seeds K --presets a,b]`:
 * history-matches the China case presets to their dated milestones (the preset's rows of
 * docs/validation.md) and writes docs/validation/history-matching.md with one figure per preset in
 * docs/validation/history-matching/.
 *
 * Per preset (scripts/calibration/historyMatchPresets.ts): a seeded Latin hypercube of N points over
 * the ranges of its 2–3 free parameters, each point run on seeds 1…R (the same seeds at every point:
 * common random numbers), its implausibility I(x) the largest over the preset's targets
 * (src/calibration/implausibility.ts); points with I ≤ 3 are kept. Wave 2 draws N more points in the
 * box of wave 1's kept points (widened by half a stratum) and applies the same cut. The shipped preset
 * is measured on seeds 1…K (K = 40, the validation's seeds) and must be non-implausible.
 * Deterministic: fixed design seeds, seeds and formatting, no timings in the files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import { resolveScenario } from '../../src/model/scenario/resolve.ts';
import { loadPresetFile, loadPresetForExtends } from '../../src/cli/presets.ts';
import { lhsDesign } from '../../src/sweep/design/lhs.ts';
import type { ResolvedFactor } from '../../src/sweep/types.ts';
import { IMPLAUSIBILITY_CUTOFF, runMoments, targetImplausibility } from '../../src/calibration/implausibility.ts';
import { currentTargets } from '../validation/validation.ts';
import { keep, presetRun } from '../validation/measureChina.ts';
import { fromUnit, PRESET_MATCHES, type PresetJson, type PresetMatch } from './historyMatchPresets.ts';
import { historyMatchDoc, historyMatchSvg, HM_DOC_PATH, HM_FIGURES_DIR } from './historyMatchDoc.ts';

export type MatchTarget = ReturnType<typeof currentTargets>[number];

export interface HistoryMatchOptions {
  points: number;
  seeds: number;
  waves: 1 | 2;
  shippedSeeds: number;
  presets: readonly string[];
}

/** Defaults that finish all five presets in about three minutes on one core (at most ten on a loaded one). */
export const HM_DEFAULTS: HistoryMatchOptions = { points: 150, seeds: 10, waves: 2, shippedSeeds: 40, presets: PRESET_MATCHES.map((m) => m.preset) };

/** One evaluated point: parameter values, their unit-cube coordinates, the implausibility per target and overall. */
export interface MatchPoint {
  values: number[];
  u: number[];
  wave: number;
  perTarget: number[];
  implausibility: number;
}

export interface TargetAtShipped {
  target: MatchTarget;
  mean: number;
  sd: number;
  implausibility: number;
}

export interface PresetResult {
  match: PresetMatch;
  targets: MatchTarget[];
  shippedValues: number[];
  shipped: TargetAtShipped[];
  shippedImplausibility: number;
  points: MatchPoint[];
  /** per wave: the box sampled in the unit cube, per parameter [lo, hi] */
  boxes: [number, number][][];
}

/** The preset with the point's parameter values written in (a fresh copy). */
function variant(match: PresetMatch, values: readonly number[]): PresetJson {
  const file = structuredClone(loadPresetFile(match.preset)) as PresetJson;
  match.params.forEach((param, i) => param.set(file, values[i]));
  return file;
}

/** Each target's figure on seeds 1…r of `file`: values[target][seed − 1]. */
function measure(preset: string, file: unknown, targets: readonly MatchTarget[], r: number): number[][] {
  const values = targets.map(() => [] as number[]);
  for (let seed = 1; seed <= r; seed++) {
    const run = presetRun(preset, targets, seed, file);
    targets.forEach((t, j) => values[j].push(keep(t.measure(run))));
  }
  return values;
}

function evaluate(match: PresetMatch, targets: readonly MatchTarget[], u: readonly number[], wave: number, r: number): MatchPoint {
  const values = match.params.map((param, i) => keep(fromUnit(param, u[i])));
  const figures = measure(match.preset, variant(match, values), targets, r);
  const perTarget = targets.map((t, j) => targetImplausibility(figures[j], t.band, t.approximate));
  return { values, u: [...u], wave, perTarget, implausibility: Math.max(0, ...perTarget) };
}

/** An LHS of `n` points inside `box` (unit-cube coordinates per parameter), seeded by preset and wave. */
function design(match: PresetMatch, box: readonly [number, number][], n: number, wave: number): number[][] {
  const random = seedrandom(`history-match ${match.preset} wave ${wave}`);
  const unit: ResolvedFactor[] = box.map((_, i) => ({ path: `u${i}`, section: 'params', key: `u${i}`, integer: false, kind: 'range', min: 0, max: 1, levels: null }));
  // an LHS point always has its unit coordinates (only a grid has none)
  return lhsDesign(unit, n, random).map((pt) => pt.u!.map((v, i) => box[i][0] + v * (box[i][1] - box[i][0])));
}

/** The box of the kept points of a wave, widened by half a stratum of an n-point design, within [0, 1]. */
export function keptBox(points: readonly MatchPoint[], dims: number, n: number): [number, number][] | null {
  const kept = points.filter((pt) => pt.implausibility <= IMPLAUSIBILITY_CUTOFF);
  if (kept.length === 0) return null;
  return Array.from({ length: dims }, (_, i) => {
    const us = kept.map((pt) => pt.u[i]);
    return [Math.max(0, Math.min(...us) - 0.5 / n), Math.min(1, Math.max(...us) + 0.5 / n)] as [number, number];
  });
}

/** The shipped preset against its targets on seeds 1…k: per target the mean, sd and implausibility. */
export function shippedFit(match: PresetMatch, targets: readonly MatchTarget[], k: number): TargetAtShipped[] {
  const figures = measure(match.preset, { extends: match.preset }, targets, k);
  return targets.map((target, j) => {
    const m = runMoments(figures[j]);
    return { target, mean: m.mean, sd: Math.sqrt(m.varRun / (1 + 1 / m.defined)), implausibility: targetImplausibility(figures[j], target.band, target.approximate) };
  });
}

/** The targets of `match`'s preset among all the China targets. */
export function presetTargets(match: PresetMatch, allTargets: readonly MatchTarget[]): MatchTarget[] {
  return allTargets.filter((t) => t.preset === match.preset);
}

export function historyMatchPreset(match: PresetMatch, allTargets: readonly MatchTarget[], options: HistoryMatchOptions): PresetResult {
  const targets = presetTargets(match, allTargets);
  const shippedScenario = resolveScenario({ extends: match.preset }, { loadPreset: loadPresetForExtends });
  const shippedValues = match.params.map((param) => param.shipped(shippedScenario));
  const shipped = shippedFit(match, targets, options.shippedSeeds);
  const boxes: [number, number][][] = [match.params.map(() => [0, 1] as [number, number])];
  const points = design(match, boxes[0], options.points, 1).map((u) => evaluate(match, targets, u, 1, options.seeds));
  if (options.waves === 2) {
    const box = keptBox(points, match.params.length, options.points);
    if (box) {
      boxes.push(box);
      for (const u of design(match, box, options.points, 2)) points.push(evaluate(match, targets, u, 2, options.seeds));
    }
  }
  return { match, targets, shippedValues, shipped, shippedImplausibility: Math.max(0, ...shipped.map((s) => s.implausibility)), points, boxes };
}

function parseOptions(argv: readonly string[]): HistoryMatchOptions {
  const out = { ...HM_DEFAULTS };
  const fail = (flag: string, value: string | undefined, allowed: string): never => {
    process.stderr.write(`${flag}: ${JSON.stringify(value ?? null)} is not ${allowed}\n`);
    process.exit(2);
  };
  for (let j = 0; j < argv.length; j += 2) {
    const [flag, value] = [argv[j], argv[j + 1]];
    const whole = (min: number) => {
      const n = Number(value);
      return Number.isInteger(n) && n >= min ? n : fail(flag, value, `a whole number ≥ ${min}`);
    };
    if (flag === '--points') out.points = whole(4);
    else if (flag === '--seeds') out.seeds = whole(2);
    else if (flag === '--shipped-seeds') out.shippedSeeds = whole(2);
    else if (flag === '--waves') out.waves = value === '1' || value === '2' ? (Number(value) as 1 | 2) : fail(flag, value, '1 or 2');
    else if (flag === '--presets') {
      const ids = (value ?? '').split(',');
      const known = HM_DEFAULTS.presets;
      out.presets = ids.every((id) => known.includes(id)) ? ids : fail(flag, value, `a comma-separated list of ${known.join(', ')}`);
    } else fail('option', flag, 'one of --points, --seeds, --waves, --shipped-seeds, --presets');
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const options = parseOptions(process.argv.slice(2));
  const targets = currentTargets();
  const results: PresetResult[] = [];
  for (const match of PRESET_MATCHES.filter((m) => options.presets.includes(m.preset))) {
    const started = performance.now();
    const result = historyMatchPreset(match, targets, options);
    results.push(result);
    const kept = result.points.filter((pt) => pt.implausibility <= IMPLAUSIBILITY_CUTOFF).length;
    process.stdout.write(`${match.preset}: ${kept} of ${result.points.length} points kept, shipped I = ${result.shippedImplausibility.toFixed(2)} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  mkdirSync(join(root, HM_FIGURES_DIR), { recursive: true });
  writeFileSync(join(root, HM_DOC_PATH), historyMatchDoc(results, options));
  for (const r of results) writeFileSync(join(root, HM_FIGURES_DIR, `${r.match.preset}.svg`), historyMatchSvg(r));
  process.stdout.write(`wrote ${HM_DOC_PATH} and ${results.length} figures in ${HM_FIGURES_DIR}\n`);
}
