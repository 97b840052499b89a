import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import type { Geometry } from 'geojson';
import type { MapIndex } from './map-index.ts';
import { chinaProjection, INSET_HEIGHT_FRACTION, INSET_MARGIN, insetOutline } from './map-projection.ts';

/** A rectangle in CSS pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The projected map at one canvas size (CSS pixels): one cached Path2D per feature for the main
 * view and for the inset, their screen bounding boxes for hit-testing, and the border meshes. Built
 * once per size (≈ 50 ms for China); every frame after that only refills the cached paths.
 */
export interface MapLayout {
  readonly index: MapIndex;
  readonly width: number;
  readonly height: number;
  readonly projection: GeoProjection;
  readonly insetProjection: GeoProjection;
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
  projection: GeoProjection,
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

function pathOf(object: GeoPermissibleObjects, projection: GeoProjection): Path2D {
  const p = new Path2D();
  geoPath(projection, p as unknown as CanvasRenderingContext2D)(object);
  return p;
}

/** Project the indexed map for a canvas of width × height CSS pixels. */
export function layoutMap(index: MapIndex, width: number, height: number, margin = 12): MapLayout {
  const nf = index.geometry.features.length;
  const mainObjects: GeoPermissibleObjects = {
    type: 'GeometryCollection',
    geometries: index.mainGeometry.filter((g): g is Geometry => g !== null),
  };
  const projection = chinaProjection().fitExtent(
    [
      [margin, margin],
      [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
    ],
    mainObjects,
  );

  // The inset: the window fitted to a fixed share of the height, placed in the lower right.
  const outline = insetOutline(index.insetWindow);
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
function largestPart(g: Geometry, projection: GeoProjection): Geometry {
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
