/**
 * The shapes of the report's maps: each locality's outline as an SVG path string in a small fixed
 * frame (px), projected as src/geo projects the maps — China in the conic equal-area projection
 * with the South China Sea islands in an inset box in the lower right (三沙 only there), the US
 * states' pre-projected plane scaled to the frame. Coordinates are written to 0.1 px, so the same
 * geometry gives the same text on every machine. Pure: the caller loads the TopoJSON (the app has
 * it; idlab reads public/data).
 */
import { geoBounds, geoGraticule, geoPath, type GeoProjection, type GeoStreamWrapper } from 'd3';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAIN_EXTENT, SOUTH_CHINA_SEA_INSET, chinaProjection, southChinaSeaInset, usStatesPlane, type LonLatExtent } from '../../geo/projection.ts';

/** A world that has a map. */
export type ReportMapWorld = 'china' | 'us-states';

export interface ReportMapShapes {
  width: number;
  height: number;
  /** per locality (world order): its outline in the main view; '' where the map has none */
  main: string[];
  /** per locality: its outline in the inset box; '' for the localities outside it */
  inset: string[];
  /** the shapes the world does not simulate (drawn grey): main view, then inset */
  background: string[];
  /** the inset box (China), or null */
  insetBox: { x: number; y: number; width: number; height: number } | null;
}

/** The frame's width, px: three maps side by side fill an A4 page's width at print scale. */
const WIDTH = 320;

/** The polygon object of a topology: `units` (China) or the first one (the US states' `states`). */
function features(topology: Topology): Feature[] {
  const name = 'units' in topology.objects ? 'units' : Object.keys(topology.objects)[0];
  const obj = topology.objects[name] as GeometryCollection | undefined;
  if (!obj || obj.type !== 'GeometryCollection') throw new Error('map geometry: expected a GeometryCollection of shapes');
  return (feature(topology, obj) as FeatureCollection).features;
}

function outline(extent: LonLatExtent) {
  return geoGraticule().extent([[extent[0][0], extent[0][1]], [extent[1][0], extent[1][1]]]).outline();
}

function intersects(f: Feature, extent: LonLatExtent): boolean {
  const [[w, s], [e, n]] = geoBounds(f);
  return e >= extent[0][0] && w <= extent[1][0] && n >= extent[0][1] && s <= extent[1][1];
}

/** The shapes of `geometry` for a world whose localities are `codes` (a shape's id is its locality's code). */
export function reportMapShapes(geometry: Topology, world: ReportMapWorld, codes: readonly string[]): ReportMapShapes {
  const index = new Map(codes.map((c, i) => [c, i]));
  const all = features(geometry);
  const main = codes.map(() => '');
  const inset = codes.map(() => '');
  const background: string[] = [];
  let height: number;
  let mainProjection: GeoProjection | GeoStreamWrapper;
  let insetBox: ReportMapShapes['insetBox'] = null;
  let insetPath: ((f: Feature) => string) | null = null;
  if (world === 'china') {
    // the frame's height follows the main view's aspect, as the projection fits it
    const [[x0, y0], [x1, y1]] = geoPath(chinaProjection(1000, 1000)).bounds(outline(MAIN_EXTENT));
    height = Math.round((WIDTH * (y1 - y0)) / (x1 - x0));
    mainProjection = chinaProjection(WIDTH, height).clipExtent([[0, 0], [WIDTH, height]]);
    const layout = southChinaSeaInset(WIDTH, height);
    insetBox = layout.box;
    const { x, y, width, height: h } = layout.box;
    const clipped = layout.projection.clipExtent([[x, y], [x + width, y + h]]);
    const draw = geoPath(clipped).digits(1);
    insetPath = (f) => (intersects(f, SOUTH_CHINA_SEA_INSET.extent) ? (draw(f) ?? '') : '');
  } else {
    height = Math.round(WIDTH * 0.63); // the Albers USA frame is 975 × 610
    mainProjection = usStatesPlane().fitExtent([[4, 4], [WIDTH - 4, height - 4]], { type: 'FeatureCollection', features: all });
  }
  const drawMain = geoPath(mainProjection).digits(1);
  const insetOnly = new Set<string>(world === 'china' ? SOUTH_CHINA_SEA_INSET.insetOnly : []);
  const insetBackground: string[] = [];
  for (const f of all) {
    const id = String(f.id ?? '');
    const m = insetOnly.has(id) ? '' : (drawMain(f) ?? '');
    const s = insetPath ? insetPath(f) : '';
    const i = index.get(id);
    if (i === undefined) {
      if (m) background.push(m);
      if (s) insetBackground.push(s);
      continue;
    }
    main[i] = m;
    inset[i] = s;
  }
  return { width: WIDTH, height, main, inset, background: [...background, ...insetBackground], insetBox };
}
