import type { GeoProjection } from 'd3';
import { chinaConic } from '../../geo/projection.ts';

/**
 * Which map `<idl-map>` draws: China (conic projection, South China Sea inset) or the US states
 * (pre-projected Albers USA pixels scaled to fit, no inset: src/geo's `usStatesPlane`).
 */
export type MapWorld = 'china' | 'us-states';

/** Whether a world kind has a map (the others, a lattice or a fully mixed world, are drawn as squares). */
export function isMapWorld(kind: string): kind is MapWorld {
  return kind === 'china' || kind === 'us-states';
}

/**
 * Projections and the South China Sea inset of the map view.
 *
 * China is drawn in src/geo's conic equal-area projection (areas compare truthfully on a
 * choropleth; 105°E, standard parallels 25°N and 47°N). The main view stops at MAIN_VIEW_MIN_LAT:
 * island polygons entirely south of it (西沙, 中沙, 南沙) are drawn only in an inset box in the lower
 * right, instead of stretching the map to 3.8°N (docs/map-data.md, map notice).
 *
 * The inset window here is narrower than src/geo's SOUTH_CHINA_SEA_INSET extent (105.5–122.5°E,
 * to 24°N): the islands span 109.5–118°E, and leaving out Taiwan and the Fujian coast makes the
 * box slim enough to sit beside Taiwan instead of under it (map-layout.ts fits the main view clear
 * of the box).
 */
export function chinaProjection(): GeoProjection {
  // No adaptive resampling: the simplified county outlines have segments of a few km, which the
  // conic bends by far less than a pixel; resampling them would double the layout time.
  return chinaConic().precision(0);
}

/** Degrees north: polygons lying wholly south of this are left out of the main view (Hainan's south tip is 18.2°N). */
export const MAIN_VIEW_MIN_LAT = 17.5;

/** The geographic window of the inset, degrees. */
export interface InsetWindow {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
}

/**
 * The South China Sea from Hainan and the Guangdong coast down to the Nansha islands (≈ 3.8°N),
 * between 108°E and 120°E (the islands lie within 109.5°–118°E; 东沙 at 116.7°E).
 */
export const SOUTH_CHINA_SEA: InsetWindow = { west: 108, east: 120, south: 3.0, north: 22.5 };

/** The inset box on screen, as fractions of the map's height (its width follows the window's aspect). */
export const INSET_HEIGHT_FRACTION = 0.3;
/** Gap between the inset box and the map's edges, and between the box and the mainland, CSS px. */
export const INSET_MARGIN = 8;

/** A closed polygon ring around the inset window, densified so conic curvature is followed. */
export function insetOutline(w: InsetWindow): GeoJSON.Polygon {
  const ring: [number, number][] = [];
  const steps = 16;
  for (let s = 0; s <= steps; s++) ring.push([w.west + ((w.east - w.west) * s) / steps, w.south]);
  for (let s = 1; s <= steps; s++) ring.push([w.east, w.south + ((w.north - w.south) * s) / steps]);
  for (let s = 1; s <= steps; s++) ring.push([w.east - ((w.east - w.west) * s) / steps, w.north]);
  for (let s = 1; s <= steps; s++) ring.push([w.west, w.north - ((w.north - w.south) * s) / steps]);
  // d3-geo wants clockwise exterior rings (the reverse of RFC 7946).
  return { type: 'Polygon', coordinates: [ring.reverse()] };
}
