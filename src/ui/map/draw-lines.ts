import { hasInset } from './map-layout.ts';
import type { MapScales } from './map-scales.ts';

/** Colours and widths (CSS px, constant under zoom) of the line layer. */
export interface LineStyle {
  readonly border: string;
  readonly borderWidth: number;
  readonly province: string;
  readonly provinceWidth: number;
  readonly frame: string;
}

/**
 * The line layer, redrawn only when the size or the zoom changes (never per simulation frame):
 * unit borders and province borders of the main view — kept out of the inset box — then the inset's
 * outlines and its frame (China's; the US states' map has no inset).
 */
export function drawLines(ctx: CanvasRenderingContext2D, style: LineStyle, scales: MapScales): void {
  const { layout, transform: t, dpr } = scales;
  const r = layout.insetRect;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.lineJoin = 'round';

  // Main view, clipped to everything but the inset box (even-odd: outer rectangle minus the box).
  ctx.save();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.beginPath();
  ctx.rect(0, 0, layout.width, layout.height);
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip('evenodd');
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  ctx.strokeStyle = style.border;
  ctx.lineWidth = style.borderWidth / t.k;
  ctx.stroke(layout.borders);
  if (layout.provinceBorders) {
    ctx.strokeStyle = style.province;
    ctx.lineWidth = style.provinceWidth / t.k;
    ctx.stroke(layout.provinceBorders);
  }
  ctx.restore();
  if (!hasInset(layout)) return;

  // Inset: outlines of the features in it, then the frame.
  ctx.save();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip();
  // Darker than the main view's borders: the islands are specks, and their outline is what shows.
  ctx.strokeStyle = style.frame;
  ctx.lineWidth = 0.75;
  for (const f of layout.insetFeatures) ctx.stroke(layout.inset[f]!);
  ctx.restore();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.strokeStyle = style.frame;
  ctx.lineWidth = 1;
  ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1);
}
