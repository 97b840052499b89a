import type { MapLayout } from '../../../src/ui/map/map-layout.ts';
import { insetPixelBox, type ViewTransform } from '../../../src/ui/map/map-scales.ts';

/**
 * The reference the label raster must reproduce: the map drawn by filling every cached path in its
 * colour (what the map did per frame before the label raster), main view under the zoom, then the
 * inset box (paper, islands filled and outlined 1.5 px). `colourOf(f)` is feature f's CSS colour.
 * Returns the RGBA pixels (not premultiplied, as getImageData gives them).
 */
export function vectorFills(
  layout: MapLayout,
  t: ViewTransform,
  dpr: number,
  width: number,
  height: number,
  colourOf: (f: number) => string,
  paper: string,
): Uint8ClampedArray {
  const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true })!;
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  layout.main.forEach((p, f) => {
    if (!p) return;
    ctx.fillStyle = colourOf(f);
    ctx.fill(p);
  });
  const [bx, by, bw, bh] = insetPixelBox(layout, dpr);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = paper;
  ctx.fillRect(bx, by, bw, bh);
  ctx.beginPath();
  ctx.rect(bx, by, bw, bh);
  ctx.clip();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineWidth = 1.5;
  ctx.lineJoin = 'round';
  for (const f of layout.insetFeatures) {
    ctx.fillStyle = ctx.strokeStyle = colourOf(f);
    ctx.fill(layout.inset[f]!);
    ctx.stroke(layout.inset[f]!);
  }
  return ctx.getImageData(0, 0, width, height).data;
}

/**
 * How far two RGBA images are apart, per pixel the largest channel difference: where the reference
 * is mostly covered (alpha ≥ 128) the colours are compared as they are (the label raster closes
 * the seams the rasterizer leaves between units, so alphas differ there by design); elsewhere
 * both are composited over white first, so the coast's antialiasing counts.
 */
export function pixelDistances(ours: Uint8ClampedArray, reference: Uint8ClampedArray): Float64Array {
  const out = new Float64Array(ours.length / 4);
  for (let p = 0; p < out.length; p++) {
    const i = 4 * p;
    const opaque = reference[i + 3] >= 128;
    const a1 = ours[i + 3] / 255;
    const a2 = reference[i + 3] / 255;
    let d = 0;
    for (let c = 0; c < 3; c++) {
      const v1 = opaque ? ours[i + c] : ours[i + c] * a1 + 255 * (1 - a1);
      const v2 = opaque ? reference[i + c] : reference[i + c] * a2 + 255 * (1 - a2);
      d = Math.max(d, Math.abs(v1 - v2));
    }
    out[p] = d;
  }
  return out;
}
