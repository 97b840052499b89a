import { STAGE_ORDER } from '../palette.ts';
import type { Locale } from '../i18n/i18n.ts';
import { searchKey, searchKeys } from './searchKey.ts';

/**
 * The rows the table view shows: the localities that match the search (Chinese name, pinyin or
 * English name, province) and the stage filter, in the order of the sorted column, at most
 * MAX_TABLE_ROWS of them.
 */

/**
 * Most rows the table renders at once: every county-level unit of China (2,828) fits; a bigger
 * abstract world (20,000 squares) shows its first rows in the chosen order and asks for a search.
 */
export const MAX_TABLE_ROWS = 3000;

export type SortColumn = 'name' | 'province' | 'stage' | 'since';

export interface TableSort {
  column: SortColumn;
  descending: boolean;
}

/** What the rows are chosen from: per locality its names, province, stage and since when (tick). */
export interface TableSource {
  names: readonly string[];
  namesEn: readonly string[];
  /** province index per locality */
  province: Int32Array;
  provinces: readonly { name: string; nameEn: string }[];
  /** stage code per locality */
  stage: Uint8Array;
  /** tick each locality entered its stage */
  since: Int32Array;
}

export interface TableQuery {
  /** what the user typed; empty: every locality */
  search: string;
  /** a stage code, or -1 for all */
  stage: number;
  /** null: the run's own order (by code) */
  sort: TableSort | null;
  locale: Locale;
}

export interface TableRows {
  /** locality indices to show, in order (at most MAX_TABLE_ROWS) */
  rows: number[];
  /** how many localities match the search and the filter */
  matching: number;
}

/** Each locality's search keys, joined (a search matches when it is part of one key). Build once per world. */
export function searchIndex(source: Pick<TableSource, 'names' | 'namesEn' | 'province' | 'provinces'>): string[] {
  const provinceKeys = source.provinces.map((p) => [...searchKeys(p.name), ...searchKeys(p.nameEn)]);
  // a separator that no search key contains, so a search never matches across two names
  return source.names.map((name, i) => [...searchKeys(name), ...searchKeys(source.namesEn[i] ?? ''), ...(provinceKeys[source.province[i]] ?? [])].join('\u0000'));
}

export function tableRows(source: TableSource, index: readonly string[], query: TableQuery): TableRows {
  const key = searchKey(query.search);
  const matched: number[] = [];
  for (let i = 0; i < source.stage.length; i++) {
    if (query.stage >= 0 && source.stage[i] !== query.stage) continue;
    if (key && !index[i].includes(key)) continue;
    matched.push(i);
  }
  if (query.sort) {
    const compare = comparator(source, query.sort.column, query.locale);
    const sign = query.sort.descending ? -1 : 1;
    // ties keep the run's order, whichever the direction
    matched.sort((a, b) => sign * compare(a, b) || a - b);
  }
  return { rows: matched.length > MAX_TABLE_ROWS ? matched.slice(0, MAX_TABLE_ROWS) : matched, matching: matched.length };
}

/**
 * Order of two localities by one column. Names in Chinese sort by pinyin (the zh-CN collation), in
 * English by the pinyin spelling, accents aside; stages in the legend's order; since when by date.
 */
function comparator(source: TableSource, column: SortColumn, locale: Locale): (a: number, b: number) => number {
  const en = locale === 'en';
  const collator = new Intl.Collator(en ? 'en' : 'zh-CN', { sensitivity: 'base', numeric: true });
  const nameOf = (i: number) => (en && source.namesEn[i] ? source.namesEn[i] : source.names[i]);
  const byName = (a: number, b: number) => collator.compare(nameOf(a), nameOf(b));
  switch (column) {
    case 'name':
      return byName;
    case 'province': {
      const provinceOf = (i: number) => {
        const p = source.provinces[source.province[i]];
        return p ? (en && p.nameEn ? p.nameEn : p.name) : '';
      };
      return (a, b) => collator.compare(provinceOf(a), provinceOf(b)) || byName(a, b);
    }
    case 'stage':
      return (a, b) => STAGE_ORDER.indexOf(source.stage[a]) - STAGE_ORDER.indexOf(source.stage[b]) || source.since[a] - source.since[b];
    case 'since':
      return (a, b) => source.since[a] - source.since[b];
  }
}
