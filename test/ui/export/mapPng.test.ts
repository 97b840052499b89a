import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import '../../../src/ui/map/idl-map.ts';
import type { IdlMap } from '../../../src/ui/map/idl-map.ts';
import { mapPng, type MapPngText } from '../../../src/ui/export/mapPng.ts';
import { DEFAULT_PALETTE } from '../../../src/ui/palette.ts';
import { CATALOGUE } from '../../../src/ui/i18n/catalogue.ts';

// The exported map PNG of the committed China map: the inset's label ("South China Sea islands",
// 南海诸岛) is drawn whole, and every text (title, legend, notice, provenance) inside the image,
// at a phone's map size and larger.

let topology: Topology;
let codes: string[];

beforeAll(async () => {
  topology = (await (await fetch('/public/data/china-units.topo.json')).json()) as Topology;
  const csv = await (await fetch('/public/data/china-units.csv')).text();
  codes = csv.trim().split('\n').slice(1).map((line) => line.slice(0, line.indexOf(',')));
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function pngText(lang: 'en' | 'zh-CN'): MapPngText {
  const c = CATALOGUE[lang];
  return {
    title: lang === 'en' ? 'Three-governance integration (2013–) · Grid management (2004–) · Jan 2013' : '三治融合（2013— ）· 网格化管理（2004— ）· 2013年1月',
    footer: 'Innovation Diffusion Lab 0.1.0 · scenario a579c4849e123c2e · seed 1 · Jan 1963',
    notice: c['app.mapNotice'],
    inset: c['map.inset'],
    stages: [0, 1, 2, 3, 4, 5, 6].map((i) => c[`stage.${i}` as keyof typeof c]),
    background: c['legend.background'],
    origin: c['tooltip.origin'],
    demo: c['tooltip.demo'],
  };
}

/** Every fillText of the export: its text and its box in the image's pixels. */
async function drawnTexts(map: IdlMap, text: MapPngText) {
  const drawn: { text: string; left: number; right: number; top: number; bottom: number; width: number; height: number }[] = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText').mockImplementation(function (this: CanvasRenderingContext2D, s: string, x: number, y: number, maxWidth?: number) {
    const m = this.measureText(s);
    // the box as drawn, whatever the alignment and baseline
    drawn.push({ text: s, left: x - m.actualBoundingBoxLeft, right: x + m.actualBoundingBoxRight, top: y - m.actualBoundingBoxAscent, bottom: y + m.actualBoundingBoxDescent, width: this.canvas.width, height: this.canvas.height });
    return fillText.call(this, s, x, y, maxWidth);
  });
  const blob = await mapPng(map, DEFAULT_PALETTE, text);
  expect(blob.type).toBe('image/png');
  return drawn;
}

async function mountChina(w: number, h: number, lang: 'en' | 'zh-CN', type = '15px'): Promise<IdlMap> {
  const map = document.createElement('idl-map');
  map.style.setProperty('--idl-map-font-size', type);
  map.style.width = `${w}px`;
  map.style.height = `${h}px`;
  map.geometry = topology;
  map.codes = codes;
  map.stages = new Uint8Array(codes.length);
  map.lang = lang;
  document.body.append(map);
  await vi.waitFor(() => expect(map.layout).not.toBeNull());
  await map.updateComplete;
  return map;
}

describe('the map PNG', () => {
  for (const [w, h] of [
    [358, 268],
    [520, 390],
    [900, 675],
  ]) {
    for (const lang of ['en', 'zh-CN'] as const) {
      it(`${w}×${h}, ${lang}: the inset label is drawn whole, and every text inside the image`, async () => {
        const map = await mountChina(w, h, lang);
        const text = pngText(lang);
        const drawn = await drawnTexts(map, text);
        const label = drawn.filter((d) => text.inset.includes(d.text) && d.text.trim() !== '');
        expect(label.map((d) => d.text).join(lang === 'en' ? ' ' : '')).toBe(text.inset);
        // and so is every other text: title, legend, notice, provenance line
        for (const d of drawn) {
          expect(d.left, d.text).toBeGreaterThanOrEqual(0);
          expect(d.right, d.text).toBeLessThanOrEqual(d.width);
          expect(d.top, d.text).toBeGreaterThanOrEqual(0);
          expect(d.bottom, d.text).toBeLessThanOrEqual(d.height);
        }
      });
    }
  }
});

describe('the inset label on the live map', () => {
  // map type: 15 px on screens, 22 px in projector mode (the legend then takes more of a phone's map)
  for (const [w, h, type] of [
    [358, 268, '15px'],
    [358, 268, '22px'],
    [900, 675, '22px'],
  ] as const) {
    it(`${w}×${h}, ${type} type: lies inside the map's surface, every word shown`, async () => {
      const map = await mountChina(w, h, 'en', type);
      const surface = map.shadowRoot!.querySelector('.surface')!.getBoundingClientRect();
      const label = map.shadowRoot!.querySelector('.inset-label') as HTMLElement;
      expect(label.textContent!.trim()).toBe(CATALOGUE.en['map.inset']);
      const r = label.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(surface.left);
      expect(r.right).toBeLessThanOrEqual(surface.right + 0.5);
      expect(r.bottom).toBeLessThanOrEqual(surface.bottom + 0.5);
      // no word wider than the label's box (it would spill out and be clipped by the surface)
      expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth);
    });
  }
});
