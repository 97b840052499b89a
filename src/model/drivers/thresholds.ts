/**
 * Adoption thresholds θ_i ~ N(thresholdMean, thresholdSd), clamped to [0,1], one per locality, drawn
 * once from the `thresholds` stream (always drawn, so switching the peer shape does not shift other
 * streams). Read only when `peerShape` is 'threshold': peer term σ(κ_th·(peer − θ_i)).
 */
import { createStream, normal } from '../rng/stream.ts';

export function drawThresholds(n: number, mean: number, sd: number, seed: number): Float64Array {
  const random = createStream(seed, 'thresholds');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = mean + sd * normal(random);
    out[i] = x < 0 ? 0 : x > 1 ? 1 : x;
  }
  return out;
}
