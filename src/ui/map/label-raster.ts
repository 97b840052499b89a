import { decodeLabel, labelCss } from './label-codes.ts';
import { codeColumns, fitLabelMix, type LabelMix } from './label-mix.ts';
import { candidateGrid, type CandidateGrid } from './label-candidates.ts';
import type { MapLayout } from './map-layout.ts';
import { insetPixelBox, type MapScales } from './map-scales.ts';
import { fitCanvas, scratchCanvas } from './scratch-canvas.ts';

/**
 * Which feature every device pixel of the fill canvas shows, for one view (layout, zoom transform,
 * device-pixel ratio, canvas size) — so that recolouring the map is a table lookup per pixel and
 * one putImageData (paint-labels.ts), instead of refilling 2,800 paths and having the software
 * rasterizer cover them again every frame.
 *
 * Labels: 0 = nothing (transparent), 1 + f = feature f, `paperLabel` = the inset box's paper.
 * Pixels on an edge keep their antialiasing: they are listed in `mix*` as a blend of their label
 * and a second one, with a coverage.
 */
export interface LabelRaster {
  readonly layout: MapLayout;
  readonly k: number;
  readonly x: number;
  readonly y: number;
  readonly dpr: number;
  /** canvas size in device pixels */
  readonly width: number;
  readonly height: number;
  /** label per device pixel, row-major */
  readonly labels: Uint16Array | Uint32Array;
  readonly paperLabel: number;
  /** antialiased pixels: index into `labels` (whose label is the pixel's larger part) */
  readonly mixPixel: Int32Array;
  /** per antialiased pixel: the second label (equal to the first when the rest is transparent) */
  readonly mixLabel: Uint16Array | Uint32Array;
  /** per antialiased pixel: the second label's share of the colour, 0–256 */
  readonly mixShare: Uint16Array;
  /** per antialiased pixel: coverage, 0–255 (255 inside the map; less on the coast and islands) */
  readonly mixAlpha: Uint8Array;
}

/** A view of the map on a canvas of width × height device pixels. */
export interface LabelView extends MapScales {
  readonly width: number;
  readonly height: number;
}

/** Device pixels a feature's paint may reach beyond its path's box (antialiasing, the inset's outline). */
const PAINT_PAD = 2;
/** Largest acceptable misfit of a mixed pixel (squared, summed over 4 channels): ±4 per channel of rounding. */
const MAX_MISFIT = 4 * 4 * 4;
/** An antialiased pixel covered less than this (of 255) is on the coast, not between two units (those are ≥ 75 %). */
const COAST_COVERAGE = 180;

export function sameView(r: LabelRaster, v: LabelView): boolean {
  const t = v.transform;
  return r.layout === v.layout && r.k === t.k && r.x === t.x && r.y === t.y && r.dpr === v.dpr && r.width === v.width && r.height === v.height;
}

/** Paint every feature in the colour of its label code, as the map's fills are laid out. */
function paintCodes(ctx: CanvasRenderingContext2D, v: LabelView, paperLabel: number): void {
  const { layout, transform: t, dpr } = v;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, v.width, v.height);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  layout.main.forEach((p, f) => {
    if (!p) return;
    ctx.fillStyle = labelCss(f + 1);
    ctx.fill(p);
  });
  const [bx, by, bw, bh] = insetPixelBox(layout, dpr);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = labelCss(paperLabel);
  ctx.fillRect(bx, by, bw, bh);
  ctx.save();
  ctx.beginPath();
  ctx.rect(bx, by, bw, bh);
  ctx.clip();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // The inset's islands are a pixel or less across at this scale: a 1.5 px outline in the fill
  // colour keeps each one visible, in its stage colour.
  ctx.lineWidth = 1.5;
  ctx.lineJoin = 'round';
  for (const f of layout.insetFeatures) {
    ctx.fillStyle = ctx.strokeStyle = labelCss(f + 1);
    ctx.fill(layout.inset[f]!);
    ctx.stroke(layout.inset[f]!);
  }
  ctx.restore();
}

/**
 * Where each label may appear: its main-view box under the zoom and its inset box, in device
 * pixels, padded ([x0, y0, x1, y1] per label and view; NaN where absent).
 */
function labelBoxes(v: LabelView, paperLabel: number): Float64Array {
  const { layout, transform: t, dpr } = v;
  const boxes = new Float64Array(8 * (paperLabel + 1)).fill(NaN);
  const k = dpr * t.k;
  for (let f = 0; f < layout.main.length; f++) {
    const m = 4 * f;
    const o = 8 * (f + 1);
    if (!Number.isNaN(layout.mainBox[m])) {
      boxes[o] = dpr * t.x + k * layout.mainBox[m] - PAINT_PAD;
      boxes[o + 1] = dpr * t.y + k * layout.mainBox[m + 1] - PAINT_PAD;
      boxes[o + 2] = dpr * t.x + k * layout.mainBox[m + 2] + PAINT_PAD;
      boxes[o + 3] = dpr * t.y + k * layout.mainBox[m + 3] + PAINT_PAD;
    }
    if (!Number.isNaN(layout.insetBox[m])) {
      for (let j = 0; j < 4; j++) boxes[o + 4 + j] = dpr * layout.insetBox[m + j] + (j < 2 ? -PAINT_PAD : PAINT_PAD);
    }
  }
  const [bx, by, bw, bh] = insetPixelBox(layout, dpr);
  boxes.set([bx, by, bx + bw, by + bh], 8 * paperLabel);
  return boxes;
}

function inBoxes(boxes: Float64Array, label: number, x: number, y: number): boolean {
  const o = 8 * label;
  return (
    (x >= boxes[o] && x <= boxes[o + 2] && y >= boxes[o + 1] && y <= boxes[o + 3]) ||
    (x >= boxes[o + 4] && x <= boxes[o + 6] && y >= boxes[o + 5] && y <= boxes[o + 7])
  );
}

let scratch: CanvasRenderingContext2D | null = null;

function scratchContext(w: number, h: number): CanvasRenderingContext2D {
  scratch ??= scratchCanvas(w, h, true);
  fitCanvas(scratch, w, h);
  return scratch;
}

/**
 * Build the label raster of a view: paint each feature in its label's code colour, read the
 * pixels back, take fully covered pixels whose colour decodes to a label drawn there as that
 * label, and explain every other painted pixel as a mix of the labels around it (or, for specks
 * with no clean pixel near, of the labels whose boxes hold it). ≈ 30–60 ms for China at 900 × 600.
 */
export function buildLabelRaster(v: LabelView): LabelRaster {
  const { width: W, height: H, layout } = v;
  const nf = layout.main.length;
  const paperLabel = nf + 1;
  const ctx = scratchContext(W, H);
  paintCodes(ctx, v, paperLabel);
  const raw = new Uint32Array(ctx.getImageData(0, 0, W, H).data.buffer);
  const boxes = labelBoxes(v, paperLabel);
  const Labels = paperLabel < 0xffff ? Uint16Array : Uint32Array;
  const labels = new Labels(W * H);
  // 1 = decoded, 0 = transparent, −1 = to explain as a mix
  const state = new Int8Array(W * H);
  for (let p = 0, y = 0; y < H; y++) {
    for (let x = 0; x < W; x++, p++) {
      const c = raw[p];
      const a = c >>> 24;
      if (a === 0) continue;
      state[p] = -1;
      if (a !== 255) continue;
      const label = decodeLabel(((c & 0xff) << 16) | (c & 0xff00) | ((c >>> 16) & 0xff));
      if (label >= 1 && label <= paperLabel && inBoxes(boxes, label, x, y)) {
        labels[p] = label;
        state[p] = 1;
      }
    }
  }

  const mixPixel: number[] = [];
  const mixLabel: number[] = [];
  const mixShare: number[] = [];
  const mixAlpha: number[] = [];
  const near = new Int32Array(64);
  const target = new Float64Array(4);
  const fit: LabelMix = { a: 0, b: 0, wa: 0, wb: 0, err: Infinity };
  const best: LabelMix = { ...fit };
  const cols = codeColumns(paperLabel + 1);
  let grid: CandidateGrid | null = null;
  for (let p = 0, y = 0; y < H; y++) {
    for (let x = 0; x < W; x++, p++) {
      if (state[p] !== -1) continue;
      // Decoded labels among the 8 neighbours (and whether the map ends there).
      let count = 0;
      let open = false;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= W) continue;
          const q = p + dy * W + dx;
          if (state[q] === 0) open = true;
          else if (state[q] === 1) {
            const label = labels[q];
            let seen = false;
            for (let i = 0; i < count && !seen; i++) seen = near[i] === label;
            if (!seen) near[count++] = label;
          }
        }
      }
      const c = raw[p];
      const a = c >>> 24;
      target[0] = ((c & 0xff) * a) / 255;
      target[1] = (((c >>> 8) & 0xff) * a) / 255;
      target[2] = (((c >>> 16) & 0xff) * a) / 255;
      target[3] = a;
      fitLabelMix(target, near, count, cols, fit);
      if (!(fit.err <= MAX_MISFIT)) {
        // Specks and slivers with no clean pixel nearby: try every label whose box holds the pixel.
        grid ??= candidateGrid(boxes, W, H);
        const n = grid.candidates(x, y, near, (label) => inBoxes(boxes, label, x, y));
        Object.assign(best, fit);
        if (fitLabelMix(target, near, n, cols, fit).err > best.err) Object.assign(fit, best);
      }
      if (!(fit.err < Infinity) || fit.wa <= 0) continue; // nothing explains it: leave it transparent
      labels[p] = fit.a;
      const cover = Math.min(255, 255 * (fit.wa + fit.wb));
      mixPixel.push(p);
      mixLabel.push(fit.b);
      mixShare.push(Math.round((256 * fit.wb) / (fit.wa + fit.wb)));
      // Between two units the two coverages add up to the whole pixel (the seam where the
      // rasterizer left the background showing through is closed); on the coast, keep the coverage.
      mixAlpha.push(open || cover < COAST_COVERAGE ? Math.round(cover) : 255);
    }
  }
  const t = v.transform;
  return {
    layout,
    k: t.k,
    x: t.x,
    y: t.y,
    dpr: v.dpr,
    width: W,
    height: H,
    labels,
    paperLabel,
    mixPixel: Int32Array.from(mixPixel),
    mixLabel: Labels.from(mixLabel),
    mixShare: Uint16Array.from(mixShare),
    mixAlpha: Uint8Array.from(mixAlpha),
  };
}
