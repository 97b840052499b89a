import { BufferAttribute, BufferGeometry, ShapeUtils, Vector2 } from 'three';
import type { Geometry, Position } from 'geojson';
import type { MapIndex } from '../map/map-index.ts';
import { layoutMap, type MapProjection, type Rect } from '../map/map-layout.ts';

/**
 * The map's units as prisms in one indexed BufferGeometry: per unit a flat top (its polygons
 * triangulated, holes kept) and a wall under every edge of its outline. The plane is the map as
 * `<idl-map>` lays it out on a LAYOUT_WIDTH × LAYOUT_HEIGHT canvas — same projection, South China
 * Sea inset in the lower right — scaled to PLANE_WIDTH world units, x east, y north, z up.
 *
 * Built once per (geometry, codes); afterwards heights and colours only rewrite the `position` z
 * and the `color` attribute through the per-vertex feature index (setHeights, setColours), never
 * rebuilding the geometry. Index range 0…topIndexCount draws the tops (group 0), the rest the walls
 * (group 1), so tops can show the map's exact colours and walls the lighting.
 */
export interface LandscapeGeometry {
  readonly geometry: BufferGeometry;
  /** feature index of each vertex */
  readonly vertexFeature: Int32Array;
  /** 1 for a vertex at the top of its prism (raised with the unit), 0 at the ground */
  readonly vertexTop: Uint8Array;
  readonly featureCount: number;
  /** the plane's extent in world units: x ∈ [−width/2, width/2], y ∈ [−height/2, height/2] */
  readonly width: number;
  readonly height: number;
  /** the inset's frame as line-segment end points (x, y, z triples), empty for a map without one */
  readonly insetFrame: Float32Array;
}

/** The canvas size (CSS px) whose layout is extruded: the map's 4 : 3. */
export const LAYOUT_WIDTH = 1000;
export const LAYOUT_HEIGHT = 750;
/** Width of the plane in world units (the camera and the relief are sized against it). */
export const PLANE_WIDTH = 2;
/** Tops of units at height 0 sit this far above the ground (world units), so their walls still outline them. */
export const GROUND_LIFT = 0.004;

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

/** Growable typed buffers (the final sizes are not known before triangulating). */
class Buffers {
  positions: number[] = [];
  normals: number[] = [];
  feature: number[] = [];
  top: number[] = [];
  topIndex: number[] = [];
  wallIndex: number[] = [];
  vertex(x: number, y: number, nx: number, ny: number, nz: number, f: number, top: number): number {
    this.positions.push(x, y, 0);
    this.normals.push(nx, ny, nz);
    this.feature.push(f);
    this.top.push(top);
    return this.feature.length - 1;
  }
}

/** Signed area of a ring (positive: counter-clockwise with y up). */
function signedArea(ring: readonly Vector2[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  return a / 2;
}

/** A ring projected to the plane: closing point and repeated points dropped; null if under 3 points. */
function projectRing(ring: Position[], project: (p: Position) => Vector2 | null): Vector2[] | null {
  const out: Vector2[] = [];
  for (const p of ring) {
    const v = project(p);
    if (!v) continue;
    const last = out[out.length - 1];
    if (last && last.x === v.x && last.y === v.y) continue;
    out.push(v);
  }
  if (out.length > 1 && out[0].equals(out[out.length - 1])) out.pop();
  return out.length >= 3 ? out : null;
}

/** One polygon (outer ring and holes) of feature f: its top triangles and its walls. */
function addPolygon(b: Buffers, f: number, outer: Vector2[], holes: Vector2[][]): void {
  // outer counter-clockwise, holes clockwise: then each wall's outward normal is (dy, −dx)
  if (signedArea(outer) < 0) outer.reverse();
  for (const h of holes) if (signedArea(h) > 0) h.reverse();
  const base = b.feature.length;
  for (const ring of [outer, ...holes]) for (const v of ring) b.vertex(v.x, v.y, 0, 0, 1, f, 1);
  const points = [outer, ...holes].flat();
  for (const [i, j, k] of ShapeUtils.triangulateShape(outer, holes)) {
    const [p, q, r] = [points[i], points[j], points[k]];
    const ccw = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) >= 0;
    b.topIndex.push(base + i, ccw ? base + j : base + k, ccw ? base + k : base + j);
  }
  for (const ring of [outer, ...holes]) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const c = ring[(i + 1) % ring.length];
      const dx = c.x - a.x;
      const dy = c.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      const [nx, ny] = [dy / len, -dx / len];
      const a0 = b.vertex(a.x, a.y, nx, ny, 0, f, 0);
      const c0 = b.vertex(c.x, c.y, nx, ny, 0, f, 0);
      const c1 = b.vertex(c.x, c.y, nx, ny, 0, f, 1);
      const a1 = b.vertex(a.x, a.y, nx, ny, 0, f, 1);
      b.wallIndex.push(a0, c0, c1, a0, c1, a1);
    }
  }
}

function addGeometry(b: Buffers, f: number, g: Geometry | null, project: (p: Position) => Vector2 | null): void {
  if (!g) return;
  for (const polygon of polygonsOf(g)) {
    const [outerRing, ...holeRings] = polygon;
    const outer = outerRing ? projectRing(outerRing, project) : null;
    if (!outer) continue;
    const holes = holeRings.map((h) => projectRing(h, project)).filter((h): h is Vector2[] => h !== null);
    addPolygon(b, f, outer, holes);
  }
}

/** The plane's point of a map pixel (y flipped: north up). */
function toPlane(projection: MapProjection, scale: number): (p: Position) => Vector2 | null {
  return (p) => {
    const xy = projection([p[0], p[1]]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
    return new Vector2((xy[0] - LAYOUT_WIDTH / 2) * scale, (LAYOUT_HEIGHT / 2 - xy[1]) * scale);
  };
}

function frameOf(r: Rect, scale: number): Float32Array {
  if (!(r.width > 0 && r.height > 0)) return new Float32Array(0);
  const x0 = (r.x - LAYOUT_WIDTH / 2) * scale;
  const x1 = (r.x + r.width - LAYOUT_WIDTH / 2) * scale;
  const y0 = (LAYOUT_HEIGHT / 2 - r.y) * scale;
  const y1 = (LAYOUT_HEIGHT / 2 - r.y - r.height) * scale;
  const corners = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const out: number[] = [];
  for (let i = 0; i < 4; i++) out.push(...corners[i], 0, ...corners[(i + 1) % 4], 0);
  return Float32Array.from(out);
}

/** Extrude every feature of the indexed map (main view and inset) into one geometry. */
export function buildLandscapeGeometry(index: MapIndex): LandscapeGeometry {
  const layout = layoutMap(index, LAYOUT_WIDTH, LAYOUT_HEIGHT);
  const scale = PLANE_WIDTH / LAYOUT_WIDTH;
  const main = toPlane(layout.projection, scale);
  const inset = toPlane(layout.insetProjection, scale);
  const b = new Buffers();
  const nf = index.geometry.features.length;
  for (let f = 0; f < nf; f++) {
    if (layout.main[f]) addGeometry(b, f, index.mainGeometry[f], main);
    if (layout.inset[f]) addGeometry(b, f, index.insetGeometry[f], inset);
  }
  const geometry = new BufferGeometry();
  const vertices = b.feature.length;
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(b.positions), 3));
  geometry.setAttribute('normal', new BufferAttribute(Float32Array.from(b.normals), 3));
  geometry.setAttribute('color', new BufferAttribute(new Float32Array(3 * vertices), 3));
  const indices = b.topIndex.concat(b.wallIndex);
  geometry.setIndex(new BufferAttribute(vertices > 65535 ? Uint32Array.from(indices) : Uint16Array.from(indices), 1));
  geometry.addGroup(0, b.topIndex.length, 0);
  geometry.addGroup(b.topIndex.length, b.wallIndex.length, 1);
  return {
    geometry,
    vertexFeature: Int32Array.from(b.feature),
    vertexTop: Uint8Array.from(b.top),
    featureCount: nf,
    width: PLANE_WIDTH,
    height: (LAYOUT_HEIGHT * PLANE_WIDTH) / LAYOUT_WIDTH,
    insetFrame: frameOf(layout.insetRect, scale),
  };
}

/**
 * Raise each feature's top to GROUND_LIFT + height[f] (world units) and update the bounds; only
 * the `position` attribute is rewritten (and uploaded again).
 */
export function setHeights(land: LandscapeGeometry, height: Float32Array): void {
  const position = land.geometry.getAttribute('position') as BufferAttribute;
  const xyz = position.array as Float32Array;
  const { vertexFeature, vertexTop } = land;
  for (let v = 0; v < vertexFeature.length; v++) xyz[3 * v + 2] = vertexTop[v] ? GROUND_LIFT + height[vertexFeature[v]] : 0;
  position.needsUpdate = true;
  land.geometry.computeBoundingSphere();
}

/** Colour each feature's vertices with rgb[3f…3f+2] (linear RGB, three's working colour space); only `color` is rewritten. */
export function setColours(land: LandscapeGeometry, rgb: Float32Array): void {
  const color = land.geometry.getAttribute('color') as BufferAttribute;
  const out = color.array as Float32Array;
  const { vertexFeature } = land;
  for (let v = 0; v < vertexFeature.length; v++) {
    const f = 3 * vertexFeature[v];
    out[3 * v] = rgb[f];
    out[3 * v + 1] = rgb[f + 1];
    out[3 * v + 2] = rgb[f + 2];
  }
  color.needsUpdate = true;
}
