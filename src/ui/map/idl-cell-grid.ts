/**
 * `<idl-cell-grid>`: the map's stand-in for a world without geography (a lattice or a fully mixed
 * world, e.g. the Bass preset's 20,000 localities): one square per locality, coloured by stage.
 * A lattice's localities sit at their lattice position (code "x,y"); a mixed world's fill a grid
 * row by row, shaped like the view. No China outline, no inset, no map notice.
 *
 * Properties: `worldKind` ('lattice' | 'mixed'), `codes` (locality codes, "x,y" on a lattice),
 * `stages` (stage code per locality; a new array recolours the squares), `lang`, `palette`.
 * Like `<idl-map>` it draws into `canvas.fills` (and leaves an empty `canvas.lines`), so the map
 * PNG export and the tests that read the map's canvas work on it unchanged; `layout` is set once it
 * has a size, and `frameStats` times each recolour.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { getLocale, type Locale } from '../i18n/i18n.ts';
import { DEFAULT_PALETTE, type Palette } from '../palette.ts';
import { FrameStats } from './frame-stats.ts';
import { resizeCanvases, type ViewSize } from './canvas-size.ts';
import { SurfaceObserver } from './surface-observer.ts';
import { renderLegend } from './map-legend.ts';
import { mapStyles } from './map-styles.ts';
import { mapText } from './map-text.ts';

/** Where each locality's square is: a grid of `cols` × `rows` squares, locality i at cell[i]. */
export interface CellLayout {
  readonly cols: number;
  readonly rows: number;
  /** per locality: its cell, row-major (row · cols + col) */
  readonly cell: Int32Array;
  /** CSS px of the view */
  readonly width: number;
  readonly height: number;
}

/**
 * The grid of a world: a lattice's own width × height (from the "x,y" codes); otherwise the
 * number of columns that makes n squares about the view's shape (width / height), filled row by row.
 */
export function cellLayout(worldKind: string, codes: readonly string[], width: number, height: number): CellLayout {
  const n = codes.length;
  const cell = new Int32Array(n);
  if (worldKind === 'lattice') {
    const xy = codes.map((c) => c.split(',').map(Number));
    if (xy.every((p) => p.length === 2 && p.every((v) => Number.isInteger(v) && v >= 0))) {
      const cols = Math.max(1, ...xy.map((p) => p[0] + 1));
      const rows = Math.max(1, ...xy.map((p) => p[1] + 1));
      xy.forEach(([x, y], i) => (cell[i] = y * cols + x));
      return { cols, rows, cell, width, height };
    }
  }
  const cols = Math.max(1, Math.round(Math.sqrt((n * width) / Math.max(1, height))));
  for (let i = 0; i < n; i++) cell[i] = i;
  return { cols, rows: Math.max(1, Math.ceil(n / cols)), cell, width, height };
}

/** `#rrggbb` → the little-endian RGBA word ImageData's Uint32 view holds. */
function rgbaWord(hex: string): number {
  const v = parseInt(hex.slice(1), 16);
  return ((0xff << 24) | ((v & 0xff) << 16) | (v & 0xff00) | ((v >> 16) & 0xff)) >>> 0;
}

export class IdlCellGrid extends LitElement {
  static override styles = mapStyles;

  static override properties = {
    worldKind: { type: String },
    codes: { attribute: false },
    stages: { attribute: false },
    lang: { type: String, reflect: true },
    palette: { attribute: false },
    layout: { state: true },
  };

  declare worldKind: string;
  declare codes: readonly string[] | null;
  declare stages: Uint8Array | null;
  declare lang: Locale;
  declare palette: Palette;
  declare layout: CellLayout | null;

  /** Timing of the per-frame recolour (ms), as `<idl-map>` keeps it. */
  readonly frameStats = new FrameStats();

  private size: ViewSize = { width: 0, height: 0, dpr: 1 };
  private readonly surfaceObserver = new SurfaceObserver(this, () => this.surface(), () => this.measure());
  /** one pixel per cell, scaled up onto the fill canvas */
  private cells: HTMLCanvasElement | null = null;
  /** the small canvas's pixels, kept for the layout they were made for (a 2,000 × 2,000 lattice's are 16 MB a frame otherwise) */
  private image: { layout: CellLayout; data: ImageData; words: Uint32Array } | null = null;

  constructor() {
    super();
    this.worldKind = 'mixed';
    this.codes = null;
    this.stages = null;
    this.lang = getLocale();
    this.palette = DEFAULT_PALETTE;
    this.layout = null;
  }

  override render() {
    const tr = (key: Parameters<typeof mapText>[1], params?: Record<string, string | number>) => mapText(this.lang, key, params);
    const n = this.codes?.length ?? 0;
    return html`<div class="frame">
      <div class="surface cells" role="img" aria-label=${tr('map.abstractLabel', { n: new Intl.NumberFormat(this.lang).format(n) })}>
        <canvas class="fills"></canvas>
        <canvas class="lines"></canvas>
      </div>
      ${renderLegend(
        { lang: this.lang, palette: this.palette, showLinks: false, zoomed: false, cellsOnly: true },
        { onToggleLinks: () => {}, onResetZoom: () => {} },
      )}
    </div>`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('codes') || changed.has('worldKind')) this.relayout();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('layout') || changed.has('stages') || changed.has('palette')) this.draw();
  }

  private surface(): HTMLElement {
    return this.renderRoot.querySelector('.surface') as HTMLElement;
  }

  private measure(): void {
    const size = resizeCanvases(this.surface(), this.size, this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas'));
    if (!size) return;
    this.size = size;
    this.relayout();
  }

  private relayout(): void {
    const { width, height } = this.size;
    this.layout = this.codes && this.codes.length > 0 && width > 0 && height > 0 ? cellLayout(this.worldKind, this.codes, width, height) : null;
  }

  /** Recolour: one pixel per cell on a small canvas, scaled up square by square without smoothing. */
  private draw(): void {
    const layout = this.layout;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.fills');
    if (!layout || !canvas) return;
    const t0 = performance.now();
    if (!this.cells || this.cells.width !== layout.cols || this.cells.height !== layout.rows) {
      this.cells = document.createElement('canvas');
      this.cells.width = layout.cols;
      this.cells.height = layout.rows;
    }
    const small = this.cells.getContext('2d')!;
    if (this.image?.layout !== layout) {
      const data = small.createImageData(layout.cols, layout.rows);
      this.image = { layout, data, words: new Uint32Array(data.data.buffer) };
    }
    const { data: image, words } = this.image;
    const colours = this.palette.stages.map(rgbaWord);
    const stages = this.stages;
    for (let i = 0; i < layout.cell.length; i++) words[layout.cell[i]] = colours[stages?.[i] ?? 0] ?? colours[0];
    small.putImageData(image, 0, 0);
    const ctx = canvas.getContext('2d')!;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // the largest square size that fits, centred: whole device pixels when squares are large (all
    // equal); small ones keep the fraction (a phone's 1.8 px would otherwise shrink the view to 1 px)
    const fit = Math.min(canvas.width / layout.cols, canvas.height / layout.rows);
    const side = fit >= 4 ? Math.floor(fit) : fit;
    const w = side * layout.cols;
    const h = side * layout.rows;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(this.cells, Math.floor((canvas.width - w) / 2), Math.floor((canvas.height - h) / 2), w, h);
    this.frameStats.add(performance.now() - t0);
  }
}

if (!customElements.get('idl-cell-grid')) customElements.define('idl-cell-grid', IdlCellGrid);

declare global {
  interface HTMLElementTagNameMap {
    'idl-cell-grid': IdlCellGrid;
  }
}
