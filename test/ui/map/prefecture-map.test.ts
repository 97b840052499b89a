/**
 * The 成都方式 preset runs on the prefecture-level world: the app draws its 366 units as merged county
 * shapes, and the tooltip and the table view name prefecture-level units.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Topology } from 'topojson-specification';
import type { IdlApp } from '../../../src/ui/app/idl-app.ts';
import type { IdlMap } from '../../../src/ui/map/idl-map.ts';
import { featureAnchor } from '../../../src/ui/map/map-layout.ts';
import { prefectureTopology } from '../../../src/geo/prefecture-topology.ts';
import { mountApp, until } from '../mountApp.ts';
import { setLocale } from '../../../src/ui/i18n/i18n.ts';

const $ = <T extends Element>(root: Element, sel: string) => root.shadowRoot!.querySelector(sel) as T;

async function hover(map: IdlMap, code: string): Promise<string> {
  const layout = map.layout!;
  const f = layout.index.geometry.ids.indexOf(code);
  const a = featureAnchor(layout, f)!;
  const t = map.transform;
  const p = a.inset ? a : { x: t.x + t.k * a.x, y: t.y + t.k * a.y };
  const r = $<HTMLElement>(map, '.surface').getBoundingClientRect();
  $<HTMLElement>(map, '.surface').dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + p.x, clientY: r.top + p.y, bubbles: true, composed: true }));
  await until(() => map.hover?.feature === f && !!map.detail);
  await map.updateComplete;
  return $<HTMLElement>(map, '.tooltip').textContent!.replace(/\s+/g, ' ');
}

async function openChengdu(): Promise<{ app: IdlApp; map: IdlMap }> {
  const app = await mountApp();
  await userEvent.selectOptions($<HTMLSelectElement>(app, 'header select'), 'chengdu');
  await until(() => app.sim.status === 'ready' && app.sim.info?.presetId === 'chengdu');
  await app.updateComplete;
  const map = $<IdlMap>(app, 'idl-map');
  await until(() => map.layout?.index.featureOfLocality.length === app.sim.info!.n);
  return { app, map };
}

describe('the prefecture-level map', () => {
  afterEach(() => setLocale('en'));

  it('draws the 366 prefecture-level units of 成都方式 as merged county shapes, every one with its feature', async () => {
    setLocale('zh-CN');
    // the merge the app does once per loaded map, here cold (reported, not asserted: a timing)
    const county = (await (await fetch('/data/china-units.topo.json')).json()) as Topology;
    const t0 = performance.now();
    prefectureTopology(county);
    console.log(`prefectureTopology, first call: ${(performance.now() - t0).toFixed(1)} ms`);
    const { app, map } = await openChengdu();
    const info = app.sim.info!;
    expect(info.unit).toBe('prefecture');
    expect(info.n).toBe(366);
    const index = map.layout!.index;
    const ids = index.geometry.ids;
    expect(ids.filter((_, f) => !index.geometry.flaggedBackground[f])).toHaveLength(366);
    expect(index.backgroundFeatures).toHaveLength(5); // Taiwan, Hong Kong, Macao, Kinmen, Dongsha: grey as on the county map
    expect(Array.from(index.featureOfLocality).every((f) => f >= 0)).toBe(true);
    expect(ids).toContain('510100');
    expect(ids).not.toContain('510104'); // 锦江区 is inside 成都市, not drawn on its own
    // 成都市's shape is its districts' and counties' merged: one polygon where the county map has 20
    const chengdu = index.geometry.features[ids.indexOf('510100')];
    expect(chengdu.geometry.type).toBe('MultiPolygon');
    expect((chengdu.geometry as GeoJSON.MultiPolygon).coordinates).toHaveLength(1);
  });

  it('names the prefecture in the tooltip, and lists prefecture-level units in the table view', async () => {
    setLocale('zh-CN');
    const { app, map } = await openChengdu();
    // the page names its localities as what they are
    expect(app.shadowRoot!.textContent).toContain('366 个地级单位');
    const kpiHelp = [...$<HTMLElement>(app, 'idl-kpis').shadowRoot!.querySelectorAll('.cell')].map((c) => c.getAttribute('title')).join(' ');
    expect(kpiHelp).toContain('半数地级单位');
    expect(kpiHelp).not.toContain('县级单位');
    const chartUnits = [...app.shadowRoot!.querySelectorAll('idl-chart')].map((c) => c.shadowRoot!.querySelector('.unit')!.textContent);
    expect(chartUnits).toEqual(['(占地级单位比例)', '(占地级单位比例)']);
    expect($<HTMLElement>(app, 'section.map').getAttribute('aria-label')).toBe('按阶段着色的中国地级单位地图');
    const text = await hover(map, '510100');
    expect(text).toContain('成都市');
    expect(text).toContain('四川省');
    expect(await hover(map, '500100')).toContain('重庆市');

    setLocale('en');
    await app.updateComplete;
    await map.updateComplete;
    expect($<HTMLElement>(map, '.tooltip').textContent).toContain('Chongqing');

    $<HTMLButtonElement>(app, 'button.table-toggle').click();
    await until(() => !!app.shadowRoot!.querySelector('idl-map-table')?.shadowRoot?.querySelector('tbody tr'));
    const table = app.shadowRoot!.querySelector('idl-map-table')!;
    const rows = [...table.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(rows).toHaveLength(366);
    expect(table.shadowRoot!.querySelector('thead th')!.textContent).toBe('Prefecture-level unit');
    expect(table.shadowRoot!.querySelector('.count')!.textContent).toBe('366 of 366 prefecture-level units');
    // each row names the unit in pinyin and in characters
    expect(rows).toContain('Chéngdū Shì 成都市');
    expect(rows.filter((r) => r.startsWith('Jǐnjiāng Qū'))).toEqual([]);
  });
});
