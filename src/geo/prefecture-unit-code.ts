/**
 * The prefecture-level unit a county-level unit belongs to, from its 6-digit NBS-2023 code alone
 * (every county code begins with its prefecture's 4 digits; docs/model.md, "Prefecture-level units"):
 *   - a prefecture, 地区, 自治州 or 盟 is one unit, coded by its prefecture code + "00" (成都市 510100);
 *   - each of the four municipalities (北京, 天津, 上海, 重庆) is one unit, coded province + "0100"
 *     (重庆's districts 5001 and its counties 5002 make one unit, 500100);
 *   - a county-level unit administered directly by its province (省直辖县级单位, prefecture codes
 *     ending in 90: 济源, 仙桃, 五指山, 石河子 …) is a unit of its own and keeps its own code, since
 *     it answers to the province as a prefecture does.
 */
export const MUNICIPALITY_PROVINCES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** Prefecture codes (4 digits) ending in this are the province-administered pseudo-prefectures. */
export const PROVINCE_ADMINISTERED_SUFFIX = '90';

export function prefectureUnitCode(countyCode: string): string {
  const province = countyCode.slice(0, 2);
  if (MUNICIPALITY_PROVINCES.has(province)) return `${province}0100`;
  const prefecture = countyCode.slice(0, 4);
  if (prefecture.endsWith(PROVINCE_ADMINISTERED_SUFFIX)) return countyCode;
  return `${prefecture}00`;
}
