import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import '../../../src/ui/landscape/idl-landscape.ts';
import type { IdlLandscape } from '../../../src/ui/landscape/idl-landscape.ts';
import type { LandscapeData, LandscapeRun } from '../../../src/ui/landscape/landscapeValues.ts';
import { STAGE_COLORS } from '../../../src/ui/palette.ts';
import { PROBABILITY_COLORS } from '../../../src/ui/compare/comparePalette.ts';
import { prefectureTopology } from '../../../src/geo/prefecture-topology.ts';
import { usStatesMap } from '../../../src/geo/topo-features.ts';
import { rgb } from 'd3';
import { buildLandscapeGeometry } from '../../../src/ui/landscape/landscapeGeometry.ts';
import { indexMap } from '../../../src/ui/map/map-index.ts';
import { toMapGeometry } from '../../../src/ui/map/map-geometry.ts';

// The landscape view on the committed China map (2,828 county-level units), drawn by headless
// Chromium's WebGL 2 (SwiftShader: no GPU needed).

let topology: Topology;
let codes: string[];
let run: LandscapeRun;
let zhuji: number;

beforeAll(async () => {
  topology = (await (await fetch('/data/china-units.topo.json')).json()) as Topology;
  const rows = (await (await fetch('/data/china-units.csv')).text()).trim().split('\n').slice(1).map((l) => l.split(','));
  codes = rows.map((r) => r[0]);
  run = { startYear: 1963, dt: 1 / 12, names: rows.map((r) => r[1]), namesEn: rows.map((r) => r[2]), };
  zhuji = codes.indexOf('330681');
});

/**
 * A spread from 诸暨市 (Zhuji; adopted at tick 0), the rest of Zhejiang (33…) within four years,
 * the other eastern provinces' odd-numbered units later, everyone else never; shown at tick 192 (1979).
 */
function spread(): LandscapeData {
  const n = codes.length;
  const firstAdopted = new Int32Array(n).fill(-1);
  const stage = new Uint8Array(n);
  const quality = new Float32Array(n);
  codes.forEach((code, i) => {
    const province = Number(code.slice(0, 2));
    if (i === zhuji) firstAdopted[i] = 0;
    else if (province === 33) firstAdopted[i] = 12 + (i % 36);
    else if (province <= 37 && i % 2 === 1) firstAdopted[i] = 60 + (i % 120);
    if (firstAdopted[i] >= 0) {
      stage[i] = 1 + (i % 4);
      quality[i] = i === zhuji ? 0.9 : 0.3 + (i % 5) / 10;
    }
  });
  return { stage, firstAdopted, quality, tick: 192 };
}

async function mount(lang: 'en' | 'zh-CN' = 'en'): Promise<IdlLandscape> {
  const el = document.createElement('idl-landscape');
  el.style.width = '800px';
  el.lang = lang;
  el.codes = codes;
  el.geometry = topology;
  el.run = run;
  el.data = spread();
  document.body.append(el);
  await el.updateComplete;
  await vi.waitFor(() => expect(el.frameStats.count).toBeGreaterThan(0), { timeout: 20_000 });
  return el;
}

function pixels(el: IdlLandscape): Uint8ClampedArray {
  const copy = el.snapshot();
  expect(copy).not.toBeNull();
  return copy!.getContext('2d')!.getImageData(0, 0, copy!.width, copy!.height).data;
}

/** Share of pixels that differ between two images of the same size (any channel by more than 8). */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let d = 0;
  for (let p = 0; p < a.length; p += 4) if (Math.abs(a[p] - b[p]) > 8 || Math.abs(a[p + 1] - b[p + 1]) > 8 || Math.abs(a[p + 2] - b[p + 2]) > 8) d++;
  return d / (a.length / 4);
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<idl-landscape>', () => {
  it('draws the map raised: most of the view is land, and the tops show the map’s own stage colours', async () => {
    const el = await mount();
    const px = pixels(el);
    let land = 0;
    const colours = new Map<string, number>();
    for (let p = 0; p < px.length; p += 4) {
      if (px[p] < 250 || px[p + 1] < 250 || px[p + 2] < 250) land++;
      const c = hex(px[p], px[p + 1], px[p + 2]);
      colours.set(c, (colours.get(c) ?? 0) + 1);
    }
    const total = px.length / 4;
    expect(land / total).toBeGreaterThan(0.2);
    // the unlit tops keep the palette's colours exactly (within a rounding step), so the legend holds
    const near = (target: string) => {
      const [r, g, b] = [1, 3, 5].map((j) => parseInt(target.slice(j, j + 2), 16));
      let count = 0;
      for (const [c, k] of colours) {
        const [cr, cg, cb] = [1, 3, 5].map((j) => parseInt(c.slice(j, j + 2), 16));
        if (Math.abs(cr - r) <= 2 && Math.abs(cg - g) <= 2 && Math.abs(cb - b) <= 2) count += k;
      }
      return count;
    };
    for (const stage of [0, 1, 2, 3, 4]) expect(near(STAGE_COLORS[stage]), `stage ${stage}`).toBeGreaterThan(50);
    // the map's legend: seven stages and the grey of units not simulated (Taiwan, Hong Kong, …)
    expect([...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent!.trim())).toEqual([
      'not adopted',
      'learning and imitating',
      'adapting',
      'institutionalized',
      'optimizing',
      'in name only',
      'terminated',
      'not simulated',
    ]);
  });

  it('rotates with the arrow keys and the buttons, zooms with + −, and 0 or R restores the first view exactly', async () => {
    const el = await mount();
    const first = pixels(el);
    const surface = el.shadowRoot!.querySelector('.surface') as HTMLElement;
    surface.focus();
    const key = (k: string) => {
      const e = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
      surface.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(key('ArrowLeft')).toBe(true); // taken: the app's arrow shortcut (step) does not also fire
    await el.updateComplete;
    const rotated = pixels(el);
    expect(differing(first, rotated)).toBeGreaterThan(0.05);
    key('0');
    await el.updateComplete;
    expect(differing(first, pixels(el))).toBe(0);

    key('+');
    await el.updateComplete;
    expect(differing(first, pixels(el))).toBeGreaterThan(0.05);
    key('R');
    await el.updateComplete;
    expect(differing(first, pixels(el))).toBe(0);

    for (const button of ['rotate-right', 'tilt-down', 'zoom-out']) {
      (el.shadowRoot!.querySelector(`button.${button}`) as HTMLButtonElement).click();
      await el.updateComplete;
      expect(differing(first, pixels(el)), button).toBeGreaterThan(0.02);
      (el.shadowRoot!.querySelector('button.reset') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(differing(first, pixels(el))).toBe(0);
    }
  });

  it('rotates with a drag of the pointer', async () => {
    const el = await mount();
    const first = pixels(el);
    const surface = el.shadowRoot!.querySelector('.surface') as HTMLElement;
    const at = (type: string, x: number) => surface.dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: x, clientY: 200, bubbles: true }));
    at('pointerdown', 300);
    at('pointermove', 360);
    at('pointerup', 360);
    await el.updateComplete;
    expect(el.view.azimuth).not.toBe(0);
    expect(differing(first, pixels(el))).toBeGreaterThan(0.05);
  });

  it('a drag redraws only the canvas: the controls, legend and summary (a sort over every unit) are not rebuilt per move', async () => {
    const el = await mount();
    const render = vi.spyOn(el, 'render');
    const drawn = el.frameStats.count;
    const surface = el.shadowRoot!.querySelector('.surface') as HTMLElement;
    const at = (type: string, x: number) => surface.dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: x, clientY: 200, bubbles: true }));
    at('pointerdown', 300);
    for (let x = 310; x <= 400; x += 10) {
      at('pointermove', x);
      await el.updateComplete;
    }
    at('pointerup', 400);
    await new Promise(requestAnimationFrame);
    expect(el.view.azimuth).not.toBe(0);
    expect(render).not.toHaveBeenCalled();
    expect(el.frameStats.count).toBeGreaterThan(drawn);
  });

  it('a playing run renaming the PNG at every tick does not render the view again', async () => {
    const el = await mount();
    const render = vi.spyOn(el, 'render');
    for (let tick = 1; tick <= 5; tick++) {
      el.fileName = `landscape-${tick}.png`;
      await el.updateComplete;
    }
    expect(render).not.toHaveBeenCalled();
    expect(el.fileName).toBe('landscape-5.png');
  });

  it('zooms with a two-finger pinch and with the wheel', async () => {
    const el = await mount();
    const surface = el.shadowRoot!.querySelector('.surface') as HTMLElement;
    const touch = (type: string, id: number, x: number) =>
      surface.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }));
    const distance = el.view.distance;
    touch('pointerdown', 1, 300);
    touch('pointerdown', 2, 400);
    touch('pointermove', 2, 500); // fingers twice as far apart: twice as close
    touch('pointerup', 1, 300);
    touch('pointerup', 2, 500);
    await el.updateComplete;
    expect(el.view.distance).toBeCloseTo(distance / 2, 5);
    expect(el.view.azimuth).toBe(0);
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: 200, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(el.view.distance).toBeGreaterThan(distance / 2);
  });

  it('raised by compare mode’s probabilities: their classes’ colours and legend, and the summary counts the likely units', async () => {
    const el = await mount('en');
    const values = new Float64Array(codes.length);
    codes.forEach((code, i) => (values[i] = code.startsWith('33') ? 0.95 : code.startsWith('32') ? 0.55 : 0.05));
    values[zhuji] = 1;
    el.probability = { values, time: 1979, runs: 50 };
    el.mode = 'probability';
    await el.updateComplete;
    const likely = codes.filter((c) => c.startsWith('33') || c.startsWith('32')).length;
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).toBe(
      `Highest: Zhūjì Shì, adopted by Jan 1979 in 100% of 50 simulated worlds. ${likely} of 2,828 units had adopted by then in at least half of them.`,
    );
    const swatches = [...el.shadowRoot!.querySelectorAll('.legend rect')].map((rect) => rect.getAttribute('fill'));
    expect(swatches.slice(0, PROBABILITY_COLORS.length)).toEqual([...PROBABILITY_COLORS]);
    const px = pixels(el);
    const top = PROBABILITY_COLORS[PROBABILITY_COLORS.length - 1];
    const { r, g, b } = rgb(top);
    let found = 0;
    for (let p = 0; p < px.length; p += 4) if (Math.abs(px[p] - r) <= 2 && Math.abs(px[p + 1] - g) <= 2 && Math.abs(px[p + 2] - b) <= 2) found++;
    expect(found).toBeGreaterThan(50);
  });

  it('draws the prefecture-level units and the US states too', async () => {
    const prefecture = prefectureTopology(topology);
    const pcodes = (prefecture.objects.units as unknown as { geometries: { id: string; properties?: { bg?: number } }[] }).geometries
      .filter((g) => !g.properties?.bg)
      .map((g) => String(g.id));
    const file = await (await fetch('/data/us-states.json')).json();
    const worlds = [
      { world: 'china' as const, geometry: prefecture, codes: pcodes },
      { world: 'us-states' as const, geometry: usStatesMap(file), codes: (file.states as { usps: string }[]).map((s) => s.usps) },
    ];
    for (const w of worlds) {
      const el = document.createElement('idl-landscape');
      el.style.width = '600px';
      el.lang = 'en';
      el.world = w.world;
      el.codes = w.codes;
      el.geometry = w.geometry;
      const n = w.codes.length;
      const firstAdopted = Int32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -1 : i % 40));
      el.run = { startYear: 1990, dt: 1 / 4, names: w.codes, namesEn: w.codes };
      el.data = { stage: Uint8Array.from(firstAdopted, (f) => (f >= 0 ? 3 : 0)), firstAdopted, quality: new Float32Array(n), tick: 40 };
      document.body.append(el);
      await el.updateComplete;
      await vi.waitFor(() => expect(el.frameStats.count).toBeGreaterThan(0), { timeout: 20_000 });
      const px = pixels(el);
      let land = 0;
      for (let p = 0; p < px.length; p += 4) if (px[p] < 250 || px[p + 1] < 250 || px[p + 2] < 250) land++;
      expect(land / (px.length / 4), w.world).toBeGreaterThan(0.15);
      expect(el.shadowRoot!.querySelector('.summary')!.textContent).toMatch(new RegExp(`^Highest: ${w.codes[40]}(?: and \\d+ more)?, adopted Jan 1990\\.`));
      el.remove();
    }
  });

  it('closing releases the WebGL context; put back, it draws the same view again', async () => {
    const el = await mount();
    const first = pixels(el);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const gl = canvas.getContext('webgl2')!;
    el.remove();
    expect(gl.isContextLost()).toBe(true);
    document.body.append(el);
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('canvas')!.width).toBe(canvas.width));
    expect(el.shadowRoot!.querySelector('canvas')).not.toBe(canvas);
    expect(differing(first, pixels(el))).toBe(0);
  });

  it('exports the view as a PNG', async () => {
    const el = await mount();
    const blob = await el.toPng();
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBeGreaterThan(20_000);
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBeGreaterThan(700);
  });

  it('a new year raises and recolours the same geometry (attributes rewritten, nothing rebuilt)', async () => {
    const el = await mount();
    const mesh = (el as unknown as { land: { geometry: { getAttribute(n: string): { version: number } } } }).land;
    const geometry = mesh.geometry;
    const colourVersion = geometry.getAttribute('color').version;
    const before = pixels(el);
    const later = spread();
    for (let i = 0; i < later.stage.length; i++) if (later.firstAdopted[i] < 0 && i % 3 === 0) [later.firstAdopted[i], later.stage[i]] = [190, 1];
    el.data = later;
    await el.updateComplete;
    expect((el as unknown as { land: { geometry: unknown } }).land.geometry).toBe(geometry);
    expect(geometry.getAttribute('color').version).toBeGreaterThan(colourVersion);
    expect(differing(before, pixels(el))).toBeGreaterThan(0.01);
  });

  it('says in words what the landscape shows, in English and in Chinese', async () => {
    const en = await mount('en');
    const text = (el: IdlLandscape) => el.shadowRoot!.querySelector('.summary')!.textContent!.trim();
    expect(text(en)).toBe(
      `Highest: Zhūjì Shì, adopted Jan 1963. Fewer than half have adopted by Jan 1979. ${en.data!.firstAdopted.filter((f) => f >= 0).length.toLocaleString('en')} of 2,828 units have adopted by Jan 1979; the others are flat.`,
    );
    expect(en.shadowRoot!.querySelector('.surface')!.getAttribute('aria-label')).toBe('Diffusion landscape: each unit of the map raised by how early it adopted');
    en.remove();
    const zh = await mount('zh-CN');
    expect(text(zh)).toMatch(/^最高：诸暨市，1963年1月采纳。到1979年1月采纳的单位不足半数。到1979年1月，2,828 个单位中已有 \d+ 个采纳，其余为平地。$/);
    // quality: the highest-quality adopter
    const select = zh.shadowRoot!.querySelector('select.mode') as HTMLSelectElement;
    select.value = 'quality';
    select.dispatchEvent(new Event('change'));
    await zh.updateComplete;
    expect(text(zh)).toMatch(/^最高：诸暨市，质量 0\.90。/);
    expect(zh.shadowRoot!.querySelector('.height-note')!.textContent).toContain('当前质量');
    // without a comparison there is nothing to raise by probability, and the view says how to get one
    select.value = 'probability';
    select.dispatchEvent(new Event('change'));
    await zh.updateComplete;
    expect(text(zh)).toContain('与基准比较');
  });

  it('half of the units adopted: the summary names when', async () => {
    const el = await mount('en');
    const data = spread();
    for (let i = 0; i < data.stage.length; i++) if (data.firstAdopted[i] < 0) [data.firstAdopted[i], data.stage[i]] = [100 + (i % 50), 2];
    el.data = data;
    await el.updateComplete;
    const sorted = Array.from(data.firstAdopted).sort((a, b) => a - b);
    const half = sorted[Math.ceil(data.stage.length / 2) - 1];
    const when = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(1963 + Math.floor(half / 12), half % 12, 1));
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).toContain(`Half of the units had adopted by ${when}.`);
  });

  it('measures its frame time on the China map (reported, not asserted: a software renderer here)', async () => {
    const el = await mount();
    const times: number[] = [];
    for (let r = 0; r < 15; r++) {
      el.view = { ...el.view, azimuth: r * 0.1 };
      times.push(el.measureFrame());
    }
    times.sort((a, b) => a - b);
    const vertices = (el as unknown as { land: { vertexFeature: Int32Array } }).land.vertexFeature.length;
    const t0 = performance.now();
    buildLandscapeGeometry(indexMap(toMapGeometry(topology), codes));
    console.log(`landscape geometry of China built in ${(performance.now() - t0).toFixed(0)} ms`);
    console.log(`landscape frame (China, ${vertices} vertices, ${el.shadowRoot!.querySelector('canvas')!.width} px wide): median ${times[7].toFixed(1)} ms, max ${times[14].toFixed(1)} ms`);
    expect(times[7]).toBeGreaterThan(0);
  });
});
