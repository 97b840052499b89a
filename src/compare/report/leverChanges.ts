/**
 * What the scenario changes against the baseline, in words: each lever (and model assumption)
 * whose value differs, with its plain bilingual label from the parameter table and both values
 * with their unit; the targeted levers (where the reward applies, who receives transfers, named
 * demonstration sites) as the JSON a scenario file holds.
 */
import type { Bilingual, ParamDef } from '../../model/params/def.ts';
import { formatBound } from '../../model/params/ranges.ts';
import { ASSUMPTION_DEFS, LEVER_DEFS } from '../../model/params/schema.ts';
import type { ResolvedScenario } from '../../model/scenario/types.ts';

export interface ParameterChange {
  kind: 'lever' | 'assumption';
  /** the key in scenario files (`levers.<key>`, `params.<key>`) */
  key: string;
  label: Bilingual;
  from: Bilingual;
  to: Bilingual;
}

const SCOPED_LABELS: Readonly<Record<string, Bilingual>> = {
  rewardScope: { en: 'Where the reward applies', zh: '奖励适用范围' },
  transferScope: { en: 'Who receives the transfers', zh: '转移支付对象' },
  namedSites: { en: 'Named demonstration sites', zh: '命名示范点' },
};

const same = (text: string): Bilingual => ({ en: text, zh: text });

function valueText(def: ParamDef | undefined, value: unknown): Bilingual {
  if (value === undefined) return { en: 'not set', zh: '未设定' };
  if (typeof value === 'boolean') return value ? { en: 'on', zh: '开' } : { en: 'off', zh: '关' };
  if (typeof value === 'number' && def && (def.type === 'number' || def.type === 'integer')) {
    const n = formatBound(value);
    return { en: `${n} ${def.unit.en}`, zh: `${n} ${def.unit.zh}` };
  }
  return same(typeof value === 'string' ? value : JSON.stringify(value));
}

function changes(kind: ParameterChange['kind'], defs: readonly ParamDef[], base: Record<string, unknown>, next: Record<string, unknown>): ParameterChange[] {
  const out: ParameterChange[] = [];
  const keys = [...new Set([...Object.keys(base), ...Object.keys(next)])];
  for (const def of defs) {
    if (JSON.stringify(base[def.key]) !== JSON.stringify(next[def.key])) out.push({ kind, key: def.key, label: def.label, from: valueText(def, base[def.key]), to: valueText(def, next[def.key]) });
  }
  for (const key of keys.filter((k) => !defs.some((d) => d.key === k)).sort()) {
    if (JSON.stringify(base[key]) === JSON.stringify(next[key])) continue;
    out.push({ kind, key, label: SCOPED_LABELS[key] ?? same(key), from: valueText(undefined, base[key]), to: valueText(undefined, next[key]) });
  }
  return out;
}

/** The levers, then the assumptions, that `scenario` sets to other values than `baseline`, in the parameter table's order. */
export function parameterChanges(baseline: ResolvedScenario, scenario: ResolvedScenario): ParameterChange[] {
  return [
    ...changes('lever', LEVER_DEFS, baseline.levers as unknown as Record<string, unknown>, scenario.levers as unknown as Record<string, unknown>),
    ...changes('assumption', ASSUMPTION_DEFS, baseline.params as unknown as Record<string, unknown>, scenario.params as unknown as Record<string, unknown>),
  ];
}
