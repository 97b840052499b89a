/**
 * Rank of a unit's prefecture, an input of the attribute proxies: provincial capitals and the four
 * direct-controlled municipalities (NBS prefecture codes ending in 01), the five sub-provincial
 * cities with separate planning status (计划单列市), other prefecture-level cities, and non-city
 * prefectures (地区, 自治州, 盟) or province-administered counties.
 */
export const PREFECTURE_RANKS = ['capital', 'subprovincial', 'city', 'other'] as const;
export type PrefectureRank = (typeof PREFECTURE_RANKS)[number];

/** 大连, 宁波, 厦门, 青岛, 深圳 */
const SUBPROVINCIAL = new Set(['2102', '3302', '3502', '3702', '4403']);

export function prefectureRank(code: string, name: string): PrefectureRank {
  if (code.endsWith('01')) return 'capital';
  if (SUBPROVINCIAL.has(code)) return 'subprovincial';
  if (code === '5002') return 'city'; // 重庆's counties: NBS lists them as a pseudo-prefecture "县"
  if (code.endsWith('90')) return 'other'; // 省直辖县级行政区划
  return name.endsWith('市') ? 'city' : 'other';
}
