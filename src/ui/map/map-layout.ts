import { geoPath, type GeoIdentityTransform, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import type { Geometry } from 'geojson';
import { usStatesPlane } from '../../geo/projection.ts';
import type { MapIndex } from './map-index.ts';
import { chinaProjection, INSET_HEIGHT_FRACTION, INSET_MARGIN, insetOutline, type InsetWindow } from './map-projection.ts';

/** A rectangle in CSS pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** China's conic projection, or the scaling of the US states' pre-projected pixels. */
export type MapProjection = GeoProjection | GeoIdentityTransform;

/**
 * The projected map at one canvas size (CSS pixels): one cached Path2D per feature for the main
 * view and for the inset, their screen bounding boxes for hit-testing, and the border meshes. Built
 * once per size (≈ 50 ms for China); every frame after that only refills the cached paths.
 */
export interface MapLayout {
  readonly index: MapIndex;
  readonly width: number;
  readonly height: number;
  readonly projection: MapProjection;
  /** the inset's projection (the main one on a map without an inset, where no feature uses it) */
  readonly insetProjection: MapProjection;
  /** the inset box; on a map without an inset (the US states) empty, width and height 0 (`hasInset`) */
  readonly insetRect: Rect;
  /** per feature: main-view path in untransformed CSS px, or null when not in the main view */
  readonly main: readonly (Path2D | null)[];
  /** per feature: inset path in CSS px, or null when outside the inset */
  readonly inset: readonly (Path2D | null)[];
  /** features that have an inset path */
  readonly insetFeatures: Int32Array;
  /** per feature, [x0, y0, x1, y1] of the main path (NaN when none) */
  readonly mainBox: Float32Array;
  /** per feature, [x0, y0, x1, y1] of the inset path (NaN when none) */
  readonly insetBox: Float32Array;
  /** all unit borders of the main view, once each (or every feature outline) */
  readonly borders: Path2D;
  /** province borders of the main view, or null when the geometry carries no topology */
  readonly provinceBorders: Path2D | null;
}

/** A d3-geo path context that fills a Path2D and records its bounding box. */
class BoundedPath {
  readonly path = new Path2D();
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  private grow(x: number, y: number): void {
    if (x < this.x0) this.x0 = x;
    if (y < this.y0) this.y0 = y;
    if (x > this.x1) this.x1 = x;
    if (y > this.y1) this.y1 = y;
  }
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.path.moveTo(x, y);
    this.grow(x, y);
  }
  lineTo(x: number, y: number): void {
    this.path.lineTo(x, y);
    this.grow(x, y);
  }
  closePath(): void {
    this.path.closePath();
  }
  arc(x: number, y: number, r: number, a0: number, a1: number): void {
    this.path.moveTo(x + r, y);
    this.path.arc(x, y, r, a0, a1);
    this.grow(x - r, y - r);
    this.grow(x + r, y + r);
  }
}

function project(
  geometries: readonly (Geometry | null)[],
  projection: MapProjection,
  boxes: Float32Array,
): (Path2D | null)[] {
  return geometries.map((g, f) => {
    boxes.fill(NaN, 4 * f, 4 * f + 4);
    if (!g) return null;
    const ctx = new BoundedPath();
    geoPath(projection, ctx)(g);
    if (!(ctx.x1 >= ctx.x0)) return null; // projected to nothing
    boxes[4 * f] = ctx.x0;
    boxes[4 * f + 1] = ctx.y0;
    boxes[4 * f + 2] = ctx.x1;
    boxes[4 * f + 3] = ctx.y1;
    return ctx.path;
  });
}

function pathOf(object: GeoPermissibleObjects, projection: MapProjection): Path2D {
  const p = new Path2D();
  geoPath(projection, p as unknown as CanvasRenderingContext2D)(object);
  return p;
}

/**
 * How far the main view, as projected, reaches into the inset box (plus a gap): the shrink of the
 * fit extent's right edge (dx) or bottom edge (dy) that would clear it, or null when clear. Uses the
 * corners and edge midpoints of each feature's geographic box — cheap, and slightly generous.
 */
function insetOverlap(index: MapIndex, projection: MapProjection, r: Rect): { dx: number; dy: number } | null {
  const gap = INSET_MARGIN;
  const x0 = r.x - gap;
  const y0 = r.y - gap;
  let dx = 0;
  let dy = 0;
  const box = index.mainGeoBox;
  for (let j = 0; j < box.length; j += 4) {
    const w = box[j];
    if (Number.isNaN(w)) continue;
    const [s, e, n] = [box[j + 1], box[j + 2], box[j + 3]];
    for (const lon of [w, (w + e) / 2, e]) {
      for (const lat of [s, (s + n) / 2, n]) {
        const p = projection([lon, lat]);
        if (p && p[0] > x0 && p[1] > y0) {
          dx = Math.max(dx, p[0] - x0);
          dy = Math.max(dy, p[1] - y0);
        }
      }
    }
  }
  return dx > 0 ? { dx, dy } : null;
}

/** Whether the map has an inset box (China's South China Sea; the US states' map has none). */
export function hasInset(layout: MapLayout): boolean {
  return layout.insetRect.width > 0 && layout.insetRect.height > 0;
}

interface Fitted {
  projection: MapProjection;
  insetProjection: MapProjection;
  insetRect: Rect;
}

function mainObjects(index: MapIndex): GeoPermissibleObjects {
  return { type: 'GeometryCollection', geometries: index.mainGeometry.filter((g): g is Geometry => g !== null) };
}

/**
 * The US states: their Albers USA pixels scaled to fill the canvas less the margin, centred; an
 * empty inset box in the lower-right corner.
 */
function fitUsStates(index: MapIndex, width: number, height: number, margin: number): Fitted {
  const right = Math.max(margin + 1, width - margin);
  const bottom = Math.max(margin + 1, height - margin);
  const projection = usStatesPlane().fitExtent([[margin, margin], [right, bottom]], mainObjects(index));
  return { projection, insetProjection: projection, insetRect: { x: width, y: height, width: 0, height: 0 } };
}

/** China: the South China Sea inset in the lower right, and the main view fitted clear of it. */
function fitChina(index: MapIndex, window: InsetWindow, width: number, height: number, margin: number): Fitted {
  // The inset: the window fitted to a fixed share of the height, placed in the lower right.
  const outline = insetOutline(window);
  const insetHeight = Math.max(40, height * INSET_HEIGHT_FRACTION);
  const insetProjection = chinaProjection().fitHeight(insetHeight, outline);
  const [[ox0, oy0], [ox1]] = geoPath(insetProjection).bounds(outline);
  const insetRect: Rect = {
    x: width - INSET_MARGIN - (ox1 - ox0),
    y: height - INSET_MARGIN - insetHeight,
    width: ox1 - ox0,
    height: insetHeight,
  };
  const [tx, ty] = insetProjection.translate();
  insetProjection.translate([tx + insetRect.x - ox0, ty + insetRect.y - oy0]);

  // The main view fills the canvas, then gives way (right or bottom edge, whichever costs less)
  // until the mainland clears the inset box.
  // Bounds at scale 150, translate 0 (what d3's fitExtent measures), measured once; each fit below
  // is then arithmetic, as in d3-geo's fitExtent.
  const projection = chinaProjection().scale(150).translate([0, 0]);
  const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(mainObjects(index));
  const fit = (right: number, bottom: number) => {
    const w = right - margin;
    const h = bottom - margin;
    const k = Math.min(w / (bx1 - bx0), h / (by1 - by0));
    projection.scale(150 * k).translate([margin + (w - k * (bx1 + bx0)) / 2, margin + (h - k * (by1 + by0)) / 2]);
  };
  let right = Math.max(margin + 1, width - margin);
  let bottom = Math.max(margin + 1, height - margin);
  for (let attempt = 0; attempt < 4; attempt++) {
    fit(right, bottom);
    const overlap = insetOverlap(index, projection, insetRect);
    if (!overlap) break;
    if (overlap.dx <= overlap.dy) right = Math.max(margin + 1, right - overlap.dx);
    else bottom = Math.max(margin + 1, bottom - overlap.dy);
  }
  return { projection, insetProjection, insetRect };
}

/** Project the indexed map for a canvas of width × height CSS pixels. */
export function layoutMap(index: MapIndex, width: number, height: number, margin = 12): MapLayout {
  const nf = index.geometry.features.length;
  const { projection, insetProjection, insetRect } = index.insetWindow ? fitChina(index, index.insetWindow, width, height, margin) : fitUsStates(index, width, height, margin);

  const mainBox = new Float32Array(4 * nf);
  const insetBox = new Float32Array(4 * nf);
  const main = project(index.mainGeometry, projection, mainBox);
  const inset = project(index.insetGeometry, insetProjection, insetBox);
  const insetFeatures: number[] = [];
  inset.forEach((p, f) => {
    if (p) insetFeatures.push(f);
  });

  let borders: Path2D;
  if (index.geometry.borders) {
    borders = pathOf(index.geometry.borders, projection);
  } else {
    borders = new Path2D();
    for (const p of main) if (p) borders.addPath(p);
  }
  const provinceBorders = index.geometry.provinceBorders ? pathOf(index.geometry.provinceBorders, projection) : null;

  return {
    index,
    width,
    height,
    projection,
    insetProjection,
    insetRect,
    main,
    inset,
    insetFeatures: Int32Array.from(insetFeatures),
    mainBox,
    insetBox,
    borders,
    provinceBorders,
  };
}

/** The largest polygon of a geometry in projected area (marks go there, not into the sea between islands). */
function largestPart(g: Geometry, projection: MapProjection): Geometry {
  if (g.type !== 'MultiPolygon' || g.coordinates.length < 2) return g;
  const path = geoPath(projection);
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const area = path.area({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return { type: 'Polygon', coordinates: best };
}

/**
 * Where to put a mark for feature f: the centroid of its largest polygon in the main view
 * (untransformed CSS px), or in the inset when the feature is not in the main view. Null for
 * features drawn nowhere.
 */
export function featureAnchor(layout: MapLayout, f: number): { x: number; y: number; inset: boolean } | null {
  const mg = layout.index.mainGeometry[f];
  if (mg && layout.main[f]) {
    const [x, y] = geoPath(layout.projection).centroid(largestPart(mg, layout.projection));
    if (Number.isFinite(x)) return { x, y, inset: false };
  }
  const ig = layout.index.insetGeometry[f];
  if (ig && layout.inset[f]) {
    const [x, y] = geoPath(layout.insetProjection).centroid(largestPart(ig, layout.insetProjection));
    if (Number.isFinite(x)) return { x, y, inset: true };
  }
  return null;
}

/** SVG path data of feature f in the main view (untransformed) and in the inset; '' where absent. */
export function featureOutline(layout: MapLayout, f: number): { main: string; inset: string } {
  const mg = layout.index.mainGeometry[f];
  const ig = layout.index.insetGeometry[f];
  return {
    main: mg && layout.main[f] ? (geoPath(layout.projection)(mg) ?? '') : '',
    inset: ig && layout.inset[f] ? (geoPath(layout.insetProjection)(ig) ?? '') : '',
  };
}
