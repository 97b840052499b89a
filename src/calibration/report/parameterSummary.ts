/**
 * What the data did to one calibrated parameter: the posterior median and 90 % interval (weighted
 * quantiles of the particles, weightedQuantile.ts), and the posterior SD ÷ the prior SD, both on the
 * scale the prior is uniform on (ln θ for a log-uniform prior; a uniform prior on [a, b] has SD
 * (b − a)/√12). A ratio near 1 means the posterior is about as wide as the prior: the data did not
 * pin the parameter down. The verdict cuts the ratio at IDENTIFICATION_CUTS.
 */
import type { Prior } from '../abcSmc.ts';
import type { WeightedTheta } from '../posteriorPredictive.ts';
import { weightedQuantile } from '../weightedQuantile.ts';

/** Below `narrowed`: narrowed by the data; up to `weak`: weakly narrowed; above: not identified. */
export const IDENTIFICATION_CUTS = { narrowed: 0.5, weak: 0.8 } as const;

export type Identification = 'narrowed' | 'weak' | 'not-identified';

export interface ParameterSummary {
  prior: Prior;
  median: number;
  /** 5th and 95th weighted percentiles */
  lo: number;
  hi: number;
  /** posterior SD ÷ prior SD on the prior's uniform scale */
  sdRatio: number;
  identification: Identification;
}

/** x on the scale prior `p` is uniform on. */
export function uniformScale(p: Prior, x: number): number {
  return p.scale === 'log' ? Math.log(x) : x;
}

export function identification(sdRatio: number): Identification {
  if (sdRatio < IDENTIFICATION_CUTS.narrowed) return 'narrowed';
  return sdRatio <= IDENTIFICATION_CUTS.weak ? 'weak' : 'not-identified';
}

/** Parameter k (the priors' order) of weighted particles. */
export function parameterSummary(prior: Prior, particles: readonly WeightedTheta[], k: number): ParameterSummary {
  const values = particles.map((q) => q.theta[k]);
  const weights = particles.map((q) => Math.max(0, q.weight));
  const total = weights.reduce((a, b) => a + b, 0);
  const ys = values.map((x) => uniformScale(prior, x));
  const mean = ys.reduce((s, y, i) => s + weights[i] * y, 0) / total;
  const sd = Math.sqrt(ys.reduce((s, y, i) => s + weights[i] * (y - mean) ** 2, 0) / total);
  const priorSd = (uniformScale(prior, prior.hi) - uniformScale(prior, prior.lo)) / Math.sqrt(12);
  const sdRatio = sd / priorSd;
  return {
    prior,
    median: weightedQuantile(values, weights, 0.5),
    lo: weightedQuantile(values, weights, 0.05),
    hi: weightedQuantile(values, weights, 0.95),
    sdRatio,
    identification: identification(sdRatio),
  };
}
