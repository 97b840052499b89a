/** Side of a grid cell, device pixels. */
const CELL = 32;

/** Labels whose boxes meet each cell of a coarse grid over the canvas, for the label raster's rare lookups. */
export interface CandidateGrid {
  /**
   * Write into `out` (up to its length) the labels registered in the cell of (x, y) that `accept`
   * keeps; returns how many.
   */
  candidates(x: number, y: number, out: Int32Array, accept: (label: number) => boolean): number;
}

/**
 * Bucket the labels' boxes (8 numbers per label: two [x0, y0, x1, y1] boxes in device px, NaN where
 * absent) into cells of a grid over a width × height canvas. Built only when a pixel has no clean
 * neighbour to explain it (specks, slivers).
 */
export function candidateGrid(boxes: Float64Array, width: number, height: number): CandidateGrid {
  const cols = Math.ceil(width / CELL);
  const rows = Math.ceil(height / CELL);
  const cells: number[][] = Array.from({ length: cols * rows }, () => []);
  for (let label = 1; 8 * label < boxes.length; label++) {
    for (let o = 8 * label; o < 8 * label + 8; o += 4) {
      if (Number.isNaN(boxes[o])) continue;
      const c0 = Math.max(0, Math.floor(boxes[o] / CELL));
      const r0 = Math.max(0, Math.floor(boxes[o + 1] / CELL));
      const c1 = Math.min(cols - 1, Math.floor(boxes[o + 2] / CELL));
      const r1 = Math.min(rows - 1, Math.floor(boxes[o + 3] / CELL));
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells[r * cols + c].push(label);
    }
  }
  return {
    candidates(x, y, out, accept) {
      const cell = cells[Math.floor(y / CELL) * cols + Math.floor(x / CELL)] ?? [];
      let n = 0;
      for (const label of cell) {
        if (n >= out.length) break;
        if (accept(label) && (n === 0 || out[n - 1] !== label)) out[n++] = label;
      }
      return n;
    },
  };
}
