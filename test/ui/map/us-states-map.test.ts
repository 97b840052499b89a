import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import '../../../src/ui/map/idl-map.ts';
import type { IdlMap } from '../../../src/ui/map/idl-map.ts';
import { usStatesMap } from '../../../src/geo/topo-features.ts';
import { featureAnchor, hasInset } from '../../../src/ui/map/map-layout.ts';
import { BACKGROUND_COLOR, STAGE_COLORS } from '../../../src/ui/palette.ts';
import type { LocalityDetail } from '../../../src/service/types.ts';
import { attach, rgb } from './fixture.ts';

// The committed US states' map (public/data/us-states.json) drawn by the same <idl-map> as China:
// pre-projected Albers USA pixels scaled to fit, no South China Sea inset, DC grey, names from the file.

interface StateRow {
  usps: string;
  name: string;
  nameZh: string;
}
let file: { states: StateRow[] };
let geometry: Topology;
let codes: string[];

beforeAll(async () => {
  file = await (await fetch('/data/us-states.json')).json();
  geometry = usStatesMap(file);
  codes = file.states.map((s) => s.usps);
});

afterEach(() => {
  document.body.querySelectorAll('idl-map').forEach((e) => e.remove());
});

async function mount(stages: Uint8Array, size = { width: 900, height: 560 }): Promise<IdlMap> {
  const el = document.createElement('idl-map');
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  el.world = 'us-states';
  el.geometry = geometry;
  el.codes = codes;
  el.stages = stages;
  el.lang = 'zh-CN';
  return attach(el);
}

function pixel(el: IdlMap, x: number, y: number): number[] {
  const canvas = el.shadowRoot!.querySelector('canvas.fills') as HTMLCanvasElement;
  const dpr = canvas.width / el.layout!.width;
  return [...canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data];
}

function anchorOf(el: IdlMap, code: string): { x: number; y: number } {
  const f = el.layout!.index.geometry.ids.indexOf(code);
  const a = featureAnchor(el.layout!, f);
  expect(a, code).not.toBeNull();
  return a!;
}

async function hover(el: IdlMap, code: string): Promise<string> {
  const { x, y } = anchorOf(el, code);
  const f = el.layout!.index.geometry.ids.indexOf(code);
  const surface = el.shadowRoot!.querySelector('.surface') as HTMLElement;
  const r = surface.getBoundingClientRect();
  surface.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + x, clientY: r.top + y, bubbles: true, composed: true }));
  await vi.waitFor(() => expect(el.hover?.feature).toBe(f));
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.tooltip')).not.toBeNull());
  return el.shadowRoot!.querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ');
}

/** A state's detail as the service gives it: a state is its own province. */
function stateDetail(i: number, stage: number): LocalityDetail {
  const s = file.states[i];
  return {
    index: i,
    code: s.usps,
    name: s.nameZh,
    nameEn: s.name,
    province: { name: s.nameZh, nameEn: s.name },
    innovations: [{ stage, since: 12, quality: 0.5, origin: false, demo: false, unfit: false, learned: null }],
  } as unknown as LocalityDetail;
}

describe('the US states map', () => {
  it('draws the 50 states each in its stage colour and DC grey, with no inset', async () => {
    expect(codes).toHaveLength(50);
    const stages = Uint8Array.from(codes, (_, i) => i % 7);
    const el = await mount(stages);
    const layout = el.layout!;
    expect([...layout.index.featureOfLocality].filter((f) => f < 0)).toEqual([]);
    expect([...layout.index.backgroundFeatures].map((f) => layout.index.geometry.ids[f])).toEqual(['11']);
    expect(hasInset(layout)).toBe(false);
    expect(layout.insetFeatures).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('.inset-label')).toBeNull();
    expect(el.shadowRoot!.querySelector('.surface')!.getAttribute('aria-label')).toBe('按阶段着色的美国各州地图');
    // Colour at each state's mark point (the centroid of its largest part: Michigan's lower peninsula).
    codes.forEach((code, i) => expect(pixel(el, anchorOf(el, code).x, anchorOf(el, code).y), code).toEqual(rgb(STAGE_COLORS[i % 7])));
    const dc = anchorOf(el, '11');
    expect(pixel(el, dc.x, dc.y)).toEqual(rgb(BACKGROUND_COLOR));
  });

  it('fits the Albers USA frame to the view, north up and not mirrored, Alaska and Hawaii in the lower left', async () => {
    for (const size of [
      { width: 900, height: 560 },
      { width: 420, height: 600 },
    ]) {
      const el = await mount(new Uint8Array(50), size);
      const layout = el.layout!;
      const boxes = layout.mainBox;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let j = 0; j < boxes.length; j += 4) {
        x0 = Math.min(x0, boxes[j]);
        y0 = Math.min(y0, boxes[j + 1]);
        x1 = Math.max(x1, boxes[j + 2]);
        y1 = Math.max(y1, boxes[j + 3]);
      }
      // Inside the drawing surface (the element less its legend), filling it across its width or
      // its height less 12 px margins, and centred.
      const { width: w, height: h } = layout;
      expect(x0).toBeGreaterThanOrEqual(11);
      expect(y0).toBeGreaterThanOrEqual(11);
      expect(x1).toBeLessThanOrEqual(w - 11);
      expect(y1).toBeLessThanOrEqual(h - 11);
      expect(Math.max((x1 - x0) / (w - 24), (y1 - y0) / (h - 24))).toBeGreaterThan(0.99);
      expect(Math.abs(x0 + x1 - w)).toBeLessThan(2);
      expect(Math.abs(y0 + y1 - h)).toBeLessThan(2);
      const [wa, ca, tx, fl, me, ak, hi] = ['WA', 'CA', 'TX', 'FL', 'ME', 'AK', 'HI'].map((c) => anchorOf(el, c));
      expect(wa.y).toBeLessThan(ca.y); // Washington north of California
      expect(fl.x).toBeGreaterThan(tx.x); // Florida east of Texas
      expect(me.x).toBeGreaterThan(fl.x);
      expect(me.y).toBeLessThan(fl.y);
      for (const inset of [ak, hi]) {
        expect(inset.x).toBeLessThan(tx.x);
        expect(inset.y).toBeGreaterThan(wa.y);
      }
      el.remove();
    }
  });

  it('names a state in Chinese or English in its tooltip, without repeating it as its province, and DC as not simulated', async () => {
    const stages = new Uint8Array(50);
    const ca = codes.indexOf('CA');
    stages[ca] = 3;
    const el = await mount(stages);
    el.detailProvider = (i) => Promise.resolve(stateDetail(i, stages[i]));
    const zh = await hover(el, 'CA');
    expect(zh).toContain('加利福尼亚州');
    expect(zh).not.toContain('省份');
    expect(zh.split('加利福尼亚州')).toHaveLength(2);
    el.lang = 'en';
    await el.updateComplete;
    const en = el.shadowRoot!.querySelector('.tooltip')!.textContent!.replace(/\s+/g, ' ');
    expect(en).toContain('California');
    expect(en).not.toContain('Province');
    const dc = await hover(el, '11');
    expect(dc).toContain('District of Columbia');
    expect(dc).toContain('not simulated');
  });
});
