import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/controls/idl-transport.ts';
import '../../src/ui/charts/idl-chart.ts';
import type { IdlTransport } from '../../src/ui/controls/idl-transport.ts';
import type { IdlChart } from '../../src/ui/charts/idl-chart.ts';
import type { IdlApp } from '../../src/ui/app/idl-app.ts';
import type { MetricRow } from '../../src/service/types.ts';
import { formatYear, formatYearMonth, setLocale } from '../../src/ui/i18n/i18n.ts';
import { mapPng } from '../../src/ui/export/mapPng.ts';
import { cellLayout } from '../../src/ui/map/idl-cell-grid.ts';
import { DEFAULT_PALETTE } from '../../src/ui/palette.ts';
import { mount, shadow } from './fixture.ts';
import { mountApp, until } from './mountApp.ts';

// A world without geography and calendar — the Bass preset: 20,000 fully mixed localities, time
// from year 0 in steps of 0.1 year. Its time reads "year 4, month 1" (not "Jan 1904": JavaScript
// dates put the years 0–99 in the 1900s), it shows squares instead of a grey map of China, and its
// localities are "units" (单位), not county-level units (县级单位).

afterEach(() => setLocale('en'));

describe('abstract time', () => {
  it('is written as year and month since the start, calendar time as a date', () => {
    setLocale('en');
    expect(formatYearMonth(4)).toBe('year 4, month 1');
    expect(formatYearMonth(4 + 0.55)).toBe('year 4, month 7');
    expect(formatYearMonth(0)).toBe('year 0, month 1');
    expect(formatYear(10)).toBe('year 10');
    expect(formatYearMonth(1963)).toBe('Jan 1963');
    expect(formatYear(2013)).toBe('2013');
    setLocale('zh-CN');
    expect(formatYearMonth(10)).toBe('第10年1月');
    expect(formatYear(30)).toBe('第30年');
    expect(formatYearMonth(2013 + 3 / 12)).toBe('2013年4月');
  });

  it('the transport shows it on its clock and scrubber', async () => {
    setLocale('zh-CN');
    const el = await mount<IdlTransport>('idl-transport', { tick: 40, totalTicks: 300, startYear: 0, dt: 0.1, events: [], speed: 2 });
    expect(shadow(el).querySelector('output.time')!.textContent!.trim()).toBe('第4年1月');
    expect([...shadow(el).querySelectorAll('.ends span')].map((s) => s.textContent)).toEqual(['第0年', '第30年']);
    expect(shadow(el).querySelector('input[type=range]')!.getAttribute('aria-valuetext')).toBe('第4年1月');
    setLocale('en');
    await el.updateComplete;
    expect(shadow(el).querySelector('output.time')!.textContent!.trim()).toBe('year 4, month 1');
  });

  it('the charts label their time axis in years since the start, the last label inside the chart', async () => {
    const rows: MetricRow[] = Array.from({ length: 41 }, (_, t) => ({
      tick: t, innovation: 0, stages: [100 - t, t, 0, 0, 0, 0, 0], everAdopted: t, active: t, activeByRegion: [t, 0, 0, 0],
    }));
    const data = { rows, n: 100, regionSizes: [100, 0, 0, 0], startYear: 0, dt: 0.1, totalTicks: 300, tick: 40, events: [], wording: 'abstract' as const };
    setLocale('en');
    const el = await mount<IdlChart>('idl-chart', { kind: 'stages', data });
    const labels = [...shadow(el).querySelectorAll<SVGTextElement>('g.x-axis .tick text')];
    expect(labels.map((l) => l.textContent)).toContain('year 10');
    expect(labels.some((l) => /19\d\d/.test(l.textContent ?? ''))).toBe(false);
    const svg = shadow(el).querySelector('svg')!.getBoundingClientRect();
    for (const l of labels) expect(l.getBoundingClientRect().right, l.textContent!).toBeLessThanOrEqual(svg.right + 0.5);
  });
});

describe('the app on the Bass preset', () => {
  async function openBass(): Promise<IdlApp> {
    const app = await mountApp();
    const picker = app.shadowRoot!.querySelector<HTMLSelectElement>('header select.preset')!;
    picker.value = 'bass';
    picker.dispatchEvent(new Event('change'));
    await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === 'bass', 30_000);
    await app.sim.seek(40);
    await app.updateComplete;
    return app;
  }

  it('shows squares, not a map of China, and calls its localities units', async () => {
    setLocale('zh-CN');
    const app = await openBass();
    const $ = (sel: string) => app.shadowRoot!.querySelector(sel);
    expect($('idl-map')).toBeNull();
    const grid = $('idl-cell-grid') as HTMLElement & { layout: { cols: number; rows: number } | null; stages: Uint8Array };
    await until(() => !!grid.layout);
    expect(grid.layout!.cols * grid.layout!.rows).toBeGreaterThanOrEqual(20_000);
    expect(grid.stages.length).toBe(20_000);
    // the squares are drawn in the stage colours: some adopted by year 4
    const fills = grid.shadowRoot!.querySelector('canvas.fills') as HTMLCanvasElement;
    const px = fills.getContext('2d')!.getImageData(0, 0, fills.width, fills.height).data;
    const learning = parseInt(DEFAULT_PALETTE.stages[1].slice(1), 16);
    let learners = 0;
    for (let p = 0; p < px.length; p += 4) if (((px[p] << 16) | (px[p + 1] << 8) | px[p + 2]) === learning) learners++;
    expect(learners).toBeGreaterThan(100);
    // the live region announces the new run after a polite delay (a loaded CI run read the last
    // preset's announcement): wait for the Bass run's own, then read the whole page
    const pageText = () => app.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await until(() => pageText().includes('20,000 个单位中'), 15_000);
    const text = pageText();
    expect(text).toContain('20,000 个单位');
    expect(text).not.toContain('县级单位');
    expect(text).not.toContain('南海诸岛');
    expect($('.notice')!.textContent).toContain('抽象世界');
    expect($('idl-chart')!.shadowRoot!.querySelector('.unit')!.textContent).toBe('(占单位比例)');
    expect((app.shadowRoot!.querySelector('idl-kpis')!.shadowRoot!.querySelector('.cell[title]') as HTMLElement).title).not.toContain('县级单位');
    expect(($('idl-transport') as HTMLElement).shadowRoot!.querySelector('output.time')!.textContent!.trim()).toBe('第4年1月');
    // the live region announces the abstract date and units
    await until(() => /第4年1月/.test($('.live')!.textContent ?? ''), 5000);
    expect($('.live')!.textContent).toMatch(/^第4年1月：20,000 个单位中已有 [\d,]+ 个采纳/);
    // the map PNG is the squares, its legend the stage colours only (no grey units, origins or marks)
    const drawn: string[] = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    const spy = vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText').mockImplementation(function (this: CanvasRenderingContext2D, s: string, x: number, y: number) {
      drawn.push(s);
      return fillText.call(this, s, x, y);
    });
    const legend = { stages: ['s0', 's1', 's2', 's3', 's4', 's5', 's6'], background: 'grey', origin: 'origin', demo: 'demo' };
    const blob = await mapPng(grid, DEFAULT_PALETTE, { title: 't', footer: 'f', notice: 'n', inset: '南海诸岛', ...legend }, { stagesOnly: true });
    spy.mockRestore();
    expect(blob.size).toBeGreaterThan(1000);
    expect(drawn).toEqual(expect.arrayContaining(legend.stages));
    expect(drawn.filter((s) => ['grey', 'origin', 'demo', '南海诸岛'].includes(s))).toEqual([]);
    app.remove();
  });

  it('the show mechanism is off: the show-share KPI reads "—" and its help says why, in both languages', async () => {
    setLocale('en');
    const app = await openBass();
    const kpis = app.shadowRoot!.querySelector('idl-kpis')!;
    const cell = () => kpis.shadowRoot!.querySelector('[data-kpi="kpi.show"]')!;
    // adopters exist by year 4, so the dash is not "nobody adopted yet"
    expect(app.sim.frame!.kpis[0].activeShare).toBeGreaterThan(0.05);
    expect(app.sim.frame!.kpis[0]).toMatchObject({ showShare: null, showMechanism: false });
    expect(cell().textContent!.trim()).toBe('—');
    expect(cell().parentElement!.title).toMatch(/^The show mechanism is off in this scenario/);
    setLocale('zh-CN');
    await (kpis as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(cell().parentElement!.title).toMatch(/^本情景未启用亮点打造机制/);
    app.remove();
  });
});

describe('the squares of an abstract world', () => {
  it('puts a lattice locality at its "x,y" position, and fills a mixed world row by row in the view’s shape', () => {
    const lattice = cellLayout('lattice', ['0,0', '1,0', '2,0', '0,1', '1,1', '2,1'], 300, 200);
    expect([lattice.cols, lattice.rows]).toEqual([3, 2]);
    expect([...lattice.cell]).toEqual([0, 1, 2, 3, 4, 5]);
    const shuffled = cellLayout('lattice', ['2,1', '0,0'], 300, 200);
    expect([...shuffled.cell]).toEqual([5, 0]);
    const mixed = cellLayout('mixed', Array.from({ length: 20_000 }, (_, i) => String(i)), 800, 600);
    expect(mixed.cols * mixed.rows).toBeGreaterThanOrEqual(20_000);
    expect(mixed.cols / mixed.rows).toBeCloseTo(4 / 3, 1);
  });
});
