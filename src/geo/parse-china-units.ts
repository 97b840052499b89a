/** Parses the text of public/data/china-units.csv (columns fixed by scripts/data/write-outputs.ts). */
import { REGIONS, URBAN_TYPES, type RegionId, type UrbanTypeId } from '../model/world.ts';
import { parseCsv } from './csv.ts';
import type { ChinaUnit } from './types.ts';

export const UNIT_CSV_COLUMNS = [
  'code', 'name', 'name_en', 'prefecture_code', 'prefecture', 'prefecture_en', 'province_code', 'province', 'province_en',
  'region', 'urban_type', 'townships', 'villages', 'lon', 'lat', 'area_km2', 'geometry_codes', 'crosswalk',
] as const;

export function parseChinaUnits(text: string): ChinaUnit[] {
  const records = parseCsv(text);
  if (!records.length) throw new Error('china-units.csv: empty file');
  const header = records[0].fields.join(',');
  if (header !== UNIT_CSV_COLUMNS.join(',')) {
    throw new Error(`china-units.csv line 1: header is '${header}' (expected '${UNIT_CSV_COLUMNS.join(',')}')`);
  }
  const problems: string[] = [];
  const units: ChinaUnit[] = [];
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== UNIT_CSV_COLUMNS.length) {
      problems.push(`line ${line}: ${fields.length} fields (expected ${UNIT_CSV_COLUMNS.length})`);
      continue;
    }
    const get = (c: (typeof UNIT_CSV_COLUMNS)[number]) => fields[UNIT_CSV_COLUMNS.indexOf(c)];
    const num = (c: (typeof UNIT_CSV_COLUMNS)[number], integer: boolean) => {
      const v = Number(get(c));
      if (get(c) === '' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
        problems.push(`line ${line}: ${c} '${get(c)}' is not ${integer ? 'an integer' : 'a number'}`);
      }
      return v;
    };
    const code = get('code');
    if (!/^\d{6}$/.test(code)) problems.push(`line ${line}: code '${code}' is not a 6-digit code`);
    const region = get('region') as RegionId;
    if (!REGIONS.includes(region)) problems.push(`line ${line}: region '${region}' (expected ${REGIONS.join(', ')})`);
    const urbanType = get('urban_type') as UrbanTypeId;
    if (!URBAN_TYPES.includes(urbanType)) problems.push(`line ${line}: urban_type '${urbanType}' (expected ${URBAN_TYPES.join(', ')})`);
    units.push({
      code,
      name: get('name'),
      nameEn: get('name_en'),
      prefectureCode: get('prefecture_code'),
      prefecture: get('prefecture'),
      prefectureEn: get('prefecture_en'),
      provinceCode: get('province_code'),
      province: get('province'),
      provinceEn: get('province_en'),
      region,
      urbanType,
      townships: num('townships', true),
      villages: num('villages', true),
      lon: num('lon', false),
      lat: num('lat', false),
      areaKm2: num('area_km2', false),
      geometryCodes: get('geometry_codes').split(';'),
      crosswalk: get('crosswalk'),
    });
  }
  if (problems.length) throw new Error(`china-units.csv: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return units;
}
