/**
 * Cleans the source polygons at full resolution and dissolves them into units with mapshaper
 * (docs/map-data.md, defect 4): borders that are not shared between files (Cangzhou, 蓟州, parts of Chongqing,
 * Hong Kong/Macau) leave gaps and overlaps that quantizing does not fix; `-clean gap-width=1500m`
 * does. Output is GeoJSON with clockwise exterior rings (`gj2008`), as d3-geo expects.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import mapshaper from 'mapshaper';
import type { SourceFeature } from './load-geometry.ts';

export interface UnitShape {
  /** unit or background code */
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** Gaps narrower than this are filled between neighbouring polygons (mapshaper -clean). */
export const GAP_WIDTH = '1500m';

export async function cleanAndDissolve(features: SourceFeature[], featureUnit: string[]): Promise<UnitShape[]> {
  const order = features.map((_, i) => i).sort((a, b) => cmp(featureUnit[a], featureUnit[b]) || cmp(features[a].code, features[b].code) || cmp(features[a].name, features[b].name));
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: order.map((i) => ({ type: 'Feature', properties: { unit: featureUnit[i] }, geometry: features[i].geometry })),
  };
  const out = await mapshaper.applyCommands(
    `-i in.json -clean gap-width=${GAP_WIDTH} -dissolve unit -sort unit -o out.json format=geojson gj2008`,
    { 'in.json': input },
  );
  const text = String(out['out.json']);
  const fc = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon, { unit: string }>;
  return fc.features.map((f) => ({ code: f.properties.unit, geometry: f.geometry }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
