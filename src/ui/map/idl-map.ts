/**
 * `<idl-map>`: the map of China's localities, or of the US states, coloured by stage, for one innovation.
 *
 * Properties (all set from JavaScript; only `innovation`, `show-links`, `lang` and `world` have attributes):
 *   world           'china' | 'us-states'     which map `geometry` is: China in degrees, drawn in a
 *                                             conic projection with the South China Sea inset
 *                                             (default); or the US states, pre-projected Albers USA
 *                                             pixels (src/geo's usStatesMap), scaled to fit, no inset
 *   geometry        MapGeometryInput | null   the parsed TopoJSON (public/data/china-units.topo.json),
 *                                             a GeoJSON FeatureCollection, or an array of features;
 *                                             feature ids are locality codes
 *   codes           readonly string[] | null  the World's locality codes in locality order: locality i
 *                                             is drawn by the feature whose id is codes[i]; features
 *                                             matching no code (and those flagged background) are grey
 *   stages          Uint8Array | null         stage code (0–6) per locality, length N, for the shown
 *                                             innovation (e.g. `frame.stage.subarray(k*N, (k+1)*N)`);
 *                                             a new array recolours the map, nothing else is redrawn
 *   innovation      number                    index k of the shown innovation (tooltip details, links)
 *   marks           { origins, demos } | null locality indices of origins and demonstration sites
 *   places          readonly number[] | null  localities to outline (the milestone that just fired applies there)
 *   links           readonly { source, learner, innovation? }[] | null   this year's learning links;
 *                                             sources < 0 (media, mandates) and other innovations skipped
 *   showLinks       boolean                   draw the links (the legend's toggle flips it and fires
 *                                             `idl-map-links` {show})
 *   lang            'zh-CN' | 'en'            language of legend and tooltip; names are Chinese, or the
 *                                             pinyin from the data in English
 *   palette         Palette                   stage colours and the background grey (src/ui/palette.ts)
 *   valueLegend     ValueLegend | null        a map coloured by a value: `stages` holds class codes,
 *                                             `palette.stages` their colours, and this legend (title,
 *                                             one swatch per class) replaces the stages, marks and links
 *   valueText       (index) => string | null  with valueLegend: the hovered locality's value in words
 *                                             (its tooltip shows its name and this)
 *   borderScale     number                    multiplies the border widths (projector mode: 2.5; default 1)
 *   startYear, dt   number                    turn ticks into dates in the tooltip (dt in years per tick)
 *   detailProvider  (index) => LocalityDetail | null | Promise<…>   details for the tooltip, e.g.
 *                                             the simulation service's getLocalityDetail
 *
 * Events: `idl-map-hover` {index, code} (index −1 when the pointer leaves a unit), `idl-map-select`
 * {index, code} on click or tap, `idl-map-links` {show}. All bubble and cross shadow roots.
 *
 * Drawing: projected paths are cached as one Path2D per unit and size (map-layout.ts). Per view
 * (size, zoom, device-pixel ratio) they are rasterized once into a label raster — which unit each
 * pixel shows, with antialiased edges as two-unit mixes (label-raster.ts); a new `stages` array
 * then only looks up each pixel's colour and puts the image (fill-layer.ts, paint-labels.ts;
 * measured in `frameStats`). While a zoom or pan gesture runs, the last image is moved instead
 * and the raster rebuilt when it ends. Borders live on a second canvas redrawn on zoom and resize
 * only; marks, links and the hover outline are an SVG overlay. Zoom and pan with d3-zoom (wheel,
 * drag, pinch, double-click; keys + − 0 and arrows).
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { LocalityDetail } from '../../service/types.ts';
import { getLocale, type Locale } from '../i18n/i18n.ts';
import { BORDER_COLOR, DEFAULT_PALETTE, FRAME_COLOR, type Palette } from '../palette.ts';
import { cssProps } from './css-props.ts';
import { resizeCanvases, type ViewSize } from './canvas-size.ts';
import { SurfaceObserver } from './surface-observer.ts';
import { FillLayer } from './fill-layer.ts';
import type { MapScales } from './map-scales.ts';
import { drawLines } from './draw-lines.ts';
import { hitTest } from './hit-test.ts';
import { BACKGROUND_NAMES_EN, toMapGeometry, type MapGeometryInput } from './map-geometry.ts';
import { indexMap, type MapIndex } from './map-index.ts';
import { featureAnchor, featureOutline, hasInset, layoutMap, type MapLayout } from './map-layout.ts';
import type { MapWorld } from './map-projection.ts';
import { renderLegend, type ValueLegend } from './map-legend.ts';
import { renderOverlay, type Anchor, type OverlayState } from './map-overlay.ts';
import { mapStyles } from './map-styles.ts';
import { mapText } from './map-text.ts';
import { renderTooltip, type HoverTarget } from './map-tooltip.ts';
import { FrameStats } from './frame-stats.ts';

export interface MapMarks {
  readonly origins: readonly number[];
  readonly demos: readonly number[];
}
export interface MapLink {
  readonly source: number;
  readonly learner: number;
  readonly innovation?: number;
}
export type DetailProvider = (index: number) => LocalityDetail | null | Promise<LocalityDetail | null>;

/** At most this many links are drawn (the most recent), so a burst year stays legible and fast. */
export const MAX_LINKS = 800;
const PAPER = '#ffffff';
const LINE_STYLE = { border: BORDER_COLOR, borderWidth: 0.5, province: 'rgba(60, 60, 60, 0.8)', provinceWidth: 1, frame: FRAME_COLOR };
/** Refresh an open tooltip's details at most this often while the simulation runs (ms). */
const DETAIL_REFRESH_MS = 500;

export class IdlMap extends LitElement {
  static override styles = mapStyles;

  static override properties = {
    world: { type: String },
    geometry: { attribute: false },
    codes: { attribute: false },
    stages: { attribute: false },
    innovation: { type: Number },
    marks: { attribute: false },
    places: { attribute: false },
    links: { attribute: false },
    showLinks: { type: Boolean, attribute: 'show-links', reflect: true },
    lang: { type: String, reflect: true },
    palette: { attribute: false },
    valueLegend: { attribute: false },
    valueText: { attribute: false },
    borderScale: { attribute: false },
    startYear: { attribute: false },
    dt: { attribute: false },
    detailProvider: { attribute: false },
    layout: { state: true },
    transform: { state: true },
    hover: { state: true },
    detail: { state: true },
    gesture: { state: true },
  };

  declare world: MapWorld;
  declare geometry: MapGeometryInput | null;
  declare codes: readonly string[] | null;
  declare stages: Uint8Array | null;
  declare innovation: number;
  declare marks: MapMarks | null;
  /** localities outlined on the map (where a milestone applies), or null */
  declare places: readonly number[] | null;
  declare links: readonly MapLink[] | null;
  declare showLinks: boolean;
  declare lang: Locale;
  declare palette: Palette;
  /** set for a map coloured by a value (class codes in `stages`): its legend instead of the stages' */
  declare valueLegend: ValueLegend | null;
  /** a value map's tooltip text of a locality */
  declare valueText: ((index: number) => string) | null;
  /** multiplies the widths of unit and province borders (projector mode thickens them) */
  declare borderScale: number;
  declare startYear: number;
  declare dt: number;
  declare detailProvider: DetailProvider | null;
  /** the projected map at the current size (null until geometry, codes and a size are known) */
  declare layout: MapLayout | null;
  declare transform: ZoomTransform;
  declare hover: HoverTarget | null;
  declare detail: LocalityDetail | null;
  /** a zoom or pan gesture is running (the layers are moved as images until it ends) */
  declare gesture: boolean;

  /** Timing of the per-frame recolour (ms), for the frame benchmark and for curious developers. */
  readonly frameStats = new FrameStats();

  private index: MapIndex | null = null;
  /** the fill canvas: label raster per view, colour lookup per frame (fill-layer.ts) */
  private fills = new FillLayer();
  private size: ViewSize = { width: 0, height: 0, dpr: 1 };
  private anchors = new Map<number, Anchor | null>();
  private pinned = false;
  private pointer: { x: number; y: number } | null = null;
  private hoverFrame = 0;
  private detailAt = 0;
  private zoomBehavior: ZoomBehavior<HTMLElement, unknown> | null = null;
  /** measures the surface outside Lit's updates (measuring in firstUpdated would set `layout` inside one) */
  private readonly surfaceObserver = new SurfaceObserver(this, () => this.surface(), () => this.measure());

  constructor() {
    super();
    this.world = 'china';
    this.geometry = null;
    this.codes = null;
    this.stages = null;
    this.innovation = 0;
    this.marks = null;
    this.places = null;
    this.links = null;
    this.showLinks = false;
    this.lang = getLocale();
    this.palette = DEFAULT_PALETTE;
    this.valueLegend = null;
    this.valueText = null;
    this.borderScale = 1;
    this.startYear = 0;
    this.dt = 1 / 12;
    this.detailProvider = null;
    this.layout = null;
    this.transform = zoomIdentity;
    this.hover = null;
    this.detail = null;
    this.gesture = false;
  }

  override render() {
    const layout = this.layout;
    const tr = (key: Parameters<typeof mapText>[1]) => mapText(this.lang, key);
    return html`<div class="frame"><div
        class="surface"
        tabindex="0"
        role="img"
        aria-label=${tr(this.world === 'us-states' ? 'map.label.usStates' : 'map.label')}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
      >
        <canvas class="fills"></canvas>
        <canvas class="lines"></canvas>
        ${layout ? renderOverlay(this.overlayState(layout), layout, this.transform) : ''}
        ${layout && hasInset(layout)
          ? html`<div class="inset-label" style=${cssProps(insetLabelPlace(layout))}>
              ${tr('map.inset')}
            </div>`
          : ''}
      </div>
      ${renderLegend(
        {
          lang: this.lang,
          palette: this.palette,
          showLinks: this.showLinks,
          zoomed: this.transform.k !== 1 || this.transform.x !== 0 || this.transform.y !== 0,
          value: this.valueLegend,
        },
        { onToggleLinks: this.onToggleLinks, onResetZoom: this.resetZoom },
      )}
      ${renderTooltip(this.hover, this.detail, {
        lang: this.lang,
        palette: this.palette,
        innovation: this.innovation,
        startYear: this.startYear,
        dt: this.dt,
        width: this.size.width,
        height: this.size.height,
        valueText: this.valueText,
      })}</div>`;
  }

  override firstUpdated(): void {
    const surface = this.surface();
    this.zoomBehavior = zoom<HTMLElement, unknown>()
      .scaleExtent([1, 16])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
      })
      .on('start.layers', () => (this.gesture = true))
      .on('end.layers', () => (this.gesture = false));
    select(surface).call(this.zoomBehavior);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.hoverFrame);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A new run of the same world brings an equal codes array: keep the layout and its rasters.
    if (changed.has('geometry') || changed.has('world') || (changed.has('codes') && !sameCodes(changed.get('codes'), this.codes))) {
      this.index = this.geometry ? indexMap(toMapGeometry(this.geometry), this.codes ?? [], this.world) : null;
      this.relayout();
    }
    if (changed.has('marks') || changed.has('links') || changed.has('layout')) this.anchors.clear();
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.layout) return;
    // A gesture's end redraws both layers crisp (a click starts and ends one within a single update).
    const gestureToggled = changed.has('gesture') && changed.get('gesture') !== this.gesture;
    const geometryChanged = changed.has('layout') || changed.has('transform') || gestureToggled;
    if (geometryChanged || changed.has('borderScale')) this.drawLineLayer();
    if (geometryChanged || changed.has('stages') || changed.has('palette')) this.drawFillLayer();
    if (changed.has('stages') && this.hover && this.hover.locality >= 0 && performance.now() - this.detailAt > DETAIL_REFRESH_MS) {
      this.requestDetail(this.hover.locality);
    }
  }

  /** Repaint the whole map now, e.g. after mutating `stages` in place. */
  redraw(): void {
    this.fills.invalidate();
    this.drawFillLayer();
  }

  /** Back to the whole map. */
  resetZoom = (): void => {
    if (this.zoomBehavior) select(this.surface()).call(this.zoomBehavior.transform, zoomIdentity);
  };

  private surface(): HTMLElement {
    return this.renderRoot.querySelector('.surface') as HTMLElement;
  }

  private canvas(name: 'fills' | 'lines'): HTMLCanvasElement {
    return this.renderRoot.querySelector(`canvas.${name}`) as HTMLCanvasElement;
  }

  private measure(): void {
    const size = resizeCanvases(this.surface(), this.size, [this.canvas('fills'), this.canvas('lines')]);
    if (!size) return;
    const { width, height } = (this.size = size);
    this.fills.invalidate(); // resizing cleared the canvases
    this.zoomBehavior?.translateExtent([
      [0, 0],
      [width, height],
    ]);
    this.relayout();
  }

  private relayout(): void {
    const { width, height } = this.size;
    this.layout = this.index && width > 0 && height > 0 ? layoutMap(this.index, width, height) : null;
  }

  private scales(layout: MapLayout): MapScales {
    return { layout, transform: this.transform, dpr: this.size.dpr };
  }

  /**
   * Recolour: colour lookup per pixel through the view's label raster (built when the view changes,
   * not timed as a recolour; kept while a zoom gesture runs, its image moved instead).
   */
  private drawFillLayer(): void {
    const layout = this.layout;
    if (!layout) return;
    const canvas = this.canvas('fills');
    const view = { ...this.scales(layout), width: canvas.width, height: canvas.height };
    this.fills.prepare(view, this.gesture);
    const t0 = performance.now();
    const drawn = this.fills.draw(canvas.getContext('2d')!, { stages: this.stages, palette: this.palette, paper: PAPER }, view);
    if (drawn) this.frameStats.add(performance.now() - t0);
  }

  private drawLineLayer(): void {
    if (!this.layout) return;
    const k = this.borderScale > 0 ? this.borderScale : 1;
    const style = k === 1 ? LINE_STYLE : { ...LINE_STYLE, borderWidth: LINE_STYLE.borderWidth * k, provinceWidth: LINE_STYLE.provinceWidth * k };
    drawLines(this.canvas('lines').getContext('2d')!, style, this.scales(this.layout));
  }

  private anchor(locality: number, layout: MapLayout): Anchor | null {
    const f = layout.index.featureOfLocality[locality];
    if (f === undefined || f < 0) return null;
    let a = this.anchors.get(f);
    if (a === undefined) this.anchors.set(f, (a = featureAnchor(layout, f)));
    return a;
  }

  private overlayState(layout: MapLayout): OverlayState {
    const anchorsOf = (ids: readonly number[] | undefined) =>
      (ids ?? []).map((i) => this.anchor(i, layout)).filter((a): a is Anchor => a !== null);
    const links: [Anchor, Anchor][] = [];
    if (this.showLinks && this.links) {
      for (let j = this.links.length - 1; j >= 0 && links.length < MAX_LINKS; j--) {
        const l = this.links[j];
        if (l.source < 0 || (l.innovation !== undefined && l.innovation !== this.innovation)) continue;
        const a = this.anchor(l.source, layout);
        const b = this.anchor(l.learner, layout);
        if (a && b) links.push([a, b]);
      }
    }
    const hover = this.hover ? featureOutline(layout, this.hover.feature) : null;
    return { origins: anchorsOf(this.marks?.origins), demos: anchorsOf(this.marks?.demos), links, hover, places: this.placesOutline(layout) };
  }

  private placesCache: { layout: MapLayout; places: readonly number[]; outline: { main: string; inset: string } } | null = null;

  /** The outlines of `places`, joined into one path per view (built once per places and layout, not per frame). */
  private placesOutline(layout: MapLayout): { main: string; inset: string } | null {
    const places = this.places;
    if (!places || places.length === 0) return null;
    const cached = this.placesCache;
    if (cached && cached.layout === layout && cached.places === places) return cached.outline;
    const main: string[] = [];
    const inset: string[] = [];
    for (const i of places) {
      const f = layout.index.featureOfLocality[i];
      if (f === undefined || f < 0) continue;
      const o = featureOutline(layout, f);
      if (o.main) main.push(o.main);
      if (o.inset) inset.push(o.inset);
    }
    const outline = { main: main.join(''), inset: inset.join('') };
    this.placesCache = { layout, places, outline };
    return outline;
  }

  private target(x: number, y: number): HoverTarget | null {
    const layout = this.layout;
    if (!layout) return null;
    const f = hitTest(layout, this.transform, x, y);
    if (f < 0) return null;
    const props = layout.index.geometry.features[f].properties ?? {};
    return {
      feature: f,
      locality: layout.index.localityOfFeature[f],
      x,
      y,
      featureName: String(props.name ?? layout.index.geometry.ids[f]),
      featureNameEn: String(props.nameEn ?? props.name_en ?? BACKGROUND_NAMES_EN[layout.index.geometry.ids[f]] ?? ''),
    };
  }

  private setHover(target: HoverTarget | null): void {
    const previous = this.hover;
    this.hover = target;
    if ((previous?.feature ?? -1) === (target?.feature ?? -1)) return;
    this.detail = null;
    const index = target ? target.locality : -1;
    this.emit('idl-map-hover', { index, code: index >= 0 ? (this.codes?.[index] ?? '') : '' });
    if (target && target.locality >= 0) this.requestDetail(target.locality);
  }

  private async requestDetail(index: number): Promise<void> {
    if (!this.detailProvider) return;
    this.detailAt = performance.now();
    const detail = await this.detailProvider(index);
    if (this.hover?.locality === index) this.detail = detail;
  }

  private onPointerMove = (e: PointerEvent): void => {
    if (this.pinned || e.buttons !== 0) return;
    const rect = this.surface().getBoundingClientRect();
    this.pointer = { x: e.clientX - rect.left, y: e.clientY - rect.top };
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      if (this.pointer && !this.pinned) this.setHover(this.target(this.pointer.x, this.pointer.y));
    });
  };

  private onPointerLeave = (): void => {
    this.pointer = null;
    if (!this.pinned) this.setHover(null);
  };

  private onClick = (e: MouseEvent): void => {
    const rect = this.surface().getBoundingClientRect();
    const target = this.target(e.clientX - rect.left, e.clientY - rect.top);
    const same = target && this.pinned && this.hover?.feature === target.feature;
    this.pinned = !!target && !same;
    this.setHover(same ? null : target);
    if (target && !same && target.locality >= 0) {
      this.emit('idl-map-select', { index: target.locality, code: this.codes?.[target.locality] ?? '' });
    }
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (!this.zoomBehavior) return;
    const s = select(this.surface());
    const step = 60 / this.transform.k;
    const actions: Record<string, () => void> = {
      '+': () => this.zoomBehavior!.scaleBy(s, 1.5),
      '=': () => this.zoomBehavior!.scaleBy(s, 1.5),
      '-': () => this.zoomBehavior!.scaleBy(s, 1 / 1.5),
      '0': this.resetZoom,
      ArrowLeft: () => this.zoomBehavior!.translateBy(s, step, 0),
      ArrowRight: () => this.zoomBehavior!.translateBy(s, -step, 0),
      ArrowUp: () => this.zoomBehavior!.translateBy(s, 0, step),
      ArrowDown: () => this.zoomBehavior!.translateBy(s, 0, -step),
      Escape: () => {
        this.pinned = false;
        this.setHover(null);
      },
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  private onToggleLinks = (e: Event): void => {
    this.showLinks = (e.target as HTMLInputElement).checked;
    this.emit('idl-map-links', { show: this.showLinks });
  };

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/**
 * The inset label's place: over the top of the inset box, right-aligned with its right edge, at
 * least 7.5em wide (wrapping at word breaks) so that a narrow inset (a phone) does not push the
 * last word out of the map, where the surface would clip it.
 */
function insetLabelPlace(layout: MapLayout): Record<string, string> {
  const r = layout.insetRect;
  return { right: `${Math.max(0, layout.width - r.x - r.width)}px`, top: `${r.y}px`, 'max-width': `max(${r.width}px, 7.5em)` };
}

function sameCodes(a: readonly string[] | null | undefined, b: readonly string[] | null): boolean {
  if (!a || !b || a.length !== b.length) return a === b;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

if (!customElements.get('idl-map')) customElements.define('idl-map', IdlMap);

declare global {
  interface HTMLElementTagNameMap {
    'idl-map': IdlMap;
  }
}
