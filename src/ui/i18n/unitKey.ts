import type { MessageKey } from './catalogue.ts';

/**
 * Messages that name the localities, and their wording for an abstract world (a lattice or a fully
 * mixed world): China's localities are county-level units (县级单位), an abstract world's are
 * plain units (单位). English says "localities" for both.
 */
const ABSTRACT_WORDING = {
  'app.localities': 'app.localities.abstract',
  'chart.share': 'chart.share.abstract',
  'kpi.t50Help': 'kpi.t50Help.abstract',
  'kpi.activeHelp': 'kpi.activeHelp.abstract',
  'table.caption': 'table.caption.abstract',
  'table.locality': 'table.locality.abstract',
  'table.count': 'table.count.abstract',
  'live.status': 'live.status.abstract',
} as const satisfies Partial<Record<MessageKey, MessageKey>>;

/** The key of `key`'s wording for the world shown: China's, or an abstract world's. */
export function unitKey(key: MessageKey, abstractWorld: boolean): MessageKey {
  return abstractWorld && key in ABSTRACT_WORDING ? ABSTRACT_WORDING[key as keyof typeof ABSTRACT_WORDING] : key;
}
