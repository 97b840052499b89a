/**
 * Province, prefecture and region tables for the CSV: NBS-2023 names, English names, and the usual
 * NBS grouping of provinces into four economic regions (东部/中部/西部/东北, NBS 2011).
 */

export const PROVINCE_EN: Record<string, string> = {
  '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia',
  '21': 'Liaoning', '22': 'Jilin', '23': 'Heilongjiang', '31': 'Shanghai', '32': 'Jiangsu',
  '33': 'Zhejiang', '34': 'Anhui', '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong',
  '41': 'Henan', '42': 'Hubei', '43': 'Hunan', '44': 'Guangdong', '45': 'Guangxi',
  '46': 'Hainan', '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou', '53': 'Yunnan',
  '54': 'Tibet', '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia', '65': 'Xinjiang',
};

const REGION_OF: Record<string, 'east' | 'central' | 'west' | 'northeast'> = {};
for (const p of ['11', '12', '13', '31', '32', '33', '35', '37', '44', '46']) REGION_OF[p] = 'east';
for (const p of ['14', '34', '36', '41', '42', '43']) REGION_OF[p] = 'central';
for (const p of ['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']) REGION_OF[p] = 'west';
for (const p of ['21', '22', '23']) REGION_OF[p] = 'northeast';

export function regionOf(province: string): 'east' | 'central' | 'west' | 'northeast' {
  const r = REGION_OF[province];
  if (!r) throw new Error(`no region for province ${province}`);
  return r;
}

/**
 * Urban type from the NBS name: 区 → district (but 神农架林区 and 六枝特区 are county-level non-districts),
 * 市 → county-level city, anything else (县, 旗, 自治县, 自治旗, 行政委员会) → county.
 */
export function urbanTypeOf(name: string): 'district' | 'city' | 'county' {
  if (name.endsWith('区') && name !== '神农架林区' && !name.endsWith('特区')) return 'district';
  if (name.endsWith('市')) return 'city';
  return 'county';
}

/**
 * Prefecture display name: NBS uses placeholders for the direct-controlled municipalities (市辖区, 县)
 * and for province-administered counties; name those after the province instead.
 */
export function prefectureName(nbsName: string, provinceName: string): string {
  if (nbsName === '市辖区') return provinceName;
  if (nbsName === '县') return provinceName + '(县)';
  if (nbsName.endsWith('直辖县级行政区划')) return provinceName + '直辖县级单位';
  return nbsName;
}
