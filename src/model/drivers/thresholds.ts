/**
 * Adoption thresholds θ_i ~ N(thresholdMean, thresholdSd), clamped to [0,1], one per locality, drawn
 * once from the `thresholds` stream. Read only when `peerShape` is 'threshold': peer term
 * σ(κ_th·(peer − θ_i)); staticTerms.ts draws them only then (the stream is their own, so drawing them
 * or not shifts no other draw).
 */
import { aleaNormal, aleaState } from '../rng/aleaState.ts';

export function drawThresholds(n: number, mean: number, sd: number, seed: number): Float64Array {
  const state = aleaState(seed, 'thresholds');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = mean + sd * aleaNormal(state);
    out[i] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
  return out;
}
