/**
 * Full-resolution topology (for adjacency) and the simplified, quantized topology that the app
 * draws (docs/map-data.md, Sizes: topojson-simplify with planar weights, keep 1.2 %, quantize 2e4).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, planarTriangleArea, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { UnitShape } from './clean-dissolve.ts';

export const OBJECT_NAME = 'units';
/** share of points kept by simplification (planar triangle-area weights) */
export const KEEP = 0.012;
/** quantization of the published file: 2·10⁴ steps across the bounding box */
export const QUANTIZE = 2e4;

export interface Properties {
  bg?: 1;
  name?: string;
}

export function fullTopology(shapes: UnitShape[], props: (code: string) => Properties): Topology {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: shapes.map((s): Feature => ({ type: 'Feature', id: s.code, properties: props(s.code), geometry: s.geometry })),
  };
  return topology({ [OBJECT_NAME]: fc });
}

/** Neighbour lists (indices into the collection) from shared arcs; self-entries dropped (defect 6). */
export function topologyNeighbors(topo: Topology): number[][] {
  const geoms = (topo.objects[OBJECT_NAME] as GeometryCollection).geometries;
  return neighbors(geoms as never).map((list, i) => list.filter((j) => j !== i));
}

/** Signed planar area of a ring given as arc references into a quantized (delta-encoded) topology. */
function ringSignedArea(topo: Topology, ring: number[], absolute: number[][][]): number {
  let area = 0;
  let count = 0;
  for (const ref of ring) {
    const arc = ref < 0 ? [...absolute[~ref]].reverse() : absolute[ref];
    for (let k = 1; k < arc.length; k++) {
      area += arc[k - 1][0] * arc[k][1] - arc[k][0] * arc[k - 1][1];
      count++;
    }
  }
  return count < 3 ? 0 : area / 2;
}

export interface SimplifyReport {
  points: number;
  droppedRings: number;
}

/**
 * Simplifies and quantizes, then drops rings that collapsed (zero area) or flipped (an exterior that
 * turned counter-clockwise or a hole that turned clockwise): a flipped exterior would paint the whole
 * globe in d3-geo. The largest exterior of every feature is kept, so no unit disappears.
 */
export function simplifyTopology(full: Topology): { topo: Topology; report: SimplifyReport } {
  const pre = presimplify(structuredClone(full), planarTriangleArea);
  const simplified = quantize(simplify(pre, quantile(pre, KEEP)) as Topology<Objects<{}>>, QUANTIZE) as Topology;
  const absolute = simplified.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
  const keep = new Set<number[]>();
  for (const g of (simplified.objects[OBJECT_NAME] as GeometryCollection).geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    let best: number[] | null = null;
    let bestArea = 0;
    for (const p of polys) {
      const a = -ringSignedArea(simplified, p[0], absolute);
      if (a > bestArea) [best, bestArea] = [p[0], a];
    }
    if (!best) throw new Error(`simplification left unit ${g.id} without a clockwise exterior ring`);
    keep.add(best);
  }
  let droppedRings = 0;
  const topo = filter(simplified, (ring, interior) => {
    if (keep.has(ring)) return true;
    const a = ringSignedArea(simplified, ring, absolute);
    // y grows northwards in the quantized grid, so clockwise (exterior) rings have negative area
    const ok = interior ? a > 0 : a < 0;
    if (!ok) droppedRings++;
    return ok;
  });
  const points = topo.arcs.reduce((s, a) => s + a.length, 0);
  return { topo, report: { points, droppedRings } };
}
