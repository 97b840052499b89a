import type { MapLayout } from './map-layout.ts';
import type { Palette } from '../palette.ts';
import { scratchCanvas } from './scratch-canvas.ts';

/**
 * Colours as ImageData pixels: one Uint32 per colour, bytes R, G, B, A in memory (so A is the top
 * byte of the number on the little-endian machines browsers run on).
 */

let probe: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();

/** A CSS colour as an ImageData pixel (parsed by the canvas itself, so any fillStyle works). */
export function pixelColour(css: string): number {
  let v = cache.get(css);
  if (v !== undefined) return v;
  probe ??= scratchCanvas(1, 1, true);
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  v = new Uint32Array(probe.getImageData(0, 0, 1, 1).data.buffer)[0];
  cache.set(css, v);
  return v;
}

/**
 * The colour table of a frame, indexed by label (label-raster.ts): 0 transparent, 1 + f the fill of
 * feature f (its locality's stage colour, or the background grey), `paperLabel` the inset's paper.
 * Written into `out` (length ≥ paperLabel + 1), which is returned.
 */
export function labelColours(
  layout: MapLayout,
  stages: Uint8Array | null,
  palette: Palette,
  paper: string,
  out: Uint32Array,
): Uint32Array {
  const stageColours = palette.stages.map(pixelColour);
  const grey = pixelColour(palette.background);
  const { localityOfFeature } = layout.index;
  const nf = localityOfFeature.length;
  out[0] = 0;
  for (let f = 0; f < nf; f++) {
    const i = localityOfFeature[f];
    if (i < 0) out[f + 1] = grey;
    else out[f + 1] = stageColours[stages ? stages[i] : 0] ?? grey;
  }
  out[nf + 1] = pixelColour(paper);
  return out;
}
