import type { MapLayout } from './map-layout.ts';

/** The zoom transform of the main view (d3-zoom's ZoomTransform, or any { k, x, y }). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** How to put the layout on a canvas: the zoom transform of the main view and the device-pixel ratio. */
export interface MapScales {
  readonly layout: MapLayout;
  readonly transform: ViewTransform;
  readonly dpr: number;
}

/** Device-pixel box [x, y, width, height] of the inset, snapped to whole pixels (an exact clip). */
export function insetPixelBox(layout: MapLayout, dpr: number): [number, number, number, number] {
  const r = layout.insetRect;
  const x = Math.round(dpr * r.x);
  const y = Math.round(dpr * r.y);
  return [x, y, Math.round(dpr * (r.x + r.width)) - x, Math.round(dpr * (r.y + r.height)) - y];
}
