/**
 * A 2D context on a canvas that is not in the page, of width × height pixels: an OffscreenCanvas
 * where the browser has one (Safari before 16.4 has none for 2D), else a detached <canvas>.
 * `willReadFrequently` keeps it in memory the CPU reads (for getImageData).
 */
export function scratchCanvas(width: number, height: number, willReadFrequently = false): CanvasRenderingContext2D {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  return canvas.getContext('2d', { willReadFrequently }) as CanvasRenderingContext2D;
}

/** Resize the context's canvas to width × height (which clears it) when it is not that size already. */
export function fitCanvas(ctx: CanvasRenderingContext2D, width: number, height: number): boolean {
  const c = ctx.canvas;
  if (c.width === width && c.height === height) return false;
  c.width = width;
  c.height = height;
  return true;
}
