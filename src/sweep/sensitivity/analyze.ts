/**
 * Sensitivity of one outcome to a sweep's factors: Sobol' indices for a `sobol` design, Morris
 * summaries for a `morris` design. The outcome of a design point is the mean over its replicates
 * (the sensitivity of the expected outcome; replicate noise then adds to no factor's index). A null
 * outcome (t50 never reached) has no number: the caller must say what it stands for (`nullAs`,
 * e.g. the horizon), never a silent default.
 */
import { createStream } from '../../model/rng/stream.ts';
import type { Plan } from '../plan.ts';
import type { RunRecord } from '../runRecord.ts';
import { sobolIndices } from './sobolIndices.ts';
import { morrisIndices } from './morrisIndices.ts';

export interface AnalyzeOptions {
  metric: string;
  /** innovation id (default: the first kept) */
  innovation?: string;
  /** the value that stands for a null outcome; absent: nulls are an error */
  nullAs?: number | null;
  /** bootstrap resamples (default 1000) and confidence level (default 0.95) */
  resamples?: number;
  level?: number;
}

export interface SensitivityRow {
  factor: string;
  /** S1, ST (sobol); mu, muStar, sigma (morris) */
  index: string;
  estimate: number;
  low: number;
  high: number;
}

export interface Analysis {
  method: 'sobol' | 'morris';
  metric: string;
  innovation: string;
  /** base samples (sobol) or trajectories (morris) */
  units: number;
  replicates: number;
  level: number;
  resamples: number;
  nulls: number;
  rows: SensitivityRow[];
}

export const BOOTSTRAP_STREAM = 'sweep-bootstrap';

/** The mean outcome per design point; records must cover every run of the plan. */
export function pointMeans(plan: Plan, records: readonly RunRecord[], metric: string, innovation: string, nullAs: number | null): { means: Float64Array; nulls: number[] } {
  const means = new Float64Array(plan.points.length);
  const counts = new Int32Array(plan.points.length);
  const nulls: number[] = [];
  for (const r of records) {
    const inn = r.innovations.find((x) => x.id === innovation);
    if (!inn) throw new Error(`run ${r.run} has no innovation ${innovation}`);
    let value = inn.metrics[metric];
    if (value === undefined) throw new Error(`run ${r.run} has no metric ${metric}`);
    if (value === null) {
      nulls.push(r.run);
      if (nullAs == null) continue;
      value = nullAs;
    }
    means[r.point] += value;
    counts[r.point]++;
  }
  for (let p = 0; p < means.length; p++) means[p] /= counts[p];
  return { means, nulls };
}

export function analyzeSweep(plan: Plan, records: readonly RunRecord[], options: AnalyzeOptions): Analysis {
  const { sweep } = plan;
  const design = sweep.design;
  if (design.type !== 'sobol' && design.type !== 'morris') {
    throw new Error(`sensitivity indices need a "sobol" or "morris" design; this sweep's design is "${design.type}"`);
  }
  if (!sweep.outputs.metrics.includes(options.metric)) {
    throw new Error(`invalid --metric: '${options.metric}' (this sweep kept: ${sweep.outputs.metrics.join(', ')})`);
  }
  const innovation = options.innovation ?? sweep.outputs.innovations[0];
  if (!sweep.outputs.innovations.includes(innovation)) {
    throw new Error(`invalid --innovation: '${innovation}' (this sweep kept: ${sweep.outputs.innovations.join(', ')})`);
  }
  const nullAs = options.nullAs ?? null;
  const { means, nulls } = pointMeans(plan, records, options.metric, innovation, nullAs);
  if (nulls.length > 0 && nullAs === null) {
    const shown = nulls.slice(0, 10).join(', ');
    throw new Error(
      `${options.metric} is null (not defined) in ${nulls.length} of ${records.length} runs (runs ${shown}${nulls.length > 10 ? ', …' : ''}); ` +
        `say what it stands for with --null-as VALUE (e.g. the horizon, ${sweep.scenario.time.years} years, for a time never reached)`,
    );
  }
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const random = createStream(sweep.seed, BOOTSTRAP_STREAM);
  const keys = sweep.factors.map((f) => f.key);
  const d = keys.length;
  const rows: SensitivityRow[] = [];
  const push = (index: string, estimates: number[], cis: { low: number; high: number }[]) => {
    keys.forEach((factor, i) => rows.push({ factor, index, estimate: estimates[i], low: cis[i].low, high: cis[i].high }));
  };
  let units: number;
  if (design.type === 'sobol') {
    const s = sobolIndices(means, d, { resamples, level, random });
    push('S1', s.first, s.firstCi);
    push('ST', s.total, s.totalCi);
    units = s.samples;
  } else {
    const u = plan.points.map((p) => p.u!);
    const m = morrisIndices(means, u, d, { resamples, level, random });
    push('mu', m.mu, m.muCi);
    push('muStar', m.muStar, m.muStarCi);
    push('sigma', m.sigma, m.sigmaCi);
    units = m.trajectories;
  }
  return { method: design.type, metric: options.metric, innovation, units, replicates: sweep.replicates, level, resamples, nulls: nulls.length, rows };
}
