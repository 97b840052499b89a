/** A view's size: CSS px, and device pixels per CSS px. */
export interface ViewSize {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

/**
 * The surface's size now; when it differs from `previous`, the canvases are set to it (backing
 * store in device px, CSS size in CSS px — which clears them) and the new size is returned, else null.
 */
export function resizeCanvases(surface: HTMLElement, previous: ViewSize, canvases: Iterable<HTMLCanvasElement>): ViewSize | null {
  const width = surface.clientWidth;
  const height = surface.clientHeight;
  const dpr = window.devicePixelRatio || 1;
  if (width === previous.width && height === previous.height && dpr === previous.dpr) return null;
  for (const c of canvases) {
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    c.style.width = `${width}px`;
    c.style.height = `${height}px`;
  }
  return { width, height, dpr };
}
