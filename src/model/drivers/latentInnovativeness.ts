/**
 * Latent innovativeness z_L,i ~ N(0, 1) (docs/model.md §2): persistent differences between localities
 * that no attribute explains (US states' innovativeness ranks agree at 0.86 between two random halves
 * of their policies). One draw per locality from the world's attribute seed (`latent` stream), so it
 * is fixed for the world and shared by every run seed and replicate; it enters the drive as β_L·z_L.
 */
import { aleaNormal, aleaState } from '../rng/aleaState.ts';

export function latentInnovativeness(n: number, attributeSeed: number): Float64Array {
  const state = aleaState(attributeSeed, 'latent');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = aleaNormal(state);
  return out;
}
