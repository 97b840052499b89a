import type { LabelRaster } from './label-raster.ts';

/**
 * Blend two ImageData pixels: `share` (0–256) of b into a, then scale the alpha by `alpha` (0–255).
 * Two channels per multiply (R and B, then G and A), as 16-bit lanes of one number.
 */
function blend(a: number, b: number, share: number, alpha: number): number {
  const keep = 256 - share;
  const rb = (((a & 0xff00ff) * keep + (b & 0xff00ff) * share) >>> 8) & 0xff00ff;
  const ga = ((((a >>> 8) & 0xff00ff) * keep + ((b >>> 8) & 0xff00ff) * share) >>> 8) & 0xff00ff;
  const al = alpha === 255 ? ga >>> 16 : (((ga >>> 16) * alpha + 127) / 255) | 0;
  return (rb | ((ga & 0xff) << 8) | (al << 24)) >>> 0;
}

/**
 * The per-frame work of the map: every pixel takes the colour of its label from `colours`
 * (label-colours.ts), then the antialiased pixels are blended from their two labels. One lookup per
 * pixel and no rasterization: ≈ 1 ms for 900 × 600 device pixels.
 */
export function paintLabels(raster: LabelRaster, colours: Uint32Array, pixels: Uint32Array): void {
  const { labels, mixPixel, mixLabel, mixShare, mixAlpha } = raster;
  for (let p = 0; p < labels.length; p++) pixels[p] = colours[labels[p]];
  for (let j = 0; j < mixPixel.length; j++) {
    const p = mixPixel[j];
    pixels[p] = blend(colours[labels[p]], colours[mixLabel[j]], mixShare[j], mixAlpha[j]);
  }
}
