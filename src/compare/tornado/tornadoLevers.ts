/**
 * The levers a tornado moves and the ends they are moved to: every lever of the parameter table
 * (kind 'lever'), numeric ones to the ends of their plausible range (what the sliders span),
 * switches to off and on, enums to their first and last value. The scoped levers (where a reward
 * applies, who receives transfers, named sites) are places rather than amounts and stay as they are.
 */
import { LEVER_DEFS, type ParamDef, type ParamValue } from '../../model/params/index.ts';
import type { ResolvedScenario } from '../../model/scenario/types.ts';
import type { TornadoLever, TornadoVariant } from './types.ts';

export function tornadoLevers(current: ResolvedScenario): TornadoLever[] {
  return LEVER_DEFS.map((def) => {
    const [low, high] = ends(def);
    return { key: def.key, label: def.label, current: (current.levers as unknown as Record<string, ParamValue>)[def.key], low, high };
  });
}

function ends(def: ParamDef): [ParamValue, ParamValue] {
  if (def.type === 'boolean') return [false, true];
  if (def.type === 'enum') return [def.values[0], def.values[def.values.length - 1]];
  return [def.plausible[0], def.plausible[1]];
}

/** The variants to run: each lever's ends that differ from its current value, lever by lever, low first. */
export function tornadoVariants(levers: readonly TornadoLever[]): TornadoVariant[] {
  return levers.flatMap((l) =>
    (['low', 'high'] as const).filter((side) => l[side] !== l.current).map((side): TornadoVariant => ({ key: l.key, side, value: l[side] })),
  );
}

/** The current scenario with one lever set to the variant's value (a value the schema allows: the plausible range lies inside the allowed one). */
export function variantScenario(current: ResolvedScenario, variant: TornadoVariant): ResolvedScenario {
  return { ...current, levers: { ...current.levers, [variant.key]: variant.value } };
}
