import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';

/**
 * What `<idl-map>` accepts as `geometry`: the parsed TopoJSON of the map data
 * (public/data/china-units.topo.json), a GeoJSON FeatureCollection, or an array of GeoJSON features
 * (what src/geo hands out). Feature ids are locality codes (NBS-2023 for China).
 */
export type MapGeometryInput = Topology | FeatureCollection | readonly Feature[];

/** The normalized geometry the map draws: features, their codes, and the border meshes. */
export interface MapGeometry {
  readonly features: readonly Feature[];
  /** feature id as a string, per feature */
  readonly ids: readonly string[];
  /** true for features flagged as background (drawn grey, never simulated) */
  readonly flaggedBackground: readonly boolean[];
  /** every border once (TopoJSON input only; otherwise null and each feature is stroked) */
  readonly borders: MultiLineString | null;
  /** borders between provinces (first two digits of the code differ; TopoJSON input only) */
  readonly provinceBorders: MultiLineString | null;
}

function isTopology(x: unknown): x is Topology {
  return typeof x === 'object' && x !== null && (x as Topology).type === 'Topology';
}

function featureId(f: Feature): string {
  const id = f.id ?? f.properties?.code ?? f.properties?.id;
  return id === undefined || id === null ? '' : String(id);
}

/** Background flags: `bg: 1` (public/data/china-units.topo.json), `background: true`, or `kind: "background"`. */
function isFlaggedBackground(f: Feature): boolean {
  const p = f.properties;
  return !!p && (p.bg === 1 || p.bg === true || p.background === true || p.background === 1 || p.kind === 'background');
}

/**
 * English names of the background features, which the data file names only in Chinese (they are
 * not simulated, so they have no row and no pinyin in china-units.csv). Conventional English
 * exonyms, as used by the UN and the governments concerned.
 */
export const BACKGROUND_NAMES_EN: Readonly<Record<string, string>> = {
  '710000': 'Taiwan',
  '810000': 'Hong Kong',
  '820000': 'Macao',
  '350527': 'Kinmen (Jinmen)',
  '442100': 'Dongsha Islands',
};

/** The polygon objects of a topology: the one named `units` if present, else the first one. */
function unitsObject(topology: Topology): GeometryCollection {
  const objects = topology.objects;
  const name = 'units' in objects ? 'units' : Object.keys(objects)[0];
  if (!name) throw new Error('invalid map geometry: the TopoJSON has no objects');
  const obj = objects[name];
  if (obj.type !== 'GeometryCollection') {
    throw new Error(`invalid map geometry: objects.${name} is a ${obj.type} (expected GeometryCollection)`);
  }
  return obj as unknown as GeometryCollection;
}

function provinceOf(code: string | number | undefined): string {
  return String(code ?? '').slice(0, 2);
}

/** Normalize any accepted input once, when the `geometry` property changes. */
export function toMapGeometry(input: MapGeometryInput): MapGeometry {
  let features: Feature[];
  let borders: MultiLineString | null = null;
  let provinceBorders: MultiLineString | null = null;
  if (isTopology(input)) {
    const obj = unitsObject(input);
    features = (topoFeature(input, obj) as FeatureCollection).features;
    borders = topoMesh(input, obj);
    provinceBorders = topoMesh(input, obj, (a, b) => a !== b && provinceOf(a.id) !== provinceOf(b.id));
  } else if (Array.isArray(input)) {
    features = input as Feature[];
  } else if ((input as FeatureCollection).type === 'FeatureCollection') {
    features = (input as FeatureCollection).features;
  } else {
    throw new Error('invalid map geometry: expected a TopoJSON Topology, a FeatureCollection or an array of features');
  }
  features = features.filter((f) => f.geometry !== null) as Feature<Geometry>[];
  return {
    features,
    ids: features.map(featureId),
    flaggedBackground: features.map(isFlaggedBackground),
    borders,
    provinceBorders,
  };
}
