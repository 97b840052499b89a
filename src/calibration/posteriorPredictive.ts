/**
 * The posterior predictive distribution of a calibration's summaries: θ drawn from the weighted
 * posterior particles (independently, with replacement, with probability ∝ weight), one simulation
 * per draw. Its spread holds both the parameters' uncertainty and the model's own randomness, so an
 * observed summary outside its central interval is one the fitted model does not reproduce.
 * Deterministic: the draws and the simulations' seeds come from the stream `posterior-predictive`
 * of `seed`.
 */
import { createStream } from '../model/rng/stream.ts';
import type { Candidate, Simulator } from './abcSmc.ts';

/** A posterior particle: θ in the calibrated parameters' order and its (unnormalized) weight. */
export interface WeightedTheta {
  theta: readonly number[];
  weight: number;
}

/** Largest simulation seed a draw gets (exclusive): 2³², as the engine's candidates. */
const SEED_RANGE = 2 ** 32;

/**
 * The `draws` candidates of the posterior predictive: θ drawn by weight and a simulation seed each,
 * candidate d's fixed by (particles, seed, d) alone, so simulating them on any number of workers
 * gives the same summaries.
 */
export function posteriorPredictiveDraws(particles: readonly WeightedTheta[], draws: number, seed: number): Candidate[] {
  const total = particles.reduce((s, q) => s + Math.max(0, q.weight), 0);
  if (!(total > 0) || !Number.isFinite(total)) throw new Error(`posterior predictive: the ${particles.length} particles have no positive total weight`);
  const random = createStream(seed, 'posterior-predictive');
  const out: Candidate[] = [];
  for (let d = 0; d < draws; d++) {
    const u = random() * total;
    let i = 0;
    let cumulative = Math.max(0, particles[0].weight);
    while (u >= cumulative && i < particles.length - 1) cumulative += Math.max(0, particles[++i].weight);
    out.push({ index: d, theta: [...particles[i].theta], seed: Math.floor(random() * SEED_RANGE) });
  }
  return out;
}

/** `draws` summary vectors, each from one θ drawn by weight and simulated once (in this thread). */
export function posteriorPredictive(particles: readonly WeightedTheta[], simulate: Simulator, draws: number, seed: number): number[][] {
  return posteriorPredictiveDraws(particles, draws, seed).map((c) => [...simulate(c.theta, c.seed)]);
}
