/**
 * Turns the parsed TopoJSON (public/data/china-units.topo.json; the caller loads it however it
 * likes) into GeoJSON features: the simulated units, and the background features flagged `bg: 1`
 * (台湾省 710000, 香港 810000, 澳门 820000, 东沙群岛 442100, 金门县 350527), drawn grey. The US states'
 * map (public/data/us-states.json) is renamed to the world's codes by `usStatesMap`.
 */
import type { Feature, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface ChinaFeatures {
  /** one feature per simulated unit; `id` is its NBS-2023 code */
  units: Feature[];
  /** not simulated; `properties.name` holds the Chinese name */
  background: Feature[];
}

function collection(topology: Topology): GeometryCollection<{}> {
  const obj = topology.objects.units as GeometryCollection<{}> | undefined;
  if (!obj || obj.type !== 'GeometryCollection') throw new Error('china-units.topo.json: expected objects.units to be a GeometryCollection');
  return obj;
}

export function chinaFeatures(topology: Topology): ChinaFeatures {
  const all = (feature(topology, collection(topology)) as { features: Feature[] }).features;
  const units: Feature[] = [];
  const background: Feature[] = [];
  for (const f of all) (f.properties?.bg === 1 ? background : units).push(f);
  return { units, background };
}

/** Borders between provinces (the first two digits of the codes differ), each drawn once. */
export function provinceBorders(topology: Topology): MultiLineString {
  return mesh(topology, collection(topology), (a, b) => a !== b && String(a.id).slice(0, 2) !== String(b.id).slice(0, 2));
}

/** A row of us-states.json's `states` or `background` list, as far as the map needs it. */
interface UsStateName {
  readonly fips: string;
  readonly usps?: string;
  readonly name: string;
  readonly nameZh: string;
}

/**
 * The US states' map as the app draws it, from the parsed public/data/us-states.json: its topology
 * (object `states`, ids the FIPS codes, already projected: see `usStatesPlane`) with each state's id
 * turned into its USPS code — the us-states world's locality codes — and every shape named in
 * Chinese (`name`) and English (`nameEn`). The background (DC) keeps its FIPS id and `bg: 1`. The
 * arcs are shared with the input, not copied.
 */
export function usStatesMap(file: unknown): Topology {
  const o = (typeof file === 'object' && file !== null ? file : {}) as { states?: UsStateName[]; background?: UsStateName[]; topology?: Topology };
  const obj = o.topology?.objects?.states as GeometryCollection<{}> | undefined;
  if (!o.topology || !obj || obj.type !== 'GeometryCollection') throw new Error('us-states.json: expected topology.objects.states to be a GeometryCollection');
  const byFips = new Map<string, { id: string; properties: Record<string, unknown> }>();
  for (const s of o.states ?? []) byFips.set(s.fips, { id: s.usps ?? s.fips, properties: { name: s.nameZh, nameEn: s.name } });
  for (const s of o.background ?? []) byFips.set(s.fips, { id: s.fips, properties: { bg: 1, name: s.nameZh, nameEn: s.name } });
  const geometries = obj.geometries.map((g) => {
    const named = byFips.get(String(g.id));
    if (!named) throw new Error(`us-states.json: topology.objects.states has a shape with id ${JSON.stringify(g.id)}, which is neither a state nor background`);
    return { ...g, id: named.id, properties: { ...g.properties, ...named.properties } };
  });
  return { ...o.topology, objects: { states: { ...obj, geometries } } } as Topology;
}
