/**
 * Applies a scenario's per-locality attribute overrides (`world.attributes`) to copies of the world's
 * attribute arrays; the World itself is never mutated. An unknown code, attribute or a value outside
 * [0,1] is a configuration error naming the field path.
 */
import { ATTRIBUTES, type AttributeId, type World } from '../world.ts';
import { codeLookup } from './codeLookup.ts';
import type { AttributeOverride } from '../scenario/types.ts';

export function applyAttributeOverrides(
  world: World,
  overrides: readonly AttributeOverride[] | undefined,
  path = 'world.attributes',
): Record<AttributeId, Float64Array> {
  const out = {} as Record<AttributeId, Float64Array>;
  for (const id of ATTRIBUTES) out[id] = Float64Array.from(world.attributes[id]);
  if (!overrides || overrides.length === 0) return out;
  const index = codeLookup(world);
  overrides.forEach((o, j) => {
    const i = index.get(o.code);
    if (i === undefined) throw new Error(`invalid ${path}[${j}].code: "${o.code}" (no locality with this code in the ${world.kind} world)`);
    if (!(ATTRIBUTES as readonly string[]).includes(o.attribute)) {
      throw new Error(`invalid ${path}[${j}].attribute: "${o.attribute}" (allowed ${ATTRIBUTES.join(', ')})`);
    }
    if (!(o.value >= 0 && o.value <= 1)) throw new Error(`invalid ${path}[${j}].value: ${o.value} (allowed 0–1)`);
    out[o.attribute][i] = o.value;
  });
  return out;
}
