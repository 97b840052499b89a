/**
 * The map of the prefecture-level world: the county topology (public/data/china-units.topo.json)
 * with each prefecture-level unit's counties merged into one shape (topojson-client's mergeArcs, so
 * the result still shares arcs and border meshes work as on the county map). Merging at load time
 * takes ≈ 30–60 ms, so no second map file is committed. Background features are kept as they are.
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Polygon, MultiPolygon, Topology } from 'topojson-specification';
import { prefectureUnitCode } from './prefecture-unit-code.ts';

type Shape = Polygon<{}> | MultiPolygon<{}>;

export function prefectureTopology(topology: Topology): Topology {
  const units = topology.objects.units as GeometryCollection<{}> | undefined;
  if (!units || units.type !== 'GeometryCollection') throw new Error('china-units.topo.json: expected objects.units to be a GeometryCollection');
  const groups = new Map<string, Shape[]>();
  const background: GeometryObject<{}>[] = [];
  for (const g of units.geometries) {
    const bg = (g.properties as { bg?: number } | undefined)?.bg === 1;
    if (bg || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      background.push(g);
      continue;
    }
    const code = prefectureUnitCode(String(g.id));
    let group = groups.get(code);
    if (!group) groups.set(code, (group = []));
    group.push(g);
  }
  const merged: GeometryObject<{}>[] = [...groups].map(([id, shapes]) => ({ ...mergeArcs(topology, shapes), id }));
  return { ...topology, objects: { ...topology.objects, units: { type: 'GeometryCollection', geometries: [...merged, ...background] } } };
}
