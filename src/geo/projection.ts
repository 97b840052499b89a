/**
 * Projections for drawing the maps (no drawing here: the UI builds `geoPath` from these). China: an
 * equal-area conic (Albers) with standard parallels 25°N and 47°N on the 105°E meridian, the usual
 * choice for maps of China, keeps unit areas comparable. The South China Sea islands go into an
 * inset box in the bottom-right corner instead of stretching the main view to 3.8°N (docs/map-data.md, map
 * notice).
 */
import { geoConicEqualArea, geoGraticule, geoIdentity, type GeoIdentityTransform, type GeoProjection } from 'd3-geo';

export type LonLatExtent = readonly [readonly [number, number], readonly [number, number]];

/** lon/lat box of the main view: 73.4°E (Pamirs) to 135.1°E (Heixiazi), 17.9°N (Hainan) to 53.6°N (Mohe). */
export const MAIN_EXTENT: LonLatExtent = [[73.4, 17.9], [135.1, 53.6]];

export const SOUTH_CHINA_SEA_INSET = {
  /** lon/lat box the inset shows: Hainan and the Guangdong coast down to 3.2°N (三沙 spans 109.5–117.9°E, 3.8–19.5°N) */
  extent: [[108.5, 3.2], [119.0, 22.6]] as LonLatExtent,
  /** codes drawn only in the inset, never in the main view (三沙市, whose islands reach 3.8°N) */
  insetOnly: ['460321'] as readonly string[],
  /** inset height as a share of the map height; its width follows from the projected extent */
  heightShare: 0.3,
} as const;

/** The conic equal-area projection for China, not yet fitted to a size. */
export function chinaConic(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

function outline(extent: LonLatExtent) {
  return geoGraticule()
    .extent([[extent[0][0], extent[0][1]], [extent[1][0], extent[1][1]]])
    .outline();
}

/** The main-view projection fitted to `MAIN_EXTENT` inside width × height pixels, with padding. */
export function chinaProjection(width: number, height: number, padding = 0): GeoProjection {
  return chinaConic().fitExtent([[padding, padding], [width - padding, height - padding]], outline(MAIN_EXTENT));
}

export interface InsetLayout {
  /** the inset box in map pixels (bottom-right corner) */
  box: { x: number; y: number; width: number; height: number };
  /** projection of the inset extent into the box */
  projection: GeoProjection;
}

/** Where the South China Sea inset goes on a width × height map, and its projection. */
export function southChinaSeaInset(width: number, height: number, padding = 0): InsetLayout {
  const shape = outline(SOUTH_CHINA_SEA_INSET.extent);
  const probe = chinaConic().fitSize([1000, 1000], shape);
  const [[x0, y0], [x1, y1]] = [probe([SOUTH_CHINA_SEA_INSET.extent[0][0], SOUTH_CHINA_SEA_INSET.extent[1][1]])!, probe([SOUTH_CHINA_SEA_INSET.extent[1][0], SOUTH_CHINA_SEA_INSET.extent[0][1]])!];
  const aspect = Math.abs(x1 - x0) / Math.abs(y1 - y0);
  const h = (height - 2 * padding) * SOUTH_CHINA_SEA_INSET.heightShare;
  const w = h * aspect;
  const box = { x: width - padding - w, y: height - padding - h, width: w, height: h };
  const inner = 4; // px between the frame and the drawing
  const projection = chinaConic().fitExtent([[box.x + inner, box.y + inner], [box.x + w - inner, box.y + h - inner]], shape);
  return { box, projection };
}

/**
 * The US states' map (public/data/us-states.json) is already projected to Albers USA, in pixels of a
 * 975 × 610 frame with y pointing down (Alaska and Hawaii moved and scaled into the lower left):
 * drawing it only scales and shifts those pixels, with no geographic projection and no y flip.
 * Not yet fitted to a size (`fitExtent` it to the features).
 */
export function usStatesPlane(): GeoIdentityTransform {
  return geoIdentity().reflectY(false);
}
