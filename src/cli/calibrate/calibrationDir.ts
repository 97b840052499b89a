/**
 * The folder of an `idlab calibrate` run: plan.json (the calibration file, resolved), one
 * generation-<g>.json per complete generation (its particles, weights, tolerance, ESS, simulations;
 * generation 0's also holds the distance scales), and the outputs of the last generation:
 * posterior.csv and posterior.parquet (its weighted particles) and generations.csv (one row per
 * generation). Every file is written atomically, so a killed run leaves only complete files and the
 * next `--resume` reads the generations 0, 1, … up to the first one missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generationFromJson, type AbcSmcState, type GenerationResult } from '../../calibration/abcSmc.ts';
import type { CalibrationPlan } from '../../calibration/abcSmcPlan.ts';
import { writeFileAtomic } from '../../sweep/node/atomicWrite.ts';
import { parquetBytes } from '../../sweep/writeParquet.ts';
import type { ColumnType, ResultCell, ResultTable } from '../../sweep/resultTable.ts';
import { csvLine } from '../output/csv.ts';

export const PLAN_FILE = 'plan.json';
export const POSTERIOR_CSV = 'posterior.csv';
export const POSTERIOR_PARQUET = 'posterior.parquet';
export const GENERATIONS_CSV = 'generations.csv';

export const generationFile = (g: number) => `generation-${g}.json`;

/** What generation-<g>.json holds: the generation, and for generation 0 the distance scales. */
type GenerationFile = GenerationResult & { scales?: number[] };

export function writePlan(dir: string, plan: CalibrationPlan): void {
  writeFileAtomic(join(dir, PLAN_FILE), `${JSON.stringify(plan, null, 2)}\n`);
}

export function readPlan(dir: string): CalibrationPlan | null {
  const path = join(dir, PLAN_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CalibrationPlan) : null;
}

export function writeGeneration(dir: string, state: AbcSmcState, generation: GenerationResult): void {
  const file: GenerationFile = generation.index === 0 ? { ...generation, scales: state.scales! } : generation;
  writeFileAtomic(join(dir, generationFile(generation.index)), `${JSON.stringify(file)}\n`);
}

/**
 * The state saved in the folder: the plan with its generations 0, 1, … up to the first missing (or
 * unreadable: `onUnreadable` says which, and it is computed again).
 */
export function readState(dir: string, plan: CalibrationPlan, onUnreadable: (file: string) => void): AbcSmcState {
  const state: AbcSmcState = { priors: plan.priors, options: plan.abc, observed: plan.observed, scales: null, generations: [] };
  for (let g = 0; ; g++) {
    const path = join(dir, generationFile(g));
    if (!existsSync(path)) break;
    let file: GenerationFile;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as GenerationFile;
      if (file.index !== g || !Array.isArray(file.particles) || (g === 0 && !Array.isArray(file.scales))) throw new Error('not a generation file');
    } catch {
      onUnreadable(path);
      break;
    }
    if (g === 0) state.scales = file.scales!;
    const { scales: _scales, ...generation } = file;
    state.generations.push(generationFromJson(generation));
  }
  return state;
}

export function tableCsv(table: ResultTable): string {
  let text = csvLine(table.columns);
  for (const row of table.rows()) text += csvLine(row as ResultCell[] as (string | number | boolean | null)[]);
  return text;
}

/** The last generation's weighted particles: particle, weight, distance, the parameters, the statistics. */
export function posteriorTable(plan: CalibrationPlan, generation: GenerationResult): ResultTable {
  const names = plan.priors.map((p) => p.name);
  return {
    columns: ['particle', 'weight', 'distance', ...names, ...plan.statistics],
    types: ['int', 'double', 'double', ...names.map((): ColumnType => 'double'), ...plan.statistics.map((): ColumnType => 'double')],
    *rows() {
      for (const [i, q] of generation.particles.entries()) {
        yield [i, q.weight, Number.isFinite(q.distance) ? q.distance : null, ...q.theta, ...q.summary.map((x) => (Number.isFinite(x) ? x : null))];
      }
    },
  };
}

/** One row per generation: tolerance (empty for generation 0's ∞), ESS, simulations, acceptance rate, resampled. */
export function generationsTable(state: AbcSmcState): ResultTable {
  return {
    columns: ['generation', 'tolerance', 'ess', 'simulations', 'acceptance_rate', 'resampled'],
    types: ['int', 'double', 'double', 'int', 'double', 'boolean'],
    *rows() {
      for (const g of state.generations) yield [g.index, Number.isFinite(g.tolerance) ? g.tolerance : null, g.ess, g.simulations, g.acceptanceRate, g.resampled];
    },
  };
}

/** posterior.csv, posterior.parquet and generations.csv of the state's last generation. */
export function writeOutputs(dir: string, plan: CalibrationPlan, state: AbcSmcState, version: string): void {
  const last = state.generations.at(-1);
  if (!last) return;
  const posterior = posteriorTable(plan, last);
  writeFileAtomic(join(dir, POSTERIOR_CSV), tableCsv(posterior));
  writeFileAtomic(join(dir, POSTERIOR_PARQUET), parquetBytes(posterior, { 'idlab:version': version, 'idlab:simulator': plan.simulator, 'idlab:generation': String(last.index) }));
  writeFileAtomic(join(dir, GENERATIONS_CSV), tableCsv(generationsTable(state)));
}
