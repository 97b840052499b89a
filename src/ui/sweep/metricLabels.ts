import type { MessageKey } from '../i18n/catalogue.ts';
import { findParamDef } from '../../model/params/schema.ts';
import { pick, t } from '../i18n/i18n.ts';
import type { ResolvedFactor } from '../../sweep/types.ts';

/** A sweep metric's name in the current language (the catalogue's `sweep.metric.<name>`), or its name. */
export function metricLabel(name: string): string {
  const key = `sweep.metric.${name}` as MessageKey;
  const text = t(key);
  return text === undefined ? name : text;
}

/** A factor's label in the current language with its symbol, unless the label ends with it. */
export function factorLabel(factor: Pick<ResolvedFactor, 'key'>): string {
  const def = findParamDef(factor.key);
  if (!def) return factor.key;
  const label = pick(def.label);
  // "Imitation q" already names its symbol; "Media and publicity" gets "(media)"
  return label.endsWith(` ${def.symbol}`) ? label : `${label} (${def.symbol})`;
}
