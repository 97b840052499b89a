/**
 * Decodes ECharts' compressed GeoJSON (docs/map-data.md, defect 1: the `chongqing` and `shanghai` files).
 * Each ring is a string of character pairs: char code − 64, zigzag-decoded, is the delta in x and y
 * from the previous point, starting at the ring's `encodeOffsets`; coordinates are integers on a
 * grid of 1/scale degree (scale 1024 in this package). This is the published ECharts encoding.
 */
import type { Geometry, Position } from 'geojson';

function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let x = offset[0];
  let y = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

/** True when the geometry's rings are still encoded strings. */
export function isEncoded(geometry: EncodedGeometry): boolean {
  const c = geometry.coordinates as unknown[];
  const first = geometry.type === 'Polygon' ? c[0] : (c[0] as unknown[] | undefined)?.[0];
  return typeof first === 'string';
}

export function decodeGeometry(geometry: EncodedGeometry, scale = 1024): Geometry {
  const offsets = geometry.encodeOffsets as [number, number][] | [number, number][][];
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates as string[];
    return {
      type: 'Polygon',
      coordinates: rings.map((r, k) => decodeRing(r, (offsets as [number, number][])[k], scale)),
    };
  }
  const polygons = geometry.coordinates as string[][];
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings, p) =>
      rings.map((r, k) => decodeRing(r, (offsets as [number, number][][])[p][k], scale)),
    ),
  };
}
