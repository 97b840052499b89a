/**
 * `<idl-landscape>`: the diffusion landscape — the map's units raised by how early they adopted
 * (after Hägerstrand: the spread reads as a landscape falling away from its origins), by their
 * quality now, or by an ensemble's probability of adoption — drawn in 3D with three.js (WebGL 2).
 * Its module (and three.js with it) is loaded only when the view is opened.
 *
 * Properties: world, geometry, codes (as `<idl-map>`); data (the service's getLandscape for the
 * shown innovation); run (start year, years per tick, names); probability (compare mode's
 * probability of having adopted by the shown year, or null); palette; lang; fileName (of the PNG).
 * The user picks the height (`mode`) in the view; the choice fires `idl-landscape-mode` {mode}
 * (the shell then reads compare mode's result again).
 *
 * Drawing: one BufferGeometry of prisms (landscapeGeometry.ts) built per map; a new `data` only
 * rewrites heights and colours. Tops are unlit (the map's exact colours, so the legend holds);
 * walls are lit from the south-west, so the relief shows. Rendered on demand (after a change, once
 * per animation frame at most), each render timed in `frameStats`.
 *
 * Controls: drag rotates and tilts, wheel and pinch zoom; on the focused view the arrows rotate
 * and tilt, + − zoom, 0 or R resets; buttons do the same. The summary under the view says in words
 * what the landscape shows.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DirectionalLight,
  HemisphereLight,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three';
import type { Locale } from '../i18n/i18n.ts';
import { getLocale } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { DEFAULT_PALETTE, FRAME_COLOR, STAGE_ORDER, type Palette } from '../palette.ts';
import { toMapGeometry, type MapGeometryInput } from '../map/map-geometry.ts';
import { indexMap, type MapIndex } from '../map/map-index.ts';
import type { MapWorld } from '../map/map-projection.ts';
import { renderLegend } from '../map/map-legend.ts';
import { mapStyles } from '../map/map-styles.ts';
import { mapText, mapYearMonth } from '../map/map-text.ts';
import { FrameStats } from '../map/frame-stats.ts';
import { probabilityClasses } from '../compare/mapClasses.ts';
import { saveBlob } from '../export/download.ts';
import { buildLandscapeGeometry, setColours, setHeights, type LandscapeGeometry } from './landscapeGeometry.ts';
import { cameraPosition, DEFAULT_VIEW, rotate, ROTATE_STEP, tilt, TILT_STEP, viewForKey, zoom, ZOOM_STEP, type OrbitView } from './orbitView.ts';
import {
  landscapeHeights,
  landscapeSummary,
  LANDSCAPE_MODES,
  type LandscapeData,
  type LandscapeMode,
  type LandscapeProbability,
  type LandscapeRun,
} from './landscapeValues.ts';

/** Height of the tallest unit, world units (the plane is 2 wide): tall enough to read, low enough to see past. */
export const RELIEF = 0.22;
const PAPER = '#ffffff';
/**
 * The point the camera orbits: a little south of the map's centre (seen from the south, the near
 * half looks larger, so this centres the whole map in the frame), a quarter of the relief up.
 */
const TARGET: readonly [number, number, number] = [0, -0.12, RELIEF / 4];
/** Radians of rotation per CSS pixel dragged. */
const DRAG_RADIANS = 0.008;

export class IdlLandscape extends LitElement {
  static override styles = [
    mapStyles,
    css`
      :host { aspect-ratio: auto; gap: 6px; }
      /* the map's 4 : 3, but never taller than most of the window (a projector's 16 : 9 screen) */
      .surface { aspect-ratio: 4 / 3; max-height: 78vh; cursor: grab; }
      canvas { width: 100%; height: 100%; display: block; pointer-events: auto; }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
      .bar label { display: flex; align-items: center; gap: 6px; }
      :host { color: var(--idl-fg, #1a1a1a); }
      .bar select, .bar button {
        font: inherit; min-height: 32px; padding: 2px 10px; cursor: pointer;
        border: var(--idl-border-width, 1px) solid var(--idl-control-border, #8a8a8a); border-radius: 6px;
        background: var(--idl-surface, #fff); color: var(--idl-fg, #1a1a1a);
      }
      .bar button:hover:not(:disabled) { background: var(--idl-hover, #eef3f9); }
      .bar button:focus-visible, .bar select:focus-visible { outline: 3px solid var(--idl-focus, #0b5cad); outline-offset: 1px; }
      .surface:focus-visible { box-shadow: inset 0 0 0 3px var(--idl-focus, #0b5cad); }
      .height-note, .keys, .status { margin: 0; color: var(--idl-muted, #444); }
      .summary { margin: 0; font-size: 1.05em; }
      .no-webgl { padding: 2em 1em; border: 1px dashed #888; }
    `,
  ];

  static override properties = {
    world: { type: String },
    geometry: { attribute: false },
    codes: { attribute: false },
    data: { attribute: false },
    run: { attribute: false },
    probability: { attribute: false },
    palette: { attribute: false },
    lang: { type: String, reflect: true },
    // the app names the PNG after the shown tick, so it changes on every frame of a playing run, and
    // only the PNG button's click reads it: a new name is kept without rendering the view again
    fileName: { attribute: false, hasChanged: () => false },
    mode: { type: String, reflect: true },
    status: { state: true },
    webgl: { state: true },
  };

  declare world: MapWorld;
  declare geometry: MapGeometryInput | null;
  declare codes: readonly string[] | null;
  declare data: LandscapeData | null;
  declare run: LandscapeRun | null;
  declare probability: LandscapeProbability | null;
  declare palette: Palette;
  declare lang: Locale;
  /** the PNG's file name */
  declare fileName: string;
  /** what raises a unit */
  declare mode: LandscapeMode;
  /**
   * The camera's orbit. Not a reactive property: it changes on every pointer move of a drag, and
   * only the canvas depends on it, so it schedules a draw without rendering the template again.
   */
  get view(): OrbitView {
    return this.orbit;
  }
  set view(view: OrbitView) {
    this.orbit = view;
    this.scheduleRender();
  }
  /** the last export's message */
  declare status: string;
  /** false when the browser gives no WebGL 2 context */
  declare webgl: boolean;

  /** Timing of each render (ms): scene to pixels, the GPU's work included (see `measureFrame`). */
  readonly frameStats = new FrameStats();

  private renderer: WebGLRenderer | null = null;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(30, 4 / 3, 0.05, 50);
  private land: LandscapeGeometry | null = null;
  private index: MapIndex | null = null;
  private mesh: Mesh | null = null;
  private frame: LineSegments | null = null;
  private readonly topMaterial = new MeshBasicMaterial({ vertexColors: true });
  private readonly wallMaterial = new MeshLambertMaterial({ vertexColors: true });
  private pending = 0;
  private orbit: OrbitView = DEFAULT_VIEW;
  private resizeObserver: ResizeObserver | null = null;
  private readonly pointers = new Map<number, { x: number; y: number }>();

  constructor() {
    super();
    this.world = 'china';
    this.geometry = null;
    this.codes = null;
    this.data = null;
    this.run = null;
    this.probability = null;
    this.palette = DEFAULT_PALETTE;
    this.lang = getLocale();
    this.fileName = 'landscape.png';
    this.mode = 'adoption';
    this.status = '';
    this.webgl = true;
    this.scene.background = new Color(PAPER);
    // sky and ground light for every face, and a sun from the south-west, low enough to light walls
    this.scene.add(new HemisphereLight(0xffffff, 0x8a8a8a, 2.2));
    const sun = new DirectionalLight(0xffffff, 1.6);
    sun.position.set(-1.5, -2, 1.2);
    this.scene.add(sun);
    this.camera.up.set(0, 0, 1);
  }

  private tr(key: MessageKey, params?: Record<string, string | number>): string {
    return mapText(this.lang, key, params);
  }

  override render() {
    const tr = (key: MessageKey, p?: Record<string, string | number>) => this.tr(key, p);
    const summary = this.summary();
    const modeName = tr(`landscape.mode.${this.mode}` as MessageKey);
    return html`<div class="bar">
        <label
          >${tr('landscape.mode')}
          <select class="mode" @change=${this.onMode}>
            ${LANDSCAPE_MODES.map((m) => html`<option value=${m} ?selected=${m === this.mode}>${tr(`landscape.mode.${m}` as MessageKey)}</option>`)}
          </select>
        </label>
        <button class="rotate-left" @click=${() => this.setView(rotate(this.view, -ROTATE_STEP))}>⟲ ${tr('landscape.rotateLeft')}</button>
        <button class="rotate-right" @click=${() => this.setView(rotate(this.view, ROTATE_STEP))}>⟳ ${tr('landscape.rotateRight')}</button>
        <button class="tilt-up" @click=${() => this.setView(tilt(this.view, TILT_STEP))}>${tr('landscape.tiltUp')}</button>
        <button class="tilt-down" @click=${() => this.setView(tilt(this.view, -TILT_STEP))}>${tr('landscape.tiltDown')}</button>
        <button class="zoom-in" aria-label=${tr('landscape.zoomIn')} title=${tr('landscape.zoomIn')} @click=${() => this.setView(zoom(this.view, ZOOM_STEP))}>+</button>
        <button class="zoom-out" aria-label=${tr('landscape.zoomOut')} title=${tr('landscape.zoomOut')} @click=${() => this.setView(zoom(this.view, 1 / ZOOM_STEP))}>−</button>
        <button class="reset" @click=${() => this.setView(DEFAULT_VIEW)}>${tr('landscape.reset')}</button>
        <button class="png" ?disabled=${!this.webgl} @click=${this.onPng}>${tr('landscape.png')}</button>
        <span class="status" role="status">${this.status}</span>
      </div>
      ${this.webgl
        ? html`<div
            class="surface"
            tabindex="0"
            role="img"
            aria-label=${tr('landscape.label', { what: modeName })}
            aria-describedby="summary"
            @keydown=${this.onKeyDown}
            @pointerdown=${this.onPointerDown}
            @pointermove=${this.onPointerMove}
            @pointerup=${this.onPointerUp}
            @pointercancel=${this.onPointerUp}
            @wheel=${this.onWheel}
          >
            <canvas></canvas>
          </div>`
        : html`<p class="no-webgl" role="alert">${tr('landscape.noWebgl')}</p>`}
      ${this.legend()}
      <p class="height-note">${this.heightNote()}</p>
      <p class="keys">${tr('landscape.keys')}</p>
      <p class="summary" id="summary" aria-live="polite">${summary}</p>`;
  }

  private legend() {
    if (this.mode === 'probability') {
      if (!this.probability) return nothing;
      const classes = probabilityClasses(this.probability.values, this.tr('landscape.mode.probability'));
      return renderLegend({ lang: this.lang, palette: classes.palette, showLinks: false, zoomed: false, value: classes.legend }, NO_HANDLERS);
    }
    // the map's stage legend and its grey of units not simulated (the landscape draws no marks or links)
    const stages = { title: this.tr('legend.title'), items: STAGE_ORDER.map((s) => ({ colour: this.palette.stages[s], label: this.tr(`stage.${s}` as MessageKey) })) };
    return renderLegend({ lang: this.lang, palette: this.palette, showLinks: false, zoomed: false, value: stages }, NO_HANDLERS);
  }

  private heightNote(): string {
    if (this.mode === 'quality') return this.tr('landscape.height.quality');
    if (this.mode === 'probability') {
      const p = this.probability;
      return p ? this.tr('landscape.height.probability', { runs: p.runs, date: mapYearMonth(this.lang, p.time) }) : this.tr('landscape.noEnsemble');
    }
    const max = this.data && this.run ? landscapeHeights('adoption', this.data, this.run.dt, null).max : 0;
    return this.tr('landscape.height.adoption', { years: new Intl.NumberFormat(this.lang, { maximumFractionDigits: 1 }).format(max) });
  }

  private summary(): string {
    if (!this.data || !this.run) return '';
    return landscapeSummary(this.lang, this.mode, this.data, this.run, this.probability);
  }

  override firstUpdated(): void {
    this.startRenderer();
  }

  /**
   * Closing the view releases its GPU memory and its WebGL context at once (a browser keeps only
   * about 16 contexts alive; a teacher may open and close the view many times in a lesson).
   */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.pending);
    this.pending = 0;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.mesh?.geometry.dispose();
    this.frame?.geometry.dispose();
    this.renderer?.dispose();
    this.renderer?.forceContextLoss();
    this.renderer = null;
  }

  /** Put back in the page (moved, not new): a fresh canvas and context, the same prisms. */
  override connectedCallback(): void {
    super.connectedCallback();
    const canvas = this.canvas();
    if (!this.hasUpdated || this.renderer || !canvas) return;
    canvas.replaceWith(document.createElement('canvas'));
    this.startRenderer();
  }

  private canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas');
  }

  private startRenderer(): void {
    const canvas = this.canvas();
    if (!canvas) return;
    try {
      // preserveDrawingBuffer off: reads (PNG, tests) render and copy in the same task instead
      this.renderer = new WebGLRenderer({ canvas, antialias: true });
    } catch {
      this.webgl = false;
      return;
    }
    this.renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    this.observeSize();
    // back in the page: the prisms are kept (the new context uploads them again on the first render)
    if (this.land) this.scheduleRender();
    else this.rebuild();
  }

  private observeSize(): void {
    const surface = this.renderRoot.querySelector('.surface');
    if (!surface) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(surface);
  }

  private resize(): void {
    const surface = this.renderRoot.querySelector('.surface') as HTMLElement | null;
    if (!surface || !this.renderer) return;
    const { width, height } = surface.getBoundingClientRect();
    if (!(width > 0 && height > 0)) return;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.renderNow();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('geometry') || changed.has('world') || changed.has('codes')) {
      this.index = this.geometry ? indexMap(toMapGeometry(this.geometry), this.codes ?? [], this.world) : null;
      if (this.renderer) this.rebuild();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('mode') || changed.has('probability') || changed.has('palette')) this.restyle();
  }

  /** A new map: its prisms built once, then raised and coloured. */
  private rebuild(): void {
    if (this.mesh) {
      this.scene.remove(this.mesh);
      this.mesh.geometry.dispose();
      this.mesh = null;
    }
    if (this.frame) {
      this.scene.remove(this.frame);
      this.frame.geometry.dispose();
      this.frame = null;
    }
    this.land = this.index ? buildLandscapeGeometry(this.index) : null;
    if (!this.land) return;
    this.mesh = new Mesh(this.land.geometry, [this.topMaterial, this.wallMaterial]);
    this.scene.add(this.mesh);
    if (this.land.insetFrame.length > 0) {
      const g = new BufferGeometry();
      g.setAttribute('position', new BufferAttribute(this.land.insetFrame, 3));
      this.frame = new LineSegments(g, new LineBasicMaterial({ color: FRAME_COLOR }));
      this.scene.add(this.frame);
    }
    this.restyle();
  }

  /** Heights and colours from the data and the mode (attributes rewritten, geometry kept). */
  private restyle(): void {
    const land = this.land;
    const index = this.index;
    if (!land || !index) return;
    const nf = land.featureCount;
    const featureHeight = new Float32Array(nf);
    const rgb = new Float32Array(3 * nf);
    const data = this.data;
    const probability = this.mode === 'probability' ? this.probability : null;
    const heights = data && this.run ? landscapeHeights(this.mode, data, this.run.dt, probability).heights : null;
    const classes = probability ? probabilityClasses(probability.values, '') : null;
    const palette = classes ? classes.palette : this.palette;
    const colours = [...palette.stages, palette.background].map((c) => new Color(c));
    const grey = colours[colours.length - 1];
    for (let f = 0; f < nf; f++) {
      const i = index.localityOfFeature[f];
      let c = grey;
      if (i >= 0 && data) {
        const code = classes ? classes.codes[i] : data.stage[i];
        c = colours[code] ?? grey;
        featureHeight[f] = heights ? RELIEF * heights[i] : 0;
      } else if (i >= 0 && !data) {
        c = colours[0];
      }
      rgb[3 * f] = c.r;
      rgb[3 * f + 1] = c.g;
      rgb[3 * f + 2] = c.b;
    }
    setHeights(land, featureHeight);
    setColours(land, rgb);
    this.scheduleRender();
  }

  private scheduleRender(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.renderNow();
    });
  }

  /** Draw the scene now (the camera from `view`); returns the CPU time of the call, ms. */
  renderNow(): number {
    if (!this.renderer) return 0;
    const t0 = performance.now();
    const [x, y, z] = cameraPosition(this.view);
    const [tx, ty, tz] = TARGET;
    this.camera.position.set(tx + x, ty + y, tz + z);
    this.camera.lookAt(tx, ty, tz);
    this.renderer.render(this.scene, this.camera);
    const ms = performance.now() - t0;
    this.frameStats.add(ms);
    return ms;
  }

  /**
   * One whole frame, ms: render and wait until the GPU has drawn it (a one-pixel read-back makes
   * the wait), the figure the frame budget is checked against.
   */
  measureFrame(): number {
    if (!this.renderer) return 0;
    const gl = this.renderer.getContext();
    const t0 = performance.now();
    this.renderNow();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    return performance.now() - t0;
  }

  /** The view as pixels: rendered and copied at once (the drawing buffer is not preserved). */
  snapshot(): HTMLCanvasElement | null {
    const canvas = this.canvas();
    if (!this.renderer || !canvas || canvas.width === 0) return null;
    this.renderNow();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')!.drawImage(canvas, 0, 0);
    return copy;
  }

  /** The view as a PNG. */
  async toPng(): Promise<Blob> {
    const copy = this.snapshot();
    if (!copy) throw new Error('landscape: nothing drawn yet');
    return new Promise((resolve, reject) => copy.toBlob((b) => (b ? resolve(b) : reject(new Error('landscape: PNG encoding failed'))), 'image/png'));
  }

  private setView(view: OrbitView): void {
    this.view = view;
  }

  private onMode = (e: Event): void => {
    this.mode = (e.target as HTMLSelectElement).value as LandscapeMode;
    this.dispatchEvent(new CustomEvent('idl-landscape-mode', { detail: { mode: this.mode }, bubbles: true, composed: true }));
  };

  private onPng = async (): Promise<void> => {
    try {
      saveBlob(await this.toPng(), this.fileName);
      this.status = this.tr('landscape.saved', { name: this.fileName });
    } catch (err) {
      this.status = err instanceof Error ? err.message : String(err);
    }
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const next = viewForKey(this.view, e.key);
    if (!next) return;
    // taken here: the app's own arrow shortcuts (step the run) do not also fire
    e.preventDefault();
    this.setView(next);
  };

  private onPointerDown = (e: PointerEvent): void => {
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      // a pointer the browser no longer tracks (already up): the drag simply ends at the edge
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };

  private onPointerMove = (e: PointerEvent): void => {
    const last = this.pointers.get(e.pointerId);
    if (!last) return;
    if (this.pointers.size === 1) {
      this.setView(tilt(rotate(this.view, -(e.clientX - last.x) * DRAG_RADIANS), (e.clientY - last.y) * DRAG_RADIANS));
    } else if (this.pointers.size === 2) {
      // pinch: the ratio of the two fingers' distances, before and after this move
      const other = [...this.pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        if (before > 0 && after > 0) this.setView(zoom(this.view, after / before));
      }
    }
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  };

  private onPointerUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
  };

  private onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    this.setView(zoom(this.view, Math.exp(-e.deltaY * 0.002)));
  };
}

const NO_HANDLERS = { onToggleLinks: () => {}, onResetZoom: () => {} };

if (!customElements.get('idl-landscape')) customElements.define('idl-landscape', IdlLandscape);

declare global {
  interface HTMLElementTagNameMap {
    'idl-landscape': IdlLandscape;
  }
}
