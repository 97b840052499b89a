/**
 * Eligibility (docs/model.md §2, §6): an innovation k is a fit for a share m_k ("potential") of the
 * localities. Each (i,k) is eligible with probability m_k, drawn once when the run is built from the
 * `eligibility` stream of the run seed, innovation by innovation, locality by locality. Ineligible
 * cells have no spontaneous or peer hazard of adopting; a mandate reaches them all the same, and
 * such an adoption is unfit (γ_unfit in the show draw). An innovation with m_k = 1 draws nothing, so
 * a scenario without potentials draws nothing at all (and shifts no other stream).
 */
import { aleaNext, aleaState } from '../rng/aleaState.ts';

/**
 * 1 per ineligible cell (N×K, index k·N + i), or an empty array when every innovation has potential 1.
 * `potential[k]` ∈ (0, 1].
 */
export function drawIneligible(n: number, potential: readonly number[], seed: number): Uint8Array {
  if (potential.every((m) => m >= 1)) return new Uint8Array(0);
  const out = new Uint8Array(n * potential.length);
  const state = aleaState(seed, 'eligibility');
  potential.forEach((m, k) => {
    if (m >= 1) return;
    for (let i = 0; i < n; i++) if (aleaNext(state) >= m) out[k * n + i] = 1;
  });
  return out;
}
