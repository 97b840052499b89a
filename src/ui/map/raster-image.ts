import type { LabelRaster } from './label-raster.ts';
import { paintLabels } from './paint-labels.ts';
import { fitCanvas, scratchCanvas } from './scratch-canvas.ts';

/**
 * A label raster with its image: repainted only when the colour table changes, and available as a
 * canvas (for drawing it moved during a zoom gesture) that is refreshed only when asked for.
 */
export class RasterImage {
  readonly image: ImageData;
  private readonly pixels: Uint32Array;
  /** the colour table the image was painted with (null: not yet) */
  private painted: Uint32Array | null = null;
  private canvas: CanvasRenderingContext2D | null = null;
  private canvasFresh = false;

  constructor(readonly raster: LabelRaster) {
    this.image = new ImageData(raster.width, raster.height);
    this.pixels = new Uint32Array(this.image.data.buffer);
  }

  /** Paint the image in these colours (label-colours.ts); returns false when it already has them. */
  paint(colours: Uint32Array): boolean {
    if (this.painted && sameColours(this.painted, colours)) return false;
    paintLabels(this.raster, colours, this.pixels);
    if (this.painted?.length === colours.length) this.painted.set(colours);
    else this.painted = Uint32Array.from(colours);
    this.canvasFresh = false;
    return true;
  }

  /** The image on a canvas of its own (made or refreshed on demand). */
  bitmap(): CanvasImageSource {
    this.canvas ??= scratchCanvas(this.raster.width, this.raster.height);
    if (fitCanvas(this.canvas, this.raster.width, this.raster.height)) this.canvasFresh = false;
    if (!this.canvasFresh) this.canvas.putImageData(this.image, 0, 0);
    this.canvasFresh = true;
    return this.canvas.canvas as CanvasImageSource;
  }
}

function sameColours(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
