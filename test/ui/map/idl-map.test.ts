import { afterEach, describe, expect, it, vi } from 'vitest';
import { select, type ZoomBehavior } from 'd3';
import '../../../src/ui/map/idl-map.ts';
import type { IdlMap } from '../../../src/ui/map/idl-map.ts';
import { featureAnchor } from '../../../src/ui/map/map-layout.ts';
import { BACKGROUND_COLOR, STAGE_COLORS } from '../../../src/ui/palette.ts';
import { attach, detailFor, rgb, syntheticMap } from './fixture.ts';

const N = 13; // 12 grid cells + the island unit

async function mount(stages?: Uint8Array, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<IdlMap> {
  const el = document.createElement('idl-map');
  el.style.width = '800px';
  el.style.height = '600px';
  const { geometry, codes } = syntheticMap();
  el.geometry = geometry;
  el.codes = codes;
  el.stages = stages ?? new Uint8Array(N);
  el.lang = lang;
  return attach(el);
}

function shadow<T extends Element>(el: IdlMap, selector: string): T {
  return el.shadowRoot!.querySelector(selector) as T;
}

/** The colour of the fill canvas at a point given in CSS px of the map. */
function pixel(el: IdlMap, x: number, y: number): number[] {
  const canvas = shadow<HTMLCanvasElement>(el, 'canvas.fills');
  const dpr = canvas.width / el.layout!.width;
  return [...canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data];
}

/** Every pixel of the fill canvas, RGBA as 32-bit numbers. */
function image(el: IdlMap): Uint32Array {
  const canvas = shadow<HTMLCanvasElement>(el, 'canvas.fills');
  return new Uint32Array(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
}

/** How many pixels of two images differ (they must be of one size). */
function differing(a: Uint32Array, b: Uint32Array): number {
  expect(a.length).toBe(b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

async function zoomByKey(el: IdlMap, key: string): Promise<void> {
  shadow<HTMLElement>(el, '.surface').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await el.updateComplete;
}

/** Screen point (CSS px) of feature f's anchor, main view under the current zoom, or the inset. */
function screenPoint(el: IdlMap, f: number): { x: number; y: number; inset: boolean } {
  const a = featureAnchor(el.layout!, f)!;
  const t = el.transform;
  return a.inset ? a : { x: t.x + t.k * a.x, y: t.y + t.k * a.y, inset: false };
}

function featureOf(el: IdlMap, code: string): number {
  return el.layout!.index.geometry.ids.indexOf(code);
}

async function pointAt(el: IdlMap, type: 'pointermove' | 'click', x: number, y: number): Promise<void> {
  const surface = shadow<HTMLElement>(el, '.surface');
  const r = surface.getBoundingClientRect();
  const init = { clientX: r.left + x, clientY: r.top + y, bubbles: true, composed: true };
  surface.dispatchEvent(type === 'click' ? new MouseEvent('click', init) : new PointerEvent('pointermove', init));
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

afterEach(() => {
  document.body.querySelectorAll('idl-map').forEach((e) => e.remove());
});

describe('<idl-map>', () => {
  it('colours each unit by its stage and background features grey', async () => {
    const stages = Uint8Array.from({ length: N }, (_, i) => i % 7);
    const el = await mount(stages);
    for (let i = 0; i < 12; i++) {
      const p = screenPoint(el, featureOf(el, el.codes![i]));
      expect(pixel(el, p.x, p.y), `locality ${i}`).toEqual(rgb(STAGE_COLORS[i % 7]));
    }
    for (const code of ['710000', '990000']) {
      const p = screenPoint(el, featureOf(el, code));
      expect(pixel(el, p.x, p.y), code).toEqual(rgb(BACKGROUND_COLOR));
    }
  });

  it('recolours from a new stage array without re-projecting the paths', async () => {
    const el = await mount();
    const layout = el.layout;
    const p = screenPoint(el, featureOf(el, '100011'));
    expect(pixel(el, p.x, p.y)).toEqual(rgb(STAGE_COLORS[0]));
    const next = new Uint8Array(N);
    next[5] = 4;
    el.stages = next;
    await el.updateComplete;
    expect(pixel(el, p.x, p.y)).toEqual(rgb(STAGE_COLORS[4]));
    expect(el.layout).toBe(layout);
    expect(el.frameStats.count).toBeGreaterThanOrEqual(2);
  });

  it('keeps its layout when a new run brings an equal list of codes, and lays out again for other codes', async () => {
    const el = await mount();
    const layout = el.layout;
    el.codes = [...el.codes!];
    await el.updateComplete;
    expect(el.layout).toBe(layout);
    el.codes = el.codes.slice(0, 6);
    await el.updateComplete;
    expect(el.layout).not.toBe(layout);
    expect(el.layout!.index.featureOfLocality).toHaveLength(6);
  });

  it('recolours by colour lookup alone, with exactly the pixels of a fresh map of the same frame', async () => {
    const el = await mount(Uint8Array.from({ length: N }, (_, i) => i % 3));
    const fills = [vi.spyOn(CanvasRenderingContext2D.prototype, 'fill'), vi.spyOn(OffscreenCanvasRenderingContext2D.prototype, 'fill')];
    for (const [zoomIn, stage] of [
      [false, 6],
      [true, 3],
    ] as const) {
      if (zoomIn) await zoomByKey(el, '+');
      const next = el.stages!.slice();
      next[5] = stage; // a unit in the middle of the grid, bordered by four others
      next[12] = stage; // the island unit, drawn in the inset
      fills.forEach((f) => f.mockClear());
      el.stages = next;
      await el.updateComplete;
      // No path is filled again: a recolour is a colour lookup per pixel of the view's label raster.
      for (const f of fills) expect(f).not.toHaveBeenCalled();
      const recoloured = image(el);
      const c = screenPoint(el, featureOf(el, el.codes![5]));
      expect(pixel(el, c.x, c.y)).toEqual(rgb(STAGE_COLORS[stage]));
      el.redraw();
      expect(differing(image(el), recoloured)).toBe(0);
      const fresh = await mount(next);
      if (zoomIn) await zoomByKey(fresh, '+');
      expect(differing(image(fresh), recoloured)).toBe(0);
      fresh.remove();
    }
    fills.forEach((f) => f.mockRestore());
  });

  it('moves the last image while a zoom gesture runs, and draws the new view afresh when it ends', async () => {
    const stages = new Uint8Array(N);
    stages[5] = 1;
    const el = await mount(stages);
    const surface = shadow<HTMLElement>(el, '.surface');
    const r = surface.getBoundingClientRect();
    const p = screenPoint(el, featureOf(el, el.codes![5]));
    const fill = vi.spyOn(OffscreenCanvasRenderingContext2D.prototype, 'fill');
    surface.dispatchEvent(new WheelEvent('wheel', { clientX: r.left + p.x + 30, clientY: r.top + p.y + 20, deltaY: -250, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(el.gesture).toBe(true);
    expect(el.transform.k).toBeCloseTo(Math.SQRT2);
    // While the gesture runs no label raster is built (no path is filled); the last image is
    // drawn zoomed, and a recolour shows in it.
    const q = screenPoint(el, featureOf(el, el.codes![5]));
    expect(pixel(el, q.x, q.y)).toEqual(rgb(STAGE_COLORS[1]));
    const next = stages.slice();
    next[5] = 4;
    el.stages = next;
    await el.updateComplete;
    expect(pixel(el, q.x, q.y)).toEqual(rgb(STAGE_COLORS[4]));
    // The inset stays where it is.
    const island = screenPoint(el, featureOf(el, '460300'));
    expect(pixel(el, island.x, island.y)).toEqual(rgb(STAGE_COLORS[0]));
    expect(fill).not.toHaveBeenCalled();
    // d3-zoom ends a wheel gesture 150 ms after the last wheel event; then the view is drawn anew.
    await vi.waitFor(() => expect(el.gesture).toBe(false), { timeout: 3000 });
    await el.updateComplete;
    expect(fill).toHaveBeenCalled();
    fill.mockRestore();
    const fresh = await mount(next);
    // The same view, set through the element's zoom behaviour (as a gesture would).
    const behaviour = (fresh as unknown as { zoomBehavior: ZoomBehavior<HTMLElement, unknown> }).zoomBehavior;
    select(shadow<HTMLElement>(fresh, '.surface')).call(behaviour.transform, el.transform);
    await fresh.updateComplete;
    expect(differing(image(fresh), image(el))).toBe(0);
    fresh.remove();
  });

  it('draws southern islands in the inset box, not by stretching the main view', async () => {
    const stages = new Uint8Array(N);
    stages[12] = 3;
    const el = await mount(stages);
    const layout = el.layout!;
    const island = featureOf(el, '460300');
    // The 10°N polygon is only in the inset; the 16°N one is south of the main view too.
    expect(layout.main[island]).toBeNull();
    expect(layout.inset[island]).not.toBeNull();
    const r = layout.insetRect;
    expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
    expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
    expect(r.x).toBeGreaterThan(layout.width / 2);
    const a = screenPoint(el, island);
    expect(a.inset).toBe(true);
    expect(pixel(el, a.x, a.y)).toEqual(rgb(STAGE_COLORS[3]));
    // Nothing of the main view hides under the inset box.
    for (let f = 0; f < layout.main.length; f++) {
      const [x0, y0, x1, y1] = layout.mainBox.subarray(4 * f, 4 * f + 4);
      if (Number.isNaN(x0)) continue;
      const overlaps = x1 > r.x && x0 < r.x + r.width && y1 > r.y && y0 < r.y + r.height;
      expect(overlaps, `feature ${layout.index.geometry.ids[f]} under the inset`).toBe(false);
    }
    // The main view is fitted to the mainland: its southern cells reach the bottom margin region.
    const [, ySouth] = layout.projection([100, 25])!;
    expect(ySouth).toBeGreaterThan(layout.height * 0.75);
  });

  it('shows a tooltip with name, province, stage, quality and who it learned from', async () => {
    const stages = new Uint8Array(N);
    stages[5] = 2;
    const el = await mount(stages);
    const provider = vi.fn((i: number) => Promise.resolve(detailFor(i, el.codes![i], stages[i])));
    el.detailProvider = provider;
    const hovered: number[] = [];
    el.addEventListener('idl-map-hover', (e) => hovered.push((e as CustomEvent).detail.index));
    const p = screenPoint(el, featureOf(el, el.codes![5]));
    await pointAt(el, 'pointermove', p.x, p.y);
    await vi.waitFor(() => expect(shadow(el, '.tooltip')).not.toBeNull());
    expect(hovered).toEqual([5]);
    expect(provider).toHaveBeenCalledWith(5);
    const text = shadow<HTMLElement>(el, '.tooltip').textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('单元100011');
    expect(text).toContain('浙江省');
    expect(text).toContain('借鉴调适');
    expect(text).toContain('0.62');
    expect(text).toContain('诸暨市');
    expect(text).toContain('相邻地区');

    el.lang = 'en';
    await el.updateComplete;
    const en = shadow<HTMLElement>(el, '.tooltip').textContent!.replace(/\s+/g, ' ');
    expect(en).toContain('Danyuan 100011');
    expect(en).toContain('Zhejiang');
    expect(en).toContain('adapting');
    expect(en).toContain('Learned from Zhuji via neighbours');
    expect(shadow<HTMLElement>(el, '.legend').textContent).toContain('not simulated');
  });

  it('says in the tooltip when the innovation is no fit for the locality', async () => {
    const stages = new Uint8Array(N);
    const el = await mount(stages);
    el.detailProvider = (i: number) => {
      const d = detailFor(i, el.codes![i], 0);
      d.innovations[0].unfit = true;
      d.innovations[0].learned = null;
      return Promise.resolve(d);
    };
    const p = screenPoint(el, featureOf(el, el.codes![5]));
    await pointAt(el, 'pointermove', p.x, p.y);
    await vi.waitFor(() => expect(shadow(el, '.tooltip')).not.toBeNull());
    expect(shadow<HTMLElement>(el, '.tooltip').textContent).toContain('不适合本地');
  });

  it('names background features as not simulated', async () => {
    const el = await mount(undefined, 'en');
    const p = screenPoint(el, featureOf(el, '710000'));
    await pointAt(el, 'pointermove', p.x, p.y);
    const text = shadow<HTMLElement>(el, '.tooltip').textContent!;
    expect(text).toContain('Taiwan');
    expect(text).toContain('not simulated');
  });

  it('zooms with the keyboard and redraws the cached paths under the transform', async () => {
    const stages = new Uint8Array(N);
    stages[5] = 1;
    const el = await mount(stages);
    const surface = shadow<HTMLElement>(el, '.surface');
    surface.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await el.updateComplete;
    expect(el.transform.k).toBeCloseTo(1.5);
    const p = screenPoint(el, featureOf(el, el.codes![5]));
    expect(pixel(el, p.x, p.y)).toEqual(rgb(STAGE_COLORS[1]));
    // Hit-testing follows the zoom too.
    await pointAt(el, 'pointermove', p.x, p.y);
    expect(el.hover?.locality).toBe(5);
    shadow<HTMLButtonElement>(el, '.reset-zoom').click();
    await el.updateComplete;
    expect(el.transform.k).toBe(1);
  });

  it('marks origins and demonstration sites, and draws learning links when toggled on', async () => {
    const el = await mount();
    el.marks = { origins: [0], demos: [3, 7] };
    el.links = [
      { source: 0, learner: 1, innovation: 0 },
      { source: 1, learner: 2, innovation: 0 },
      { source: -1, learner: 4, innovation: 0 }, // from media: no locality to draw from
      { source: 0, learner: 5, innovation: 1 }, // another innovation
    ];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('circle.origin')).toHaveLength(1);
    expect(el.shadowRoot!.querySelectorAll('rect.demo')).toHaveLength(2);
    expect(el.shadowRoot!.querySelectorAll('path.link')).toHaveLength(0);
    const toggled: boolean[] = [];
    el.addEventListener('idl-map-links', (e) => toggled.push((e as CustomEvent).detail.show));
    shadow<HTMLInputElement>(el, '.links-toggle input').click();
    await el.updateComplete;
    expect(toggled).toEqual([true]);
    expect(el.showLinks).toBe(true);
    expect(el.shadowRoot!.querySelectorAll('path.link')).toHaveLength(2);
  });

  it('pins the tooltip on click and announces the selection', async () => {
    const el = await mount();
    const selected: string[] = [];
    el.addEventListener('idl-map-select', (e) => selected.push((e as CustomEvent).detail.code));
    const p = screenPoint(el, featureOf(el, el.codes![2]));
    await pointAt(el, 'click', p.x, p.y);
    expect(selected).toEqual(['100002']);
    // Moving away keeps the pinned unit.
    await pointAt(el, 'pointermove', 5, 5);
    expect(el.hover?.locality).toBe(2);
  });
});
