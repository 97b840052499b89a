import type { Feature, Geometry, Position } from 'geojson';
import type { MapGeometry } from './map-geometry.ts';
import { SOUTH_CHINA_SEA_INSET } from '../../geo/projection.ts';
import { MAIN_VIEW_MIN_LAT, SOUTH_CHINA_SEA, type InsetWindow, type MapWorld } from './map-projection.ts';

/**
 * Everything about the map that depends on the geometry and the World's locality order but not on
 * the canvas size: which feature draws which locality, which features are background, and each
 * feature's geometry for the main view and for the South China Sea inset. Built once per
 * (geometry, codes).
 */
export interface MapIndex {
  readonly geometry: MapGeometry;
  /** which map this is: how it is projected and whether it has an inset (map-projection.ts) */
  readonly world: MapWorld;
  /** feature index per locality (World order); −1 where no feature has the locality's code */
  readonly featureOfLocality: Int32Array;
  /** locality index per feature; −1 for background features */
  readonly localityOfFeature: Int32Array;
  /** features drawn grey (flagged background, or no locality with their code) */
  readonly backgroundFeatures: Int32Array;
  /** per feature, its geometry in the main view (southern island polygons removed), or null */
  readonly mainGeometry: readonly (Geometry | null)[];
  /**
   * per feature, [west, south, east, north] of its main-view geometry (NaN when none): degrees for
   * China; for the pre-projected US map, its pixels [x0, y1, x1, y0] (y points down)
   */
  readonly mainGeoBox: Float64Array;
  /** per feature, its geometry if any part lies inside the inset window, else null */
  readonly insetGeometry: readonly (Geometry | null)[];
  /** the South China Sea window, or null for a map without an inset (the US states) */
  readonly insetWindow: InsetWindow | null;
}

type Box = [number, number, number, number]; // west, south, east, north (degrees)

function ringBox(rings: Position[][], box: Box = [Infinity, Infinity, -Infinity, -Infinity]): Box {
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

function intersects(b: Box, w: InsetWindow): boolean {
  return b[0] <= w.east && b[2] >= w.west && b[1] <= w.north && b[3] >= w.south;
}

/**
 * Split a feature's polygons into those shown in the main view and those inside the inset window;
 * `mainBox` receives the bounding box of the main-view part.
 */
function splitForViews(f: Feature, w: InsetWindow | null, mainBox: Box, insetOnly: boolean): [Geometry | null, Geometry | null] {
  const g = f.geometry;
  if (!g) return [null, null];
  const polys = polygonsOf(g);
  if (polys.length === 0) return [g, null]; // points or lines: main view only
  const main: Position[][][] = [];
  const inset: Position[][][] = [];
  for (const p of polys) {
    const box = ringBox(p);
    if (!w || (!insetOnly && box[3] >= MAIN_VIEW_MIN_LAT)) {
      main.push(p);
      ringBox(p, mainBox);
    }
    if (w && intersects(box, w)) inset.push(p);
  }
  const asGeometry = (ps: Position[][][]): Geometry | null =>
    ps.length === 0 ? null : ps.length === polys.length ? g : { type: 'MultiPolygon', coordinates: ps };
  return [asGeometry(main), asGeometry(inset)];
}

/**
 * Index the geometry for the World's codes. On the China map, polygons wholly south of
 * MAIN_VIEW_MIN_LAT, and every polygon of the units src/geo lists as inset-only (三沙市, some of
 * whose reefs lie at 19°N), are drawn in the inset only; the US states' map has no inset.
 */
export function indexMap(geometry: MapGeometry, codes: readonly string[], world: MapWorld = 'china'): MapIndex {
  const insetWindow = world === 'china' ? SOUTH_CHINA_SEA : null;
  const insetOnlyIds = new Set(world === 'china' ? SOUTH_CHINA_SEA_INSET.insetOnly : []);
  const featureOfId = new Map<string, number>();
  geometry.ids.forEach((id, f) => {
    if (!geometry.flaggedBackground[f]) featureOfId.set(id, f);
  });
  const featureOfLocality = new Int32Array(codes.length).fill(-1);
  const localityOfFeature = new Int32Array(geometry.features.length).fill(-1);
  codes.forEach((code, i) => {
    const f = featureOfId.get(code);
    if (f !== undefined && localityOfFeature[f] === -1) {
      featureOfLocality[i] = f;
      localityOfFeature[f] = i;
    }
  });
  const background: number[] = [];
  localityOfFeature.forEach((i, f) => {
    if (i === -1) background.push(f);
  });
  const mainGeometry: (Geometry | null)[] = [];
  const insetGeometry: (Geometry | null)[] = [];
  const mainGeoBox = new Float64Array(4 * geometry.features.length).fill(NaN);
  geometry.features.forEach((f, j) => {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    const [m, s] = splitForViews(f, insetWindow, box, insetOnlyIds.has(geometry.ids[j]));
    mainGeometry.push(m);
    insetGeometry.push(s);
    if (m && box[2] >= box[0]) mainGeoBox.set(box, 4 * j);
  });
  return {
    geometry,
    world,
    featureOfLocality,
    localityOfFeature,
    backgroundFeatures: Int32Array.from(background),
    mainGeometry,
    mainGeoBox,
    insetGeometry,
    insetWindow,
  };
}
