/**
 * Attributes of a synthetic world: every attribute is 0.5 + heterogeneity·N(0,1), clamped to [0,1],
 * drawn from the stream `${attributeSeed}:attributes` — so heterogeneity 0 gives identical
 * localities, and the map is the same for every run seed (replicates share one world).
 */
import { ATTRIBUTES, type AttributeId } from '../world.ts';
import { aleaNormal, aleaState } from '../rng/aleaState.ts';

export function syntheticAttributes(n: number, attributeSeed: number, heterogeneity: number): Record<AttributeId, Float64Array> {
  if (!(heterogeneity >= 0)) throw new RangeError(`invalid world.heterogeneity: ${heterogeneity} (allowed ≥ 0)`);
  const state = aleaState(attributeSeed, 'attributes'); // the stream's numbers, drawn inline
  const out = {} as Record<AttributeId, Float64Array>;
  for (const id of ATTRIBUTES) {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = heterogeneity === 0 ? 0.5 : 0.5 + heterogeneity * aleaNormal(state);
      a[i] = x < 0 ? 0 : x > 1 ? 1 : x;
    }
    out[id] = a;
  }
  return out;
}
