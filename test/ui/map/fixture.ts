import { expect, vi } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { LocalityDetail } from '../../../src/service/types.ts';
import type { IdlMap } from '../../../src/ui/map/idl-map.ts';

/** Puts the map in the page; resolves once it has laid out and drawn. */
export async function attach(el: IdlMap): Promise<IdlMap> {
  document.body.append(el);
  await vi.waitFor(() => expect(el.layout).not.toBeNull());
  await el.updateComplete;
  return el;
}

/** A palette colour ("#rrggbb") as the canvas reads it back, opaque RGBA. */
export function rgb(hex: string): number[] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255, 255];
}

/** A clockwise (d3-geo) lon/lat rectangle. */
function box(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]],
  };
}

/**
 * A small synthetic "China": a 4 × 3 grid of 8° × 6° cells from 80°E/25°N (codes 100000 + r·10 + c),
 * a grey background feature in the south-west (code 710000, flagged; clear of the inset box), a feature whose code no locality
 * has (990000), and an island unit (460300) with one polygon at 16°N and one at 10°N — south of the
 * main view, so it appears only in the South China Sea inset.
 */
export function syntheticMap(): { geometry: FeatureCollection; codes: string[] } {
  const features: Feature[] = [];
  const codes: string[] = [];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 4; c++) {
      const code = String(100000 + r * 10 + c);
      const west = 80 + c * 8;
      const south = 25 + r * 6;
      features.push({ type: 'Feature', id: code, properties: { name: `单元${code}` }, geometry: box(west, south, west + 8, south + 6) });
      codes.push(code);
    }
  }
  features.push({ type: 'Feature', id: '710000', properties: { name: '台湾省', nameEn: 'Taiwan', background: true }, geometry: box(84, 20, 88, 24) });
  features.push({ type: 'Feature', id: '990000', properties: { name: '无此单元' }, geometry: box(100, 20, 106, 24) });
  features.push({
    type: 'Feature',
    id: '460300',
    properties: { name: '三沙市' },
    geometry: { type: 'MultiPolygon', coordinates: [box(111, 15.5, 113, 17).coordinates, box(113, 8, 116, 11).coordinates] },
  });
  codes.push('460300');
  return { geometry: { type: 'FeatureCollection', features }, codes };
}

/** Details as the simulation service would return them, for locality `index`. */
export function detailFor(index: number, code: string, stage: number): LocalityDetail {
  return {
    index,
    code,
    name: `单元${code}`,
    nameEn: `Danyuan ${code}`,
    province: { name: '浙江省', nameEn: 'Zhejiang' },
    innovations: [
      {
        stage,
        since: 24,
        quality: 0.62,
        demo: false,
        origin: false,
        unfit: false,
        learned: { tick: 12, channel: 'neighbour', source: { index: 0, name: '诸暨市', nameEn: 'Zhuji' } },
      },
    ],
  };
}
