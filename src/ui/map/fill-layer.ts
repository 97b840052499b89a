import { buildLabelRaster, sameView, type LabelRaster, type LabelView } from './label-raster.ts';
import { labelColours } from './label-colours.ts';
import { insetPixelBox } from './map-scales.ts';
import { paintLabels } from './paint-labels.ts';
import { fitCanvas, scratchCanvas } from './scratch-canvas.ts';
import type { Palette } from '../palette.ts';

/** What the fill layer shows: one stage code per locality (World order), or null before the first frame. */
export interface FillState {
  readonly stages: Uint8Array | null;
  readonly palette: Palette;
  /** colour of the inset box (the paper behind the islands) */
  readonly paper: string;
}

/**
 * The fill canvas of the map. Per view (layout, zoom, device-pixel ratio, canvas size) it builds a
 * label raster (label-raster.ts); per frame it looks up each pixel's colour into an ImageData and
 * puts it on the canvas whole — ≈ 1–2 ms with rasterization, where refilling 2,800 paths costs
 * 15 ms of software raster. While a zoom or pan gesture runs, the last label raster is kept and
 * its image drawn under the new transform (the inset box stays put); the caller rebuilds when the
 * gesture ends.
 */
export class FillLayer {
  private raster: LabelRaster | null = null;
  private image: ImageData | null = null;
  private pixels = new Uint32Array(0);
  private colours = new Uint32Array(0);
  /** the colour table the image was last painted with (null: repaint) */
  private painted: Uint32Array | null = null;
  /** the view the canvas shows now (null: nothing drawn, or cleared by a resize) */
  private shown: LabelView | null = null;
  /** the image as a canvas, to draw it moved during gestures; `bitmapFresh` when it holds the latest pixels */
  private bitmap: CanvasRenderingContext2D | null = null;
  private bitmapFresh = false;
  /** time the last label raster took to build (ms) */
  lastBuildMs = 0;

  /**
   * Make the label raster fit the view, unless a gesture is running and a raster exists (then the
   * old one is drawn under the new transform). Returns whether it was rebuilt.
   */
  prepare(view: LabelView, gesture: boolean): boolean {
    const r = this.raster;
    if (r && (sameView(r, view) || (gesture && r.layout === view.layout && r.dpr === view.dpr && r.width === view.width && r.height === view.height))) {
      return false;
    }
    const t0 = performance.now();
    this.raster = buildLabelRaster(view);
    const { width, height } = view;
    if (!this.image || this.image.width !== width || this.image.height !== height) {
      this.image = new ImageData(width, height);
      this.pixels = new Uint32Array(this.image.data.buffer);
    }
    if (this.colours.length !== this.raster.paperLabel + 1) this.colours = new Uint32Array(this.raster.paperLabel + 1);
    this.painted = null;
    this.bitmapFresh = false;
    this.lastBuildMs = performance.now() - t0;
    return true;
  }

  /** Forget what the canvas shows (it was cleared or must be repainted whole). */
  invalidate(): void {
    this.painted = null;
    this.shown = null;
  }

  /**
   * Paint the state in the view on `ctx` (after `prepare`). Returns false when the canvas already
   * shows exactly this (same colours, same view), and does nothing then.
   */
  draw(ctx: CanvasRenderingContext2D, state: FillState, view: LabelView): boolean {
    const raster = this.raster;
    if (!raster || !this.image) return false;
    const colours = labelColours(view.layout, state.stages, state.palette, state.paper, this.colours);
    const recoloured = !this.painted || !sameColours(this.painted, colours);
    const shown = this.shown;
    const t = view.transform;
    const moved = !shown || shown.transform.k !== t.k || shown.transform.x !== t.x || shown.transform.y !== t.y ||
      shown.layout !== view.layout || shown.dpr !== view.dpr || shown.width !== view.width || shown.height !== view.height;
    if (!recoloured && !moved) return false;
    if (recoloured) {
      paintLabels(raster, colours, this.pixels);
      this.painted = Uint32Array.from(colours);
      this.bitmapFresh = false;
    }
    if (sameView(raster, view)) ctx.putImageData(this.image, 0, 0);
    else this.drawMoved(ctx, raster, view);
    this.shown = view;
    return true;
  }

  /**
   * During a gesture: the raster's image under the transform that takes its view to this one,
   * except the inset box, which stays where it is on screen.
   */
  private drawMoved(ctx: CanvasRenderingContext2D, raster: LabelRaster, view: LabelView): void {
    this.bitmap ??= scratchCanvas(raster.width, raster.height);
    const b = this.bitmap;
    if (fitCanvas(b, raster.width, raster.height)) this.bitmapFresh = false;
    if (!this.bitmapFresh) b.putImageData(this.image!, 0, 0);
    this.bitmapFresh = true;
    const t = view.transform;
    const dpr = view.dpr;
    const r = t.k / raster.k;
    const s = (r * dpr) / raster.dpr;
    const [bx, by, bw, bh] = insetPixelBox(raster.layout, raster.dpr);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    // Main view: the raster's pixels, less its inset box, moved and scaled like the map.
    ctx.setTransform(s, 0, 0, s, dpr * (t.x - r * raster.x), dpr * (t.y - r * raster.y));
    ctx.beginPath();
    ctx.rect(0, 0, raster.width, raster.height);
    ctx.rect(bx, by, bw, bh);
    ctx.clip('evenodd');
    ctx.drawImage(b.canvas, 0, 0);
    ctx.restore();
    // The inset box, where it was.
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(bx, by, bw, bh);
    ctx.drawImage(b.canvas, bx, by, bw, bh, bx, by, bw, bh);
    ctx.restore();
  }
}

function sameColours(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
