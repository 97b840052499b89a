import type { ZoomTransform } from 'd3';
import { hasInset, type MapLayout } from './map-layout.ts';

// A context used only for isPointInPath; paths are tested in untransformed layout coordinates.
let probe: CanvasRenderingContext2D | null = null;
function probeContext(): CanvasRenderingContext2D {
  if (!probe) {
    const c = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    probe = c.getContext('2d') as CanvasRenderingContext2D;
  }
  return probe;
}

function hitIn(paths: readonly (Path2D | null)[], boxes: Float32Array, x: number, y: number): number {
  const ctx = probeContext();
  for (let f = 0; f < paths.length; f++) {
    const b = 4 * f;
    // Cheap box test first (NaN boxes fail every comparison), exact test on the few candidates.
    if (!(x >= boxes[b] && x <= boxes[b + 2] && y >= boxes[b + 1] && y <= boxes[b + 3])) continue;
    const p = paths[f];
    if (p && ctx.isPointInPath(p, x, y)) return f;
  }
  return -1;
}

/**
 * The feature under the point (x, y) in CSS px of the map: inside the inset box, the inset's
 * features; elsewhere the main view's, after undoing the zoom transform. −1 when none.
 */
export function hitTest(layout: MapLayout, transform: ZoomTransform, x: number, y: number): number {
  const r = layout.insetRect;
  if (hasInset(layout) && x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height) {
    return hitIn(layout.inset, layout.insetBox, x, y);
  }
  const [ux, uy] = transform.invert([x, y]);
  return hitIn(layout.main, layout.mainBox, ux, uy);
}
