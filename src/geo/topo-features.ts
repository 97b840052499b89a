/**
 * Turns the parsed TopoJSON (public/data/china-units.topo.json; the caller loads it however it
 * likes) into GeoJSON features: the simulated units, and the background features flagged `bg: 1`
 * (台湾省 710000, 香港 810000, 澳门 820000, 东沙群岛 442100, 金门县 350527), drawn grey.
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
