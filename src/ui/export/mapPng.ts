/**
 * The map as a PNG for a briefing: the map's own canvases (fills, then borders) and its SVG overlay
 * (origins, demonstration sites, learning links) composed at the canvases' resolution, with a title
 * above and the legend and the provenance line (version, scenario digest, seed) below — drawn on
 * canvas, so the image is complete on its own.
 *
 * It reads `<idl-map>`'s open shadow root (canvas.fills, canvas.lines, svg.overlay): the same
 * surfaces the e2e tests read, so a change there fails the export test rather than users' files.
 */
import type { Palette } from '../palette.ts';
import { DEMO_COLOR, ORIGIN_COLOR, STAGE_ORDER } from '../palette.ts';

const FONT = "system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface MapPngText {
  title: string;
  footer: string;
  /** the map notice (schematic map, South China Sea islands in the inset) and the inset's label */
  notice: string;
  inset: string;
  /** stage labels by stage code, then "not simulated", "origin", "demonstration site" */
  stages: readonly string[];
  background: string;
  origin: string;
  demo: string;
}

function loadSvgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement | null> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => resolve(null); // the overlay is an addition; the map itself still exports
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url)) as Promise<HTMLImageElement | null>;
}

/**
 * `text` broken into lines of at most `max` px (as `measure` measures them): at spaces, or between
 * any two characters where a run of text has no spaces (Chinese); a single word wider than `max`
 * keeps a line of its own.
 */
export function wrapText(measure: (s: string) => number, text: string, max: number): string[] {
  const tokens = text.split(/(\s+)/).flatMap((t) => (/\s/.test(t) ? [' '] : /[\u3000-\u9fff\uff00-\uffef]/.test(t) ? [...t] : [t]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && token !== ' ' && measure(next.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = token;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** The inset's box on the map, CSS px. */
interface InsetRect {
  x: number;
  y: number;
  width: number;
}

/**
 * Where the inset's label goes in the image (device px, y from the map's top): wrapped at word
 * breaks (between any two characters for text without spaces) to the wider of the inset box and
 * 90 CSS px, right-aligned with the inset's right edge and moved left as far as needed to stay in
 * the image (W px wide) — a label one line wide ran off the right edge of the image.
 */
export function insetLabel(
  measure: (s: string) => number,
  text: string,
  inset: InsetRect,
  px: (css: number) => number,
  W: number,
): { lines: string[]; x: number; y: number; width: number; lineHeight: number } {
  const lines = wrapText(measure, text, Math.min(W - px(8), Math.max(px(inset.width - 8), px(90))));
  const width = Math.max(...lines.map(measure));
  const right = Math.min(W - px(4), px(inset.x + inset.width - 4));
  return { lines, x: Math.max(px(4), right - width), y: px(inset.y + 2), width, lineHeight: px(14) };
}

/**
 * Composes the map and its legend into a PNG Blob. `stagesOnly`: the legend lists the stage colours
 * only (an abstract world's squares have no grey background units, origins or demonstration marks).
 */
export async function mapPng(map: HTMLElement, palette: Palette, text: MapPngText, { stagesOnly = false } = {}): Promise<Blob> {
  const root = map.shadowRoot;
  const fills = root?.querySelector<HTMLCanvasElement>('canvas.fills');
  const lines = root?.querySelector<HTMLCanvasElement>('canvas.lines');
  if (!root || !fills || !lines || fills.width === 0) throw new Error('the map has not been drawn yet');
  const overlay = root.querySelector<SVGSVGElement>('svg.overlay');
  const scale = fills.width / Math.max(1, fills.clientWidth || fills.width); // device px per CSS px
  const W = fills.width;
  const H = fills.height;
  const px = (css: number) => Math.round(css * scale);
  const legendRow = px(24);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;

  // Legend entries: the seven stages, the background grey, origin and demonstration marks.
  ctx.font = `${px(14)}px ${FONT}`;
  const entries = [
    ...STAGE_ORDER.map((s) => ({ label: text.stages[s], draw: 'swatch' as const, color: palette.stages[s] })),
    ...(stagesOnly
      ? []
      : [
          { label: text.background, draw: 'swatch' as const, color: palette.background },
          { label: text.origin, draw: 'origin' as const, color: ORIGIN_COLOR },
          { label: text.demo, draw: 'demo' as const, color: DEMO_COLOR },
        ]),
  ];
  const placed: { e: (typeof entries)[number]; x: number; row: number }[] = [];
  let x = px(10);
  let row = 0;
  for (const e of entries) {
    const w = px(22) + ctx.measureText(e.label).width + px(16);
    if (x + w > W && x > px(10)) {
      row++;
      x = px(10);
    }
    placed.push({ e, x, row });
    x += w;
  }
  const legendHeight = (row + 1) * legendRow + px(6);
  // the title above the map (one line on a wide map, more on a phone's)
  ctx.font = `700 ${px(18)}px ${FONT}`;
  const titleLines = wrapText((s) => ctx.measureText(s).width, text.title, W - px(20));
  const titleLine = px(24);
  const header = titleLines.length * titleLine + px(10);
  // the map notice and the provenance line, wrapped to the image's width (a phone's map is narrow)
  ctx.font = `${px(12)}px ${FONT}`;
  const small = (s: string) => ctx.measureText(s).width;
  const footLines = [...wrapText(small, text.notice, W - px(20)), ...wrapText(small, text.footer, W - px(20))];
  const footLine = px(16);
  const footer = footLines.length * footLine + px(8);
  canvas.width = W;
  canvas.height = header + H + legendHeight + footer;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'middle';
  ctx.font = `700 ${px(18)}px ${FONT}`;
  titleLines.forEach((line, i) => ctx.fillText(line, px(10), px(5) + (i + 0.5) * titleLine));
  ctx.drawImage(fills, 0, header);
  ctx.drawImage(lines, 0, header);
  if (overlay) {
    const img = await loadSvgImage(overlay, fills.clientWidth || W, fills.clientHeight || H);
    if (img) ctx.drawImage(img, 0, header, W, H);
  }
  // the inset's label, as the map shows it over its box (an HTML label there, not on a canvas)
  const inset = (map as unknown as { layout?: { insetRect?: InsetRect } | null }).layout?.insetRect;
  if (inset && inset.width > 0) {
    ctx.font = `${px(12)}px ${FONT}`;
    const label = insetLabel((s) => ctx.measureText(s).width, text.inset, inset, px, W);
    ctx.fillStyle = 'rgba(255, 255, 255, 0.75)';
    ctx.fillRect(label.x - px(4), header + label.y - px(1), label.width + px(8), label.lines.length * label.lineHeight + px(2));
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#444444';
    label.lines.forEach((line, i) => ctx.fillText(line, label.x, header + label.y + i * label.lineHeight));
    ctx.textBaseline = 'middle';
  }
  ctx.font = `${px(14)}px ${FONT}`;
  for (const { e, x: ex, row: r } of placed) {
    const cy = header + H + px(4) + r * legendRow + legendRow / 2;
    const s = px(14);
    if (e.draw === 'swatch') {
      ctx.fillStyle = e.color;
      ctx.fillRect(ex, cy - s / 2, s, s);
      ctx.strokeStyle = '#777777';
      ctx.lineWidth = Math.max(1, scale);
      ctx.strokeRect(ex + 0.5, cy - s / 2 + 0.5, s - 1, s - 1);
    } else if (e.draw === 'origin') {
      ctx.strokeStyle = e.color;
      ctx.lineWidth = px(2.5);
      ctx.beginPath();
      ctx.arc(ex + s / 2, cy, s * 0.38, 0, 2 * Math.PI);
      ctx.stroke();
    } else {
      ctx.fillStyle = e.color;
      ctx.save();
      ctx.translate(ex + s / 2, cy);
      ctx.rotate(Math.PI / 4);
      ctx.fillRect(-s * 0.28, -s * 0.28, s * 0.56, s * 0.56);
      ctx.restore();
    }
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(e.label, ex + px(20), cy);
  }
  ctx.fillStyle = '#444444';
  ctx.font = `${px(12)}px ${FONT}`;
  footLines.forEach((line, i) => ctx.fillText(line, px(10), canvas.height - footer + px(4) + (i + 0.5) * footLine));

  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
