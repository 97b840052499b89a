import type { MessageKey } from './catalogue.ts';

/**
 * How the interface names the localities of the world shown: China's are county-level units
 * (县级单位), or prefecture-level units (地级单位) in a world with `"unit": "prefecture"`; an abstract
 * world's (a lattice or a fully mixed world) are plain units (单位). English says "localities" for
 * all of them, except where the prefecture level needs saying.
 */
export type LocalityWording = 'county' | 'prefecture' | 'abstract';

/** Messages that name the localities, with their key for each wording other than 'county'. */
const WORDING = {
  'app.localities': { abstract: 'app.localities.abstract', prefecture: 'app.localities.prefecture' },
  'chart.share': { abstract: 'chart.share.abstract', prefecture: 'chart.share.prefecture' },
  'kpi.t50Help': { abstract: 'kpi.t50Help.abstract', prefecture: 'kpi.t50Help.prefecture' },
  'kpi.activeHelp': { abstract: 'kpi.activeHelp.abstract', prefecture: 'kpi.activeHelp.prefecture' },
  'table.caption': { abstract: 'table.caption.abstract', prefecture: 'table.caption.prefecture' },
  'table.locality': { abstract: 'table.locality.abstract', prefecture: 'table.locality.prefecture' },
  'table.count': { abstract: 'table.count.abstract', prefecture: 'table.count.prefecture' },
  'live.status': { abstract: 'live.status.abstract', prefecture: 'live.status.prefecture' },
  'map.label': { abstract: 'map.label', prefecture: 'map.label.prefecture' },
} as const satisfies Partial<Record<MessageKey, Record<Exclude<LocalityWording, 'county'>, MessageKey>>>;

/** The wording of a run's world: its kind, and for China the level of its units. */
export function localityWording(info: { worldKind: string; unit: string }): LocalityWording {
  return info.worldKind !== 'china' ? 'abstract' : info.unit === 'prefecture' ? 'prefecture' : 'county';
}

/** The key of `key`'s wording for the world shown. */
export function unitKey(key: MessageKey, wording: LocalityWording): MessageKey {
  return wording !== 'county' && key in WORDING ? WORDING[key as keyof typeof WORDING][wording] : key;
}
