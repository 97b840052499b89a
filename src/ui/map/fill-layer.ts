import { buildLabelRaster, sameView, type LabelRaster, type LabelView } from './label-raster.ts';
import { labelColours } from './label-colours.ts';
import { insetPixelBox } from './map-scales.ts';
import { RasterImage } from './raster-image.ts';
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
 * 15 ms of software raster.
 *
 * While a zoom or pan gesture runs, no raster is built: the last view's image is drawn under the
 * transform that takes it to the new view, over the whole map at zoom 1 (kept as a second raster,
 * so zooming out or panning never uncovers blank ground), with the inset box left where it is on
 * screen. The caller rebuilds when the gesture ends.
 */
export class FillLayer {
  /** the whole map at zoom 1 for the current layout, ratio and size: under every moved image */
  private base: RasterImage | null = null;
  /** the current view (the base itself at zoom 1; during a gesture, the view it started from) */
  private current: RasterImage | null = null;
  private colours = new Uint32Array(0);
  /** the view the canvas shows (null: nothing drawn yet, or cleared) */
  private shown: LabelView | null = null;
  /** time the last label rasters took to build (ms), and how many were built so far (for the frame benchmark) */
  lastBuildMs = 0;
  builds = 0;

  /**
   * Make the label rasters fit the view, unless a gesture is running (then the current one is
   * kept and drawn moved). Returns whether a raster was built.
   */
  prepare(view: LabelView, gesture: boolean): boolean {
    const t0 = performance.now();
    let built = false;
    if (!this.base || !sameFrame(this.base.raster, view)) {
      this.base = new RasterImage(buildLabelRaster({ ...view, transform: IDENTITY }));
      this.current = null;
      this.colours = new Uint32Array(this.base.raster.paperLabel + 1);
      built = true;
    }
    const c = this.current;
    if (!c || !sameView(c.raster, view)) {
      const t = view.transform;
      if (t.k === 1 && t.x === 0 && t.y === 0) this.current = this.base;
      else if (!gesture) {
        this.current = new RasterImage(buildLabelRaster(view));
        built = true;
      } else if (!c) this.current = this.base;
    }
    if (built) {
      this.builds++;
      this.shown = null;
      this.lastBuildMs = performance.now() - t0;
    }
    return built;
  }

  /** Forget what the canvas shows (it was cleared, or must be repainted whole). */
  invalidate(): void {
    this.shown = null;
  }

  /**
   * Paint the state in the view on `ctx` (after `prepare`). Returns false when the canvas already
   * shows exactly this (same colours, same view), and does nothing then.
   */
  draw(ctx: CanvasRenderingContext2D, state: FillState, view: LabelView): boolean {
    const current = this.current;
    if (!current) return false;
    const colours = labelColours(view.layout, state.stages, state.palette, state.paper, this.colours);
    const recoloured = current.paint(colours);
    const s = this.shown;
    const t = view.transform;
    const moved = !s || s.transform.k !== t.k || s.transform.x !== t.x || s.transform.y !== t.y || !sameFrame(current.raster, s);
    if (!recoloured && !moved) return false;
    if (sameView(current.raster, view)) ctx.putImageData(current.image, 0, 0);
    else this.drawMoved(ctx, view, colours);
    this.shown = view;
    return true;
  }

  /**
   * During a gesture: the whole map at zoom 1, then the current view's image on top, each under the
   * transform that takes it to this view and less its inset box; then the inset box, where it is.
   */
  private drawMoved(ctx: CanvasRenderingContext2D, view: LabelView, colours: Uint32Array): void {
    const base = this.base!;
    base.paint(colours);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    drawUnder(ctx, base, view);
    if (this.current !== base) drawUnder(ctx, this.current!, view);
    const [bx, by, bw, bh] = insetPixelBox(view.layout, view.dpr);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(bx, by, bw, bh);
    ctx.drawImage(base.bitmap(), bx, by, bw, bh, bx, by, bw, bh);
    ctx.restore();
  }
}

const IDENTITY = { k: 1, x: 0, y: 0 };

/** Same layout, ratio and canvas size (the zoom may differ). */
function sameFrame(r: LabelRaster | LabelView, v: LabelView): boolean {
  return r.layout === v.layout && r.dpr === v.dpr && r.width === v.width && r.height === v.height;
}

/** A raster's image under the transform that takes its view to `view`, without its inset box. */
function drawUnder(ctx: CanvasRenderingContext2D, image: RasterImage, view: LabelView): void {
  const r = image.raster;
  const t = view.transform;
  const k = t.k / r.k;
  const s = (k * view.dpr) / r.dpr;
  const [bx, by, bw, bh] = insetPixelBox(r.layout, r.dpr);
  ctx.save();
  ctx.setTransform(s, 0, 0, s, view.dpr * (t.x - k * r.x), view.dpr * (t.y - k * r.y));
  ctx.beginPath();
  ctx.rect(0, 0, r.width, r.height);
  ctx.rect(bx, by, bw, bh);
  ctx.clip('evenodd');
  ctx.drawImage(image.bitmap(), 0, 0);
  ctx.restore();
}
